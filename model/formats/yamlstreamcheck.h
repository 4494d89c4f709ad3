#pragma once

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/mark.h>

#include <optional>
#include <string>

namespace ps::yaml {

// yaml-cpp 0.7 (Debian 12) parses a stream of documents in a loop that ends only when the
// input is used up. A token that cannot begin a value (a ',' ']' or '}' outside a flow
// collection, a stray '?' key...) is never consumed: every turn adds another empty document,
// and `YAML::LoadAll` runs until memory is exhausted (a truncated JSON file in YAML clothing
// does it). This pass reads the same stream as events only, without building a tree, and
// finds that token first: a document that starts where the previous one started consumed
// nothing, and never will.
class YamlStreamCheck : public YAML::EventHandler
{
public:
    // The position of the first token no document can consume, if any. Syntax errors throw
    // as `YAML::LoadAll` would.
    static std::optional<YAML::Mark> findStuckToken(const std::string &text);

    void OnDocumentStart(const YAML::Mark &mark) override;
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark &, YAML::anchor_t) override {}
    void OnAlias(const YAML::Mark &, YAML::anchor_t) override {}
    void OnScalar(const YAML::Mark &, const std::string &, YAML::anchor_t, const std::string &) override {}
    void OnSequenceStart(const YAML::Mark &, const std::string &, YAML::anchor_t, YAML::EmitterStyle::value) override {}
    void OnSequenceEnd() override {}
    void OnMapStart(const YAML::Mark &, const std::string &, YAML::anchor_t, YAML::EmitterStyle::value) override {}
    void OnMapEnd() override {}

private:
    std::optional<YAML::Mark> m_lastStart;
    std::optional<YAML::Mark> m_stuck;
};

} // namespace ps::yaml
