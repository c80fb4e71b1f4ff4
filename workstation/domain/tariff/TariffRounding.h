#pragma once
// The rounding rules of a quote, in one place (docs/tariffs.md explains them to an admin):
// every amount is integer kopecks; a percentage is applied to kopecks and rounded half up (amounts are
// never negative here); VAT is computed per line, never on a total, and totals are sums of lines.
#include <cstdint>

namespace pc::tariff {

// round(amount * bp / 10000) half up; amount >= 0, bp >= 0.
constexpr std::int64_t percentOf(std::int64_t amountKop, int bp)
{
    return (amountKop * bp + 5000) / 10000;
}

// VAT on an amount without VAT.
constexpr std::int64_t vatOnNet(std::int64_t netKop, int rateBp)
{
    return percentOf(netKop, rateBp);
}

// VAT contained in an amount that includes VAT: round(gross * rate / (100 % + rate)) half up.
constexpr std::int64_t vatInGross(std::int64_t grossKop, int rateBp)
{
    const std::int64_t den = 10000 + rateBp;
    return (grossKop * rateBp * 2 + den) / (2 * den);
}

// Number of started steps above the first weight band: ceil((w - first) / step), 0 within the band.
constexpr std::int64_t extraSteps(std::int64_t weightG, int firstG, int stepG)
{
    return weightG <= firstG ? 0 : (weightG - firstG + stepG - 1) / stepG;
}

} // namespace pc::tariff
