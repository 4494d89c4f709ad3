#include "monitoringsettings.h"

#include <QSettings>

namespace ps {

namespace {

QString authName(MonitoringSettings::Auth auth)
{
    switch (auth) {
    case MonitoringSettings::Auth::Bearer:
        return QStringLiteral("bearer");
    case MonitoringSettings::Auth::Basic:
        return QStringLiteral("basic");
    case MonitoringSettings::Auth::None:
        break;
    }
    return QStringLiteral("none");
}

} // namespace

MonitoringSettings MonitoringSettings::load(const QSettings &settings)
{
    MonitoringSettings s;
    s.prometheusUrl = QUrl(settings.value(QStringLiteral("monitoring/prometheusUrl")).toString());
    s.alertmanagerUrl = QUrl(settings.value(QStringLiteral("monitoring/alertmanagerUrl")).toString());
    const QString auth = settings.value(QStringLiteral("monitoring/auth")).toString();
    s.auth = auth == u"bearer" ? Auth::Bearer : auth == u"basic" ? Auth::Basic : Auth::None;
    s.username = settings.value(QStringLiteral("monitoring/username")).toString();
    s.clusterProfile = settings.value(QStringLiteral("monitoring/cluster/profile")).toString();
    s.serviceNamespace = settings.value(QStringLiteral("monitoring/cluster/namespace"), s.serviceNamespace).toString();
    s.serviceName = settings.value(QStringLiteral("monitoring/cluster/service"), s.serviceName).toString();
    s.servicePort = settings.value(QStringLiteral("monitoring/cluster/port"), s.servicePort).toInt();
    s.serviceScheme = settings.value(QStringLiteral("monitoring/cluster/scheme"), s.serviceScheme).toString();
    return s;
}

void MonitoringSettings::save(QSettings &settings) const
{
    // A password typed into a URL never reaches the settings file.
    settings.setValue(QStringLiteral("monitoring/prometheusUrl"), prometheusUrl.adjusted(QUrl::RemoveUserInfo).toString());
    settings.setValue(QStringLiteral("monitoring/alertmanagerUrl"), alertmanagerUrl.adjusted(QUrl::RemoveUserInfo).toString());
    settings.setValue(QStringLiteral("monitoring/auth"), authName(auth));
    settings.setValue(QStringLiteral("monitoring/username"), auth == Auth::Basic ? username : QString());
    settings.setValue(QStringLiteral("monitoring/cluster/profile"), clusterProfile);
    settings.setValue(QStringLiteral("monitoring/cluster/namespace"), serviceNamespace);
    settings.setValue(QStringLiteral("monitoring/cluster/service"), serviceName);
    settings.setValue(QStringLiteral("monitoring/cluster/port"), servicePort);
    settings.setValue(QStringLiteral("monitoring/cluster/scheme"), serviceScheme);
}

} // namespace ps
