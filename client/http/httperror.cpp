#include "httperror.h"

namespace ps {

bool HttpError::isTransient() const
{
    switch (kind) {
    case Kind::ConnectionRefused:
    case Kind::Timeout:
    case Kind::ConnectionLost:
        return true;
    case Kind::HttpStatus:
        return httpStatus >= 500;
    default:
        return false;
    }
}

} // namespace ps
