#pragma once
// Text weights from serial scales ("  1.234", "-0.500", "+  1.500"): parsed digit by digit, never with
// strtod, so "1e308", "nan", "0x10" or 40 digits are rejected instead of becoming a weight.
#include "drivers/core/DecodeError.h"

#include <string_view>

namespace pc::drivers {

// Unit name as scales print it ("g", "kg", "mg", "lb", "oz", "ct") → grams per unit; 0 if unknown.
double gramsPerUnit(std::string_view unit);

// Signed decimal with optional spaces between sign and digits; at most 9 significant digits.
Decoded<double> parseDecimal(std::string_view text);

} // namespace pc::drivers
