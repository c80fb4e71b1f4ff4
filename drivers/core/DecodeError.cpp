#include "DecodeError.h"

namespace pc::drivers {

const char* DecodeError::codeName() const
{
    switch (code) {
    case DecodeErrc::Truncated:
        return "truncated";
    case DecodeErrc::BadHeader:
        return "bad_header";
    case DecodeErrc::BadLength:
        return "bad_length";
    case DecodeErrc::BadChecksum:
        return "bad_checksum";
    case DecodeErrc::BadValue:
        return "bad_value";
    case DecodeErrc::DeviceError:
        return "device_error";
    case DecodeErrc::NotAWeight:
        return "not_a_weight";
    }
    return "unknown";
}

QString DecodeError::message() const
{
    return QString::fromLatin1(codeName()) + QStringLiteral(": ") + QString::fromLatin1(detail);
}

} // namespace pc::drivers
