#include "alertmanagerclient.h"
#include "futurewait.h"
#include "httpclient.h"
#include "testhttpserver.h"
#include "testregistry.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using ps::AlertmanagerAlert;
using ps::AlertmanagerClient;
using ps::AlertmanagerSilence;
using ps::HttpClient;
using ps::HttpReply;
using ps::HttpRequest;
using ps::PrometheusConfig;
using ps::PrometheusError;
using pstest::resultOf;

namespace {
const QString kAlert = QStringLiteral("PipelineStudioTestAlwaysFiring");
}

// Against the fixture's real Alertmanager, which receives the always-firing alert from
// the fixture's Prometheus.
class AlertmanagerClientTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        const QString dir = qEnvironmentVariable("PS_PROMETHEUS_DIR");
        if (dir.isEmpty())
            QSKIP("needs the ctest fixture that starts Alertmanager: run it through ctest");
        QFile file(QDir(dir).filePath(QStringLiteral("alertmanager.url")));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        PrometheusConfig config;
        config.url = QUrl(QString::fromUtf8(file.readAll().trimmed()));
        m_alertmanager.setConfig(config);
    }

    void holdsTheAlwaysFiringAlert()
    {
        // Prometheus evaluates every second and sends firing alerts on at once.
        QTRY_VERIFY_WITH_TIMEOUT(alert().has_value(), 30000);
        const AlertmanagerAlert firing = *alert();
        QCOMPARE(firing.labels.value(QStringLiteral("severity")), QStringLiteral("none"));
        QVERIFY(firing.startsAt.isValid());
        QVERIFY(!firing.fingerprint.isEmpty());
        QCOMPARE(firing.receivers, QStringList{QStringLiteral("nowhere")});
    }

    void silencesAndTheirEffect()
    {
        const QString id = createSilence();
        QVERIFY(!id.isEmpty());
        const auto all = resultOf(m_alertmanager.silences());
        QVERIFY2(all.ok(), qPrintable(all.error.message));
        const auto silence = std::find_if(all.value.cbegin(), all.value.cend(),
                                          [&](const AlertmanagerSilence &s) { return s.id == id; });
        QVERIFY(silence != all.value.cend());
        QCOMPARE(silence->state, QStringLiteral("active"));
        QCOMPARE(silence->createdBy, QStringLiteral("tst_client"));
        QCOMPARE(silence->matchers.size(), 1);
        QCOMPARE(silence->matchers[0].name, QStringLiteral("alertname"));
        QCOMPARE(silence->matchers[0].value, kAlert);
        QVERIFY(!silence->matchers[0].isRegex);
        QVERIFY(silence->endsAt > QDateTime::currentDateTimeUtc());

        const auto filtered = resultOf(m_alertmanager.silences({QStringLiteral("alertname=\"nothing-like-it\"")}));
        QVERIFY2(filtered.ok(), qPrintable(filtered.error.message));
        QVERIFY(filtered.value.isEmpty());

        // The alert is now suppressed by that silence.
        QTRY_VERIFY_WITH_TIMEOUT(alert().has_value() && alert()->state == u"suppressed", 30000);
        QCOMPARE(alert()->silencedBy, QStringList{id});
        expireSilence(id);
    }

    void aBadFilterGivesAlertmanagersMessage()
    {
        const auto result = resultOf(m_alertmanager.silences({QStringLiteral("bad{")}));
        QCOMPARE(result.error.kind, PrometheusError::Kind::Api);
        QCOMPARE(result.error.httpStatus, 400);
        QVERIFY2(result.error.message.contains(QStringLiteral("bad matcher format")), qPrintable(result.error.message));
    }

    void anUnreachableAlertmanagerIsSaidPlainly()
    {
        AlertmanagerClient nowhere(&m_http);
        PrometheusConfig config;
        config.url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(pstest::TestHttpServer::closedPort()));
        config.retries = 0;
        nowhere.setConfig(config);
        const auto result = resultOf(nowhere.alerts());
        QCOMPARE(result.error.kind, PrometheusError::Kind::Unreachable);
        QVERIFY2(result.error.message.startsWith(QStringLiteral("No Alertmanager answers at ")), qPrintable(result.error.message));
    }

private:
    std::optional<AlertmanagerAlert> alert()
    {
        const auto result = resultOf(m_alertmanager.alerts());
        for (const auto &a : result.value) {
            if (a.name() == kAlert)
                return a;
        }
        return std::nullopt;
    }

    // Writing silences is not the client's job (yet): the test speaks the API itself.
    QString createSilence()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QJsonObject body{
            {QStringLiteral("matchers"), QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("alertname")},
                                                                {QStringLiteral("value"), kAlert},
                                                                {QStringLiteral("isRegex"), false},
                                                                {QStringLiteral("isEqual"), true}}}},
            {QStringLiteral("startsAt"), now.toString(Qt::ISODateWithMs)},
            {QStringLiteral("endsAt"), now.addSecs(3600).toString(Qt::ISODateWithMs)},
            {QStringLiteral("createdBy"), QStringLiteral("tst_client")},
            {QStringLiteral("comment"), QStringLiteral("silenced by the test")}};
        QUrl url = m_alertmanager.config().url;
        url.setPath(QStringLiteral("/api/v2/silences"));
        std::unique_ptr<HttpReply> reply(
            m_http.send(HttpRequest::post(url, "application/json", QJsonDocument(body).toJson(QJsonDocument::Compact))));
        QSignalSpy finished(reply.get(), &HttpReply::finished);
        finished.wait(10000);
        return QJsonDocument::fromJson(reply->body()).object().value(QStringLiteral("silenceID")).toString();
    }

    void expireSilence(const QString &id)
    {
        QUrl url = m_alertmanager.config().url;
        url.setPath(QStringLiteral("/api/v2/silence/") + id);
        HttpRequest request = HttpRequest::get(url);
        request.method = "DELETE";
        std::unique_ptr<HttpReply> reply(m_http.send(request));
        QSignalSpy finished(reply.get(), &HttpReply::finished);
        finished.wait(10000);
    }

    HttpClient m_http;
    AlertmanagerClient m_alertmanager{&m_http};
};

PS_TEST(AlertmanagerClientTest)
#include "tst_alertmanagerclient.moc"
