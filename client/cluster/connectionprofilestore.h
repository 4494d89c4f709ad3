#pragma once

#include "connectionprofile.h"

#include <QList>
#include <QObject>

class QSettings;

namespace ps {

// The connection profiles in the application's settings (group "clusterConnections"),
// without secrets: a profile's token goes to the CredentialStore under its credentialKey().
class ConnectionProfileStore : public QObject
{
    Q_OBJECT
public:
    // `settings` is not owned; null: the application's QSettings.
    explicit ConnectionProfileStore(QSettings *settings = nullptr, QObject *parent = nullptr);

    QList<ConnectionProfile> profiles() const { return m_profiles; }
    std::optional<ConnectionProfile> profile(const QString &id) const;
    // Adds or replaces (by id) and saves.
    void put(const ConnectionProfile &profile);
    void remove(const QString &id);
    void reload();

signals:
    void changed();

private:
    void save();

    QSettings *m_settings = nullptr;
    QList<ConnectionProfile> m_profiles;
};

} // namespace ps
