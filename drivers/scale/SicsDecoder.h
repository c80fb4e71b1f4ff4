#pragma once
// Mettler Toledo MT-SICS answers to S / SI ("S S     1.234 kg", "S D  0.120 kg", "S I", "S +",
// "S -", "ES"). Parsed by whitespace tokens, never by columns.
#include "drivers/core/DecodeError.h"
#include "drivers/core/ScaleReading.h"

#include <string_view>

namespace pc::drivers {

Decoded<ScaleReading> decodeSicsLine(std::string_view line); // CR LF optional
Decoded<ScaleReading> decodeSicsFrame(Bytes frame);

inline constexpr std::string_view kSicsStable = "S\r\n";
inline constexpr std::string_view kSicsImmediate = "SI\r\n";
inline constexpr std::string_view kSicsZero = "Z\r\n";
inline constexpr std::string_view kSicsTare = "T\r\n";

} // namespace pc::drivers
