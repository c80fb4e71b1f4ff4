#pragma once
// CAS scales, two formats (HARDWARE.md; CAS variants are unconfirmed: both are accepted):
// - header line (A&D style, many CAS indicators): "ST,GS,+  1.500kg" CR LF; ST stable, US unstable,
//   OL overload; GS gross / NT net.
// - AP-style ENQ protocol: ENQ → ACK, DC1 → SOH STX (S|U) sign weight(6) unit(2) BCC ETX EOT,
//   BCC = XOR of the bytes from the status letter to the unit.
#include "drivers/core/DecodeError.h"
#include "drivers/core/ScaleReading.h"

#include <string_view>

namespace pc::drivers {

Decoded<ScaleReading> decodeCasHeaderLine(std::string_view line);
Decoded<ScaleReading> decodeCasEnqFrame(Bytes frame);
// Picks the format by the first byte (SOH → ENQ frame, otherwise a header line).
Decoded<ScaleReading> decodeCasFrame(Bytes frame);
std::uint8_t casBcc(Bytes data);

inline constexpr std::uint8_t kCasEnq = 0x05;
inline constexpr std::uint8_t kCasAck = 0x06;
inline constexpr std::uint8_t kCasDc1 = 0x11;

} // namespace pc::drivers
