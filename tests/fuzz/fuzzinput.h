#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

// The bytes libFuzzer hands a target, as Qt text. Shared by every target in this folder.
namespace psfuzz {

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

inline QString text(const uint8_t *data, size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
}

} // namespace psfuzz
