#include "RussianWords.h"

#include <QStringList>
#include <array>

namespace pc::forms::layout {

namespace {

constexpr std::array<const char*, 20> kUnits{
    "",           "один",        "два",        "три",          "четыре",
    "пять",       "шесть",       "семь",       "восемь",       "девять",
    "десять",     "одиннадцать", "двенадцать", "тринадцать",   "четырнадцать",
    "пятнадцать", "шестнадцать", "семнадцать", "восемнадцать", "девятнадцать"};
constexpr std::array<const char*, 10> kTens{
    "",          "",           "двадцать",  "тридцать",    "сорок",
    "пятьдесят", "шестьдесят", "семьдесят", "восемьдесят", "девяносто"};
constexpr std::array<const char*, 10> kHundreds{"",        "сто",      "двести",  "триста",    "четыреста",
                                                "пятьсот", "шестьсот", "семьсот", "восемьсот", "девятьсот"};

struct Scale {
    const char* one;
    const char* few;
    const char* many;
    Gender gender;
};
// Thousands are feminine (одна тысяча, две тысячи); millions and above masculine.
constexpr std::array<Scale, 4> kScales{{{"тысяча", "тысячи", "тысяч", Gender::Feminine},
                                        {"миллион", "миллиона", "миллионов", Gender::Masculine},
                                        {"миллиард", "миллиарда", "миллиардов", Gender::Masculine},
                                        {"триллион", "триллиона", "триллионов", Gender::Masculine}}};

QString u(const char* s)
{
    return QString::fromUtf8(s);
}

// 1…999 in words.
QStringList triad(int n, Gender gender)
{
    QStringList words;
    if (n >= 100)
        words << u(kHundreds[static_cast<size_t>(n / 100)]);
    const int rest = n % 100;
    if (rest >= 20) {
        words << u(kTens[static_cast<size_t>(rest / 10)]);
    }
    const int last = rest >= 20 ? rest % 10 : rest;
    if (last == 1 && gender == Gender::Feminine)
        words << QStringLiteral("одна");
    else if (last == 2 && gender == Gender::Feminine)
        words << QStringLiteral("две");
    else if (last > 0)
        words << u(kUnits[static_cast<size_t>(last)]);
    return words;
}

} // namespace

QString pluralRu(std::int64_t n, const QString& one, const QString& few, const QString& many)
{
    const std::int64_t mod100 = n % 100;
    const std::int64_t mod10 = n % 10;
    if (mod100 >= 11 && mod100 <= 14)
        return many;
    if (mod10 == 1)
        return one;
    if (mod10 >= 2 && mod10 <= 4)
        return few;
    return many;
}

QString numberInWordsRu(std::int64_t n, Gender gender)
{
    if (n <= 0)
        return QStringLiteral("ноль");
    QStringList words;
    // Groups of three digits from the highest scale down.
    std::int64_t divisor = 1'000'000'000'000;
    for (int s = static_cast<int>(kScales.size()) - 1; s >= 0; --s, divisor /= 1000) {
        const int group = static_cast<int>((n / divisor) % 1000);
        if (group == 0)
            continue;
        const Scale& scale = kScales[static_cast<size_t>(s)];
        words << triad(group, scale.gender) << pluralRu(group, u(scale.one), u(scale.few), u(scale.many));
    }
    words << triad(static_cast<int>(n % 1000), gender);
    return words.join(u' ');
}

QString amountInWordsRu(Money amount, bool kopecksInWords)
{
    const std::int64_t kop = amount.isNegative() ? -amount.kopecks() : amount.kopecks();
    const std::int64_t roubles = kop / 100;
    const std::int64_t k = kop % 100;
    QString r = numberInWordsRu(roubles, Gender::Masculine);
    r[0] = r[0].toUpper();
    r += u' ' + pluralRu(roubles, QStringLiteral("рубль"), QStringLiteral("рубля"), QStringLiteral("рублей"));
    const QString kopWord =
        pluralRu(k, QStringLiteral("копейка"), QStringLiteral("копейки"), QStringLiteral("копеек"));
    if (kopecksInWords)
        return r + u' ' + numberInWordsRu(k, Gender::Feminine) + u' ' + kopWord;
    return r + QStringLiteral(" %1 ").arg(k, 2, 10, QLatin1Char('0')) + kopWord;
}

} // namespace pc::forms::layout
