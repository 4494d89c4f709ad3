#pragma once

#include <QMap>
#include <QString>

namespace ps {

// What a user asks for when starting a run.
struct RunRequest {
    QMap<QString, QString> parameters;  // overrides of the pipeline's parameter defaults
    bool cachingEnabled = true;         // false: every task runs again
    QString displayName;                // empty: the backend picks one
    QString sourcePath;                 // the file the pipeline came from, when there is one
    QString experiment;                 // where a backend that groups runs puts it (Kubeflow); empty: its default
};

} // namespace ps
