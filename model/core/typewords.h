#pragma once

#include "typespec.h"

#include <QCoreApplication>

namespace ps {

// A type as a person says it ("decimal number", "text", "yes or no"), for labels where
// KFP's spelling (NUMBER_DOUBLE) or an empty name would say nothing.
class TypeWords
{
    Q_DECLARE_TR_FUNCTIONS(TypeWords)
public:
    static QString of(const TypeSpec &type);
};

} // namespace ps
