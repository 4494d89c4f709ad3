#pragma once

#include <QMap>
#include <QString>

namespace ps {

// The user's local stand-in for Kubernetes secrets: lines "secret/key=value" (or "key=value"),
// from $PSTUDIO_SECRETS_FILE or ~/.config/pipeline-studio/secrets.env. Values stay in memory only.
class SecretsFile
{
public:
    static QString defaultPath();
    static QMap<QString, QString> read(const QString &path);
};

} // namespace ps
