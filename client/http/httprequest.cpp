#include "httprequest.h"

namespace ps {

HttpRequest &HttpRequest::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0) {
            header.second = value;
            return *this;
        }
    }
    headers.append({name, value});
    return *this;
}

QByteArray HttpRequest::header(const QByteArray &name) const
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

bool HttpRequest::isIdempotent() const
{
    static const QByteArray idempotent[] = {"GET", "HEAD", "PUT", "DELETE", "OPTIONS"};
    for (const auto &m : idempotent) {
        if (method == m)
            return true;
    }
    return false;
}

HttpRequest HttpRequest::get(const QUrl &url)
{
    HttpRequest request;
    request.url = url;
    return request;
}

HttpRequest HttpRequest::post(const QUrl &url, const QByteArray &contentType, const QByteArray &body)
{
    HttpRequest request;
    request.method = QByteArrayLiteral("POST");
    request.url = url;
    request.body = body;
    request.setHeader(QByteArrayLiteral("Content-Type"), contentType);
    return request;
}

} // namespace ps
