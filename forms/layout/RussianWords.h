#pragma once
// Amounts in words in Russian, as money-transfer forms (Ф.112ЭП) require: the number in words
// with the grammatical gender of its unit (один рубль, одна копейка, две тысячи) and the unit in
// the plural form the number governs (1 рубль, 2 рубля, 5 рублей, 11 рублей, 21 рубль).
#include "domain/Money.h"

#include <QString>

namespace pc::forms::layout {

enum class Gender { Masculine, Feminine };

// One of the three forms a Russian noun takes after a number: 1, 21 → one; 2–4, 22 → few;
// 0, 5–20, 25, 111 → many.
QString pluralRu(std::int64_t n, const QString& one, const QString& few, const QString& many);

// A non-negative integer (below 10^15) in words, lower case: 2 001 → "две тысячи один"
// (feminine: "две тысячи одна").
QString numberInWordsRu(std::int64_t n, Gender gender = Gender::Masculine);

// "Четыре тысячи девятьсот девяносто рублей 50 копеек": roubles in words (capitalised), kopecks
// in two digits, each with its plural form. kopecksInWords spells the kopecks too.
QString amountInWordsRu(Money amount, bool kopecksInWords = false);

} // namespace pc::forms::layout
