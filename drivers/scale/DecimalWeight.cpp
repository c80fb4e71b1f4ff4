#include "DecimalWeight.h"

namespace pc::drivers {

double gramsPerUnit(std::string_view u)
{
    if (u == "g")
        return 1.0;
    if (u == "kg")
        return 1000.0;
    if (u == "mg")
        return 0.001;
    if (u == "lb")
        return 453.59237; // international avoirdupois pound
    if (u == "oz")
        return 28.349523125;
    if (u == "ct")
        return 0.2; // metric carat
    return 0.0;
}

Decoded<double> parseDecimal(std::string_view t)
{
    std::size_t i = 0;
    while (i < t.size() && t[i] == ' ')
        ++i;
    bool negative = false;
    if (i < t.size() && (t[i] == '+' || t[i] == '-')) {
        negative = t[i] == '-';
        ++i;
        while (i < t.size() && t[i] == ' ')
            ++i;
    }
    long long mantissa = 0;
    int digits = 0, decimals = 0;
    bool point = false;
    for (; i < t.size(); ++i) {
        const char c = t[i];
        if (c >= '0' && c <= '9') {
            if (++digits > 9)
                return Decoded<double>::fail(DecodeErrc::BadValue, "weight has too many digits");
            mantissa = mantissa * 10 + (c - '0');
            if (point)
                ++decimals;
        } else if ((c == '.' || c == ',') && !point) {
            point = true;
        } else {
            break;
        }
    }
    while (i < t.size() && t[i] == ' ')
        ++i;
    if (i != t.size())
        return Decoded<double>::fail(DecodeErrc::BadValue, "weight contains a character that is not a digit");
    if (digits == 0)
        return Decoded<double>::fail(DecodeErrc::BadValue, "weight has no digits");
    double v = static_cast<double>(mantissa);
    for (int d = 0; d < decimals; ++d)
        v /= 10.0;
    return negative ? -v : v;
}

} // namespace pc::drivers
