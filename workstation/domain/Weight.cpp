#include "Weight.h"

#include <QCoreApplication>

namespace pc {

namespace {
constexpr std::int64_t kMaxGrams = 1'000'000; // 1 t: far above any product limit, below any overflow
}

Result<Weight> Weight::parse(QStringView text)
{
    QString s = text.toString().trimmed().toLower();
    s.remove(u' ');
    bool kilograms = false;
    if (s.endsWith(QStringLiteral("kg")) || s.endsWith(QStringLiteral("кг"))) {
        kilograms = true;
        s.chop(2);
    } else if (s.endsWith(u'g') || s.endsWith(QStringLiteral("г"))) {
        s.chop(1);
    }
    if (s.isEmpty())
        return Result<Weight>::fail(QStringLiteral("weight.empty"),
                                    QCoreApplication::translate("Weight", "Enter the weight."));
    s.replace(u',', u'.');
    const qsizetype dot = s.indexOf(u'.');
    if (dot >= 0 && !kilograms)
        return Result<Weight>::fail(
            QStringLiteral("weight.format"),
            QCoreApplication::translate("Weight", "Grams are whole numbers; for kilograms add \"kg\"."));
    const QString whole = dot >= 0 ? s.left(dot) : s;
    QString frac = dot >= 0 ? s.mid(dot + 1) : QString();
    auto allDigits = [](const QString& v) {
        for (QChar c : v)
            if (c < u'0' || c > u'9')
                return false;
        return true;
    };
    if (!allDigits(whole) || !allDigits(frac) || (whole.isEmpty() && frac.isEmpty()))
        return Result<Weight>::fail(
            QStringLiteral("weight.characters"),
            QCoreApplication::translate("Weight", "The weight \"%1\" is not a number.").arg(text));
    if (frac.size() > 3)
        return Result<Weight>::fail(
            QStringLiteral("weight.precision"),
            QCoreApplication::translate("Weight", "Weights are counted to the gram (3 decimals in kg)."));
    if (whole.size() > 9)
        return Result<Weight>::fail(QStringLiteral("weight.too_heavy"),
                                    QCoreApplication::translate("Weight", "The weight is out of range."));
    std::int64_t grams = whole.isEmpty() ? 0 : whole.toLongLong();
    if (kilograms) {
        while (frac.size() < 3)
            frac += u'0';
        grams = grams * 1000 + frac.toLongLong();
    }
    if (grams <= 0)
        return Result<Weight>::fail(
            QStringLiteral("weight.zero"),
            QCoreApplication::translate("Weight", "The weight must be more than 0 g."));
    if (grams > kMaxGrams)
        return Result<Weight>::fail(QStringLiteral("weight.too_heavy"),
                                    QCoreApplication::translate("Weight", "The weight is out of range."));
    return Weight(grams);
}

} // namespace pc
