#pragma once

#include <QString>

namespace ps {

// Copies a file or a folder (with what is in it) to a new place; gives an error text or "".
class FileCopy
{
public:
    static QString copy(const QString &from, const QString &to);
};

} // namespace ps
