#pragma once
// Mettler Toledo 8217 ("Toledo" continuous / demand mode, 9600 7E1): `W` → STX weight CR, or
// STX '?' status CR when no stable weight can be given. Status bits: b0 in motion, b1 over capacity,
// b2 under zero, b3 outside zero range, b4 centre of zero, b5 net.
#include "drivers/core/DecodeError.h"
#include "drivers/core/ScaleReading.h"

namespace pc::drivers {

struct Mt8217Status {
    bool inMotion = false, overCapacity = false, underZero = false, outsideZeroRange = false,
         centreOfZero = false, net = false;
};
Mt8217Status decode8217StatusByte(std::uint8_t status);

// unitGrams: what one displayed unit is (kg mode: 1000; lb mode: 453.59237).
Decoded<ScaleReading> decode8217Frame(Bytes frame, double unitGrams = 1000.0);

inline constexpr char k8217Weight = 'W';
inline constexpr char k8217Zero = 'Z';
inline constexpr char k8217Tare = 'T';
inline constexpr char k8217ClearTare = 'C';

} // namespace pc::drivers
