#pragma once

#include <QString>
#include <QUrlQuery>

namespace ps {

// The query of one page of a v2beta1 listing (runs, recurring runs, experiments): page_size,
// the namespace (when set) and page_token (when not empty).
inline QUrlQuery kfpPageQuery(int pageSize, const QString &namespaceName, const QString &token)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("page_size"), QString::number(pageSize));
    if (!namespaceName.isEmpty())
        query.addQueryItem(QStringLiteral("namespace"), namespaceName);
    if (!token.isEmpty())
        query.addQueryItem(QStringLiteral("page_token"), token);
    return query;
}

} // namespace ps
