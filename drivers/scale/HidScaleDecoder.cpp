#include "HidScaleDecoder.h"

namespace pc::drivers {

double hidScaleUnitGrams(std::uint8_t unit)
{
    switch (unit) {
    case 1:
        return 0.001; // milligram
    case 2:
        return 1.0; // gram
    case 3:
        return 1000.0; // kilogram
    case 4:
        return 0.2; // metric carat
    case 5:
        return 37.799364167; // tael (Hong Kong)
    case 6:
        return 0.06479891; // grain
    case 7:
        return 1.55517384; // pennyweight
    case 8:
        return 1.0e6; // metric ton
    case 9:
        return 907184.74; // avoirdupois (short) ton
    case 10:
        return 31.1034768; // troy ounce
    case 11:
        return 28.349523125; // ounce
    case 12:
        return 453.59237; // pound
    default:
        return 0.0;
    }
}

Decoded<ScaleReading> decodeHidScaleReport(Bytes r)
{
    using D = Decoded<ScaleReading>;
    if (r.size() < 6)
        return D::fail(DecodeErrc::Truncated, "a HID scale report has 6 bytes");
    if (r[0] != kHidScaleDataReport)
        return D::fail(DecodeErrc::BadHeader, "not a scale data report (report id 0x03)");
    ScaleReading out;
    switch (r[1]) {
    case 1:
        out.state = ScaleState::Fault;
        break;
    case 2:
        out.state = ScaleState::Stable;
        break; // stable at zero
    case 3:
        out.state = ScaleState::InMotion;
        break;
    case 4:
        out.state = ScaleState::Stable;
        break;
    case 5:
        out.state = ScaleState::UnderZero;
        break;
    case 6:
        out.state = ScaleState::OverCapacity;
        break;
    case 7: // needs calibration
    case 8: // needs re-zeroing
        out.state = ScaleState::Fault;
        break;
    default:
        return D::fail(DecodeErrc::BadValue, "unknown scale status");
    }
    const double perUnit = hidScaleUnitGrams(r[2]);
    if (perUnit == 0.0)
        return D::fail(DecodeErrc::BadValue, "unknown weight unit");
    const auto exponent = static_cast<std::int8_t>(r[3]);
    // A real scale uses -4..+3; anything wider is a hostile or corrupt report, not a huge weight.
    if (exponent < -8 || exponent > 8)
        return D::fail(DecodeErrc::BadValue, "weight exponent out of range");
    double v = static_cast<double>(r[4] | (r[5] << 8));
    for (int i = 0; i < exponent; ++i)
        v *= 10.0;
    for (int i = 0; i > exponent; --i)
        v /= 10.0;
    out.grams = v * perUnit;
    if (r[1] == 2)
        out.grams = 0; // "stable at zero" is zero whatever the weight bytes say
    if (out.state == ScaleState::UnderZero)
        out.grams = -out.grams;
    out.hasWeight = out.state != ScaleState::Fault;
    return out;
}

} // namespace pc::drivers
