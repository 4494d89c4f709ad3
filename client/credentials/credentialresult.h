#pragma once

#include <QString>

namespace ps {

// What a CredentialStore call came to.
struct CredentialResult {
    enum class Status { Ok, NotFound, Failed };

    Status status = Status::Ok;
    QString secret;          // read(): the credential
    bool persistent = true;  // false: only in this session's memory (no keychain service)
    QString message;         // translated; says why when not Ok, or that it is session-only

    bool ok() const { return status == Status::Ok; }
};

} // namespace ps
