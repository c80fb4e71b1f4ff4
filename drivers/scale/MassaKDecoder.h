#pragma once
// Massa-K "Protocol 100": F8 55 CE | len (LE16, of command+data) | command | data | CRC16 LE.
// The CRC is Massa-K's own routine (poly 0x1021, init 0, augmented), not CRC-16/XMODEM.
// Older MK series send two identical 5-byte packets `55 AA mLo mHi sign` (grams, sign 0x80 negative).
#include "drivers/core/DecodeError.h"
#include "drivers/core/ScaleReading.h"

#include <QByteArray>

namespace pc::drivers {

enum MassaKCommand : std::uint8_t {
    kMassaKGetWeight = 0x23,
    kMassaKWeight = 0x24,
    kMassaKAckSetZero = 0x27,
    kMassaKError = 0x28,
    kMassaKSetZero = 0x72,
    kMassaKNotSupported = 0xF0,
};

inline constexpr std::size_t kMassaKMaxBody = 256; // no reply is longer; a larger len is hostile

std::uint16_t massaKCrc16(Bytes body);

struct MassaKFrame {
    std::uint8_t command = 0;
    Bytes data; // points into the decoded buffer
};
// Checks sync, length and CRC. frameSize (optional) gets the bytes the frame occupies.
Decoded<MassaKFrame> decodeMassaKEnvelope(Bytes frame, std::size_t* frameSize = nullptr);
// A full frame that must be a 0x24 weight reply.
Decoded<ScaleReading> decodeMassaKFrame(Bytes frame);
QByteArray makeMassaKRequest(std::uint8_t command, Bytes data = {});

Decoded<ScaleReading> decodeMassaKLegacy(Bytes tenBytes);

} // namespace pc::drivers
