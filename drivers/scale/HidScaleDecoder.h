#pragma once
// USB HID-POS scale (usage page 0x8D) 6-byte data report: id, status, unit, exponent, weight LE16.
// weight = raw × 10^exponent in the unit; converted here to grams (HARDWARE.md, "USB HID-POS scale").
#include "drivers/core/DecodeError.h"
#include "drivers/core/ScaleReading.h"

namespace pc::drivers {

inline constexpr std::uint8_t kHidScaleDataReport = 0x03;

// Grams per HID scale unit code (1 mg … 12 lb); 0 for codes the usage table does not define.
double hidScaleUnitGrams(std::uint8_t unit);

Decoded<ScaleReading> decodeHidScaleReport(Bytes report);

} // namespace pc::drivers
