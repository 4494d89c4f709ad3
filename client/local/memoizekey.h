#pragma once

#include "backendresult.h"
#include "placeholdertext.h"

#include <QJsonObject>
#include <QMap>

namespace ps {

// Argo's `memoize` of a template: the key its outputs are kept under, resolved for one task
// ("configmap/key"), and how long they stay valid.
class MemoizeKey
{
public:
    // The key with the task's inputs.parameters.* and the scope's references filled in; an
    // error when a reference is unknown or the key comes out empty.
    static BackendResult<QString> resolve(const QJsonObject &memoize, const QMap<QString, QString> &taskInputs,
                                          const PlaceholderText::Lookup &scope);
    static QString maxAge(const QJsonObject &memoize) { return memoize.value(QStringLiteral("maxAge")).toString(); }
};

} // namespace ps
