#pragma once

#include "httperror.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QString>

namespace ps {

// The answer of a cluster API (Argo Server, KFP, Kubernetes) to one call: the JSON it
// gave, or a sentence saying what failed, where, and what to do.
struct ApiResponse {
    int status = 0;
    QByteArray body;
    QJsonDocument json;
    HttpError::Kind transport = HttpError::Kind::None;  // set when no answer came
    QString error;                                       // empty on success

    bool ok() const { return error.isEmpty(); }
    bool isUnauthorized() const { return status == 401 || status == 403; }
};

} // namespace ps
