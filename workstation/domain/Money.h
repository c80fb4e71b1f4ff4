#pragma once
// Money is an integer number of kopecks. Arithmetic never wraps silently: every operation that could
// overflow int64 returns a Result.
#include "Result.h"

#include <QString>
#include <compare>
#include <cstdint>

class QLocale;

namespace pc {

enum class NumberStyle {
    Russian, // "1 234,56 ₽": space (U+00A0) groups, comma decimals
    English, // "1,234.56": comma groups, point decimals
};

NumberStyle numberStyleFor(const QLocale& locale);

class Money {
public:
    constexpr Money() = default;
    static constexpr Money fromKopecks(std::int64_t kop) { return Money(kop); }
    static Result<Money> fromRoubles(std::int64_t roubles);

    constexpr std::int64_t kopecks() const { return m_kop; }
    constexpr bool isZero() const { return m_kop == 0; }
    constexpr bool isNegative() const { return m_kop < 0; }

    Result<Money> plus(Money other) const;
    Result<Money> minus(Money other) const;
    Result<Money> times(std::int64_t factor) const;
    // Multiply by numerator/denominator, rounding half away from zero (used for percentage fees).
    Result<Money> scaled(std::int64_t numerator, std::int64_t denominator) const;

    // "1 234,56 ₽" (Russian) or "1,234.56" (English); negative amounts get a leading minus sign.
    QString format(NumberStyle style, bool withCurrency = true) const;
    // Accepts what a clerk types: "1234", "1 234,5", "1,234.56", "1234.56 ₽", "12 руб.", "-5,00".
    static Result<Money> parse(QStringView text, NumberStyle style);

    friend constexpr auto operator<=>(Money, Money) = default;

private:
    constexpr explicit Money(std::int64_t kop) : m_kop(kop) {}
    std::int64_t m_kop = 0;
};

} // namespace pc
