#include "yamlstreamcheck.h"

#include <yaml-cpp/parser.h>

#include <sstream>

namespace ps::yaml {

std::optional<YAML::Mark> YamlStreamCheck::findStuckToken(const std::string &text)
{
    std::istringstream in(text);
    YAML::Parser parser(in);
    YamlStreamCheck check;
    while (!check.m_stuck && parser.HandleNextDocument(check)) {
    }
    return check.m_stuck;
}

void YamlStreamCheck::OnDocumentStart(const YAML::Mark &mark)
{
    if (m_lastStart && m_lastStart->pos == mark.pos)
        m_stuck = mark;
    m_lastStart = mark;
}

} // namespace ps::yaml
