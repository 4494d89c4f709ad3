#include "taskcondition.h"

#include "celtoargo.h"
#include "whenexpression.h"

#include <QCoreApplication>

namespace ps {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(LocalRun)
};

} // namespace

TaskCondition::Verdict TaskCondition::evaluate(const Condition &when, const PlaceholderText::Lookup &scope,
                                               const QMap<QString, QString> &taskInputs)
{
    using Kind = Verdict::Kind;
    if (!when.isSet())
        return {};
    QString text = when.text;
    PlaceholderText::Lookup lookup = scope;
    if (when.dialect == Condition::Dialect::KfpCel) {
        const CelToArgo::Result r = CelToArgo::translate(when.text, [](const QString &input) -> std::optional<QString> {
            return QStringLiteral("{{pstudio.taskInput.%1}}").arg(input);
        });
        if (!r.error.isEmpty())
            return {Kind::Error, Tr::tr("condition: %1").arg(r.error)};
        text = r.when;
        lookup = [taskInputs](const QString &ref) -> std::optional<QString> {
            const QString prefix = QStringLiteral("pstudio.taskInput.");
            if (ref.startsWith(prefix) && taskInputs.contains(ref.mid(prefix.size())))
                return taskInputs.value(ref.mid(prefix.size()));
            return std::nullopt;
        };
    }
    const BackendResult<QString> filled = PlaceholderText::substitute(text, lookup);
    const BackendResult<bool> holds = filled.ok() ? WhenExpression::evaluate(filled.value) : BackendResult<bool>::failure(filled.error);
    if (!holds.ok())
        return {Kind::Error, Tr::tr("condition '%1': %2").arg(when.text, holds.error)};
    if (!holds.value)
        return {Kind::Skip, Tr::tr("condition '%1' was false").arg(filled.value)};
    return {};
}

} // namespace ps
