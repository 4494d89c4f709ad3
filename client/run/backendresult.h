#pragma once

#include <QString>

namespace ps {

// Errors are values: an operation either gives its value or says why not.
template<typename T>
struct BackendResult {
    T value{};
    QString error;  // empty on success; a sentence for people otherwise
    bool ok() const { return error.isEmpty(); }
    static BackendResult failure(QString why) { return {T{}, std::move(why)}; }
};

} // namespace ps
