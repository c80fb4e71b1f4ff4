#include "MassaKDecoder.h"

namespace pc::drivers {

std::uint16_t massaKCrc16(Bytes body)
{
    // Transcribed from the vendor's routine (HARDWARE.md); all arithmetic is 16-bit.
    std::uint16_t crc = 0;
    for (std::uint8_t p : body) {
        std::uint16_t acc = 0;
        std::uint16_t tmp = static_cast<std::uint16_t>((crc >> 8) << 8);
        for (int bit = 0; bit < 8; ++bit) {
            if ((tmp ^ acc) & 0x8000)
                acc = static_cast<std::uint16_t>((acc << 1) ^ 0x1021);
            else
                acc = static_cast<std::uint16_t>(acc << 1);
            tmp = static_cast<std::uint16_t>(tmp << 1);
        }
        crc = static_cast<std::uint16_t>(acc ^ static_cast<std::uint16_t>(crc << 8) ^ p);
    }
    return crc;
}

Decoded<MassaKFrame> decodeMassaKEnvelope(Bytes f, std::size_t* frameSize)
{
    using D = Decoded<MassaKFrame>;
    if (f.size() < 3)
        return D::fail(DecodeErrc::Truncated, "Massa-K frame shorter than its header");
    if (f[0] != 0xF8 || f[1] != 0x55 || f[2] != 0xCE)
        return D::fail(DecodeErrc::BadHeader, "Massa-K frame does not start with F8 55 CE");
    if (f.size() < 5)
        return D::fail(DecodeErrc::Truncated, "Massa-K frame without its length");
    const std::size_t len = f[3] | (f[4] << 8);
    if (len == 0 || len > kMassaKMaxBody)
        return D::fail(DecodeErrc::BadLength, "Massa-K length outside 1..256");
    const std::size_t total = 5 + len + 2;
    if (f.size() < total)
        return D::fail(DecodeErrc::Truncated, "Massa-K frame shorter than its declared length");
    const Bytes body = f.subspan(5, len);
    const std::uint16_t crc = f[5 + len] | (f[5 + len + 1] << 8);
    if (massaKCrc16(body) != crc)
        return D::fail(DecodeErrc::BadChecksum, "Massa-K CRC does not match");
    if (frameSize)
        *frameSize = total;
    return MassaKFrame{body[0], body.subspan(1)};
}

Decoded<ScaleReading> decodeMassaKFrame(Bytes f)
{
    using D = Decoded<ScaleReading>;
    std::size_t used = 0;
    const auto env = decodeMassaKEnvelope(f, &used);
    if (!env)
        return env.error();
    if (used != f.size())
        return D::fail(DecodeErrc::BadLength, "bytes after the Massa-K frame");
    switch (env->command) {
    case kMassaKWeight:
        break;
    case kMassaKError:
        return D::fail(DecodeErrc::DeviceError, "scale answered with an error (0x28)");
    case kMassaKNotSupported:
        return D::fail(DecodeErrc::DeviceError, "scale does not support the command (0xF0)");
    case kMassaKAckSetZero:
        return D::fail(DecodeErrc::NotAWeight, "acknowledgement of set-zero (0x27)");
    default:
        return D::fail(DecodeErrc::NotAWeight, "Massa-K frame is not a weight reply (0x24)");
    }
    const Bytes d = env->data;
    // weight int32, division, stable, net, zero [, tare int32]
    if (d.size() < 8)
        return D::fail(DecodeErrc::Truncated, "Massa-K weight reply shorter than 8 data bytes");
    const auto raw = static_cast<std::int32_t>(
        static_cast<std::uint32_t>(d[0]) | (static_cast<std::uint32_t>(d[1]) << 8) |
        (static_cast<std::uint32_t>(d[2]) << 16) | (static_cast<std::uint32_t>(d[3]) << 24));
    static constexpr double kDivision[] = {0.1, 1.0, 10.0, 100.0, 1000.0};
    if (d[4] > 4)
        return D::fail(DecodeErrc::BadValue, "Massa-K division outside 0..4");
    if (d[5] > 1)
        return D::fail(DecodeErrc::BadValue, "Massa-K stable flag is not 0/1");
    ScaleReading r;
    r.grams = raw * kDivision[d[4]];
    r.state = d[5] ? (raw < 0 ? ScaleState::UnderZero : ScaleState::Stable) : ScaleState::InMotion;
    return r;
}

QByteArray makeMassaKRequest(std::uint8_t command, Bytes data)
{
    QByteArray body;
    body.append(static_cast<char>(command));
    body.append(reinterpret_cast<const char*>(data.data()), static_cast<qsizetype>(data.size()));
    const auto crc = massaKCrc16(Bytes(reinterpret_cast<const std::uint8_t*>(body.constData()),
                                       static_cast<std::size_t>(body.size())));
    QByteArray out("\xF8\x55\xCE", 3);
    out.append(static_cast<char>(body.size() & 0xFF));
    out.append(static_cast<char>((body.size() >> 8) & 0xFF));
    out.append(body);
    out.append(static_cast<char>(crc & 0xFF));
    out.append(static_cast<char>(crc >> 8));
    return out;
}

Decoded<ScaleReading> decodeMassaKLegacy(Bytes f)
{
    using D = Decoded<ScaleReading>;
    if (f.size() < 10)
        return D::fail(DecodeErrc::Truncated, "legacy Massa-K reading is two 5-byte packets");
    if (f.size() > 10)
        return D::fail(DecodeErrc::BadLength, "legacy Massa-K reading is two 5-byte packets");
    if (f[0] != 0x55 || f[1] != 0xAA)
        return D::fail(DecodeErrc::BadHeader, "legacy Massa-K packet does not start with 55 AA");
    for (int i = 0; i < 5; ++i)
        if (f[i] != f[i + 5])
            return D::fail(DecodeErrc::BadChecksum, "the two legacy Massa-K packets differ");
    if (f[4] != 0x00 && f[4] != 0x80)
        return D::fail(DecodeErrc::BadValue, "legacy Massa-K sign is not 00/80");
    ScaleReading r;
    r.grams = (f[2] | (f[3] << 8)) * (f[4] == 0x80 ? -1.0 : 1.0);
    // These scales do not say whether the weight is stable: the stability filter decides.
    r.state = r.grams < 0 ? ScaleState::UnderZero : ScaleState::InMotion;
    return r;
}

} // namespace pc::drivers
