#pragma once
// Weight is an integer number of grams: the scale's resolution at a counter is 1 g at best.
#include "Result.h"

#include <QString>
#include <compare>
#include <cstdint>

namespace pc {

class Weight {
public:
    constexpr Weight() = default;
    static constexpr Weight fromGrams(std::int64_t g) { return Weight(g); }
    constexpr std::int64_t grams() const { return m_g; }

    // "1 234 g" below 10 kg would be ambiguous on a receipt; we print "1.234 kg" / "1,234 кг" style
    // through the caller's translation, here only the digits: "1234".
    QString toString() const { return QString::number(m_g); }

    // What a clerk types: "1234" or "1234 g"/"г" (grams), "1,5 кг", "1.5 kg", "0,250кг" (kilograms).
    // Zero and negative weights are refused: an item on the counter weighs something.
    static Result<Weight> parse(QStringView text);

    friend constexpr auto operator<=>(Weight, Weight) = default;

private:
    constexpr explicit Weight(std::int64_t g) : m_g(g) {}
    std::int64_t m_g = 0;
};

} // namespace pc
