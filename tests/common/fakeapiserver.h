#pragma once

#include "testhttpserver.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QHash>

#include <functional>

namespace pstest {

// A fault the next matching requests meet, as a real cluster API can misbehave.
struct Fault {
    enum class Kind {
        Unauthorized,   // 401 with the API's own error body
        Forbidden,      // 403 likewise
        ServerError,    // 500 likewise
        Hang,           // accepts and never answers (slower than any timeout)
        CutStream,      // a stream that stops in the middle of a line and hangs up
        MalformedJson,  // 200 with a broken JSON body
        Html,           // 200 with a login page, as a misconfigured proxy gives
        Huge,           // 200 with a body of `bytes`, larger than any answer should be
    };
    Kind kind = Kind::ServerError;
    QString pathContains;   // requests whose path contains this (empty: every request)
    int times = 1;          // how many requests it hits; -1: all of them
    QString message = QStringLiteral("injected fault");
    int afterChunks = 0;    // CutStream: whole chunks (events, lines) sent before the cut
    qint64 bytes = 80LL * 1024 * 1024;   // Huge: the size of the body
};

// The shared half of the fake Argo Server, KFP and Kubernetes API servers: routes by
// method and path pattern on a TestHttpServer, records every request, and injects faults
// with each API's own error body. The API halves follow the published swaggers.
class FakeApiServer : public QObject
{
    Q_OBJECT
public:
    using Route = std::function<void(TestHttpExchange *exchange, const QRegularExpressionMatch &match)>;

    explicit FakeApiServer(QObject *parent = nullptr);

    bool listen() { return m_http.listen(); }
    QUrl url(const QString &path = {}) const { return m_http.url(path); }
    TestHttpServer &http() { return m_http; }
    QList<TestHttpRequest> requests() const { return m_http.requests(); }
    // The requests whose path matches `pattern` (a regular expression).
    QList<TestHttpRequest> requestsTo(const QString &method, const QString &pattern) const;

    void injectFault(const Fault &fault) { m_faults.append(fault); }
    void clearFaults() { m_faults.clear(); }
    // The bearer token every request must carry (empty: none checked).
    void requireToken(const QString &token) { m_token = token; }
    // Over TLS (call after http().useTls()): this client certificate (PEM) proves who the
    // caller is, as a token does; a request with either is let in, as the API server's
    // authenticators do.
    void acceptClientCertificate(const QByteArray &certificatePem);

    // Answers with the API's error body.
    void fail(TestHttpExchange *exchange, int status, const QString &message) const;
    static void json(TestHttpExchange *exchange, const QJsonValue &value, int status = 200);
    static QJsonObject bodyOf(TestHttpExchange *exchange);
    static QString nowText();
    // Pending cut: a streaming route calls this with what it is about to write; true when the
    // stream was cut there (the caller stops writing).
    bool cutIfAsked(TestHttpExchange *exchange, const QByteArray &data);

protected:
    void route(const QByteArray &method, const QString &pattern, Route handler);
    virtual QByteArray errorBody(int status, const QString &message) const = 0;

private:
    void dispatch(TestHttpExchange *exchange);
    bool applyFault(TestHttpExchange *exchange);
    bool authenticated(const TestHttpExchange *exchange) const;

    TestHttpServer m_http;
    QList<QPair<QPair<QByteArray, QRegularExpression>, Route>> m_routes;
    QList<Fault> m_faults;
    QString m_token;
    QByteArray m_clientCertificateDer;
    QHash<TestHttpExchange *, int> m_toCut;   // exchange → whole chunks still to send
};

} // namespace pstest
