#include "SerialScanDecoder.h"

namespace pc::drivers {

Decoded<QString> decodeSerialScanLine(const QByteArray& line, const QByteArray& suffix)
{
    QByteArray data = line;
    if (!suffix.isEmpty() && data.endsWith(suffix))
        data.chop(suffix.size());
    if (data.isEmpty())
        return Decoded<QString>::fail(DecodeErrc::Truncated, "empty scan");
    if (data.size() > kMaxSerialScan)
        return Decoded<QString>::fail(DecodeErrc::BadLength, "scan longer than 4096 bytes");
    return QString::fromUtf8(data);
}

} // namespace pc::drivers
