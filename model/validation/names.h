#pragma once

#include <QString>

namespace ps {

// The naming rules of the engines a pipeline is exported to.
namespace names {

// Argo task and template names: letters, digits and '-', starting with a letter or digit,
// at most 128 characters (workflow/validate/validate.go, `isValidWorkflowFieldName`).
bool isValidArgoName(const QString &name);
// Kubernetes object names (a workflow's metadata.name): DNS-1123 subdomain, ≤ 253
// characters of lower-case letters, digits, '-' and '.', alphanumeric at both ends.
bool isDns1123Subdomain(const QString &name);
// The shape people most often get wrong, said plainly.
QString argoNameProblem(const QString &name);
QString dns1123Problem(const QString &name);

// A name every engine accepts, derived from free text ("Train model (v2)" → "train-model-v2").
QString sanitize(const QString &text);

inline constexpr int kMaxArgoNameLength = 128;
inline constexpr int kMaxDns1123SubdomainLength = 253;

} // namespace names
} // namespace ps
