#include "connectionprofilestore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>

namespace ps {

namespace {
const QString kKey = QStringLiteral("clusterConnections/profiles");
}

ConnectionProfileStore::ConnectionProfileStore(QSettings *settings, QObject *parent)
    : QObject(parent), m_settings(settings ? settings : new QSettings(this))
{
    reload();
}

void ConnectionProfileStore::reload()
{
    m_profiles.clear();
    const QJsonArray list = QJsonDocument::fromJson(m_settings->value(kKey).toString().toUtf8()).array();
    for (const QJsonValue &v : list)
        m_profiles.append(ConnectionProfile::fromJson(v.toObject()));
    emit changed();
}

std::optional<ConnectionProfile> ConnectionProfileStore::profile(const QString &id) const
{
    for (const ConnectionProfile &p : m_profiles)
        if (p.id == id)
            return p;
    return std::nullopt;
}

void ConnectionProfileStore::put(const ConnectionProfile &profile)
{
    auto it = std::find_if(m_profiles.begin(), m_profiles.end(), [&](const ConnectionProfile &p) { return p.id == profile.id; });
    if (it != m_profiles.end())
        *it = profile;
    else
        m_profiles.append(profile);
    save();
}

void ConnectionProfileStore::remove(const QString &id)
{
    m_profiles.removeIf([&](const ConnectionProfile &p) { return p.id == id; });
    save();
}

void ConnectionProfileStore::save()
{
    QJsonArray list;
    for (const ConnectionProfile &p : std::as_const(m_profiles))
        list.append(p.toJson());
    m_settings->setValue(kKey, QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact)));
    emit changed();
}

} // namespace ps
