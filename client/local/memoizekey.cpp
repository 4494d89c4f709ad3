#include "memoizekey.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace ps {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(LocalRun)
};

} // namespace

BackendResult<QString> MemoizeKey::resolve(const QJsonObject &memoize, const QMap<QString, QString> &taskInputs,
                                           const PlaceholderText::Lookup &scope)
{
    const BackendResult<QString> key = PlaceholderText::substitute(
        memoize.value(QStringLiteral("key")).toString(), [&](const QString &ref) -> std::optional<QString> {
            static const QRegularExpression input(QStringLiteral(R"(^inputs\.parameters\.([^.]+)$)"));
            if (const QRegularExpressionMatch m = input.match(ref); m.hasMatch())
                return taskInputs.contains(m.captured(1)) ? std::optional<QString>(taskInputs.value(m.captured(1))) : std::nullopt;
            return scope(ref);
        });
    if (!key.ok() || key.value.isEmpty())
        return BackendResult<QString>::failure(Tr::tr("memoize key: %1").arg(key.ok() ? Tr::tr("it is empty") : key.error));
    return {memoize.value(QStringLiteral("cache")).toObject().value(QStringLiteral("configMap")).toObject().value(QStringLiteral("name")).toString()
                + u'/' + key.value,
            {}};
}

} // namespace ps
