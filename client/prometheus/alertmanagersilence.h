#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace ps {

// A silence as Alertmanager lists it (/api/v2/silences).
struct AlertmanagerSilence {
    struct Matcher {
        QString name;
        QString value;
        bool isRegex = false;
        bool isEqual = true;
    };

    QString id;
    QString state; // active, pending, expired
    QList<Matcher> matchers;
    QDateTime startsAt;
    QDateTime endsAt;
    QString createdBy;
    QString comment;
};

} // namespace ps
