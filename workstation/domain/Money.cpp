#include "Money.h"

#include <QCoreApplication>
#include <QLocale>
#include <limits>

namespace pc {

namespace {

Error overflow()
{
    return Error{QStringLiteral("money.overflow"),
                 QCoreApplication::translate("Money", "The amount is too large to be handled.")};
}

__extension__ typedef __int128 Int128; // exact intermediate for kopecks × rate

bool isSpace(QChar c)
{
    return c == u' ' || c == QChar(0x00A0) || c == QChar(0x202F) || c == QChar(0x2009) || c == u'\t';
}

} // namespace

NumberStyle numberStyleFor(const QLocale& locale)
{
    return locale.decimalPoint() == QStringLiteral(",") ? NumberStyle::Russian : NumberStyle::English;
}

Result<Money> Money::fromRoubles(std::int64_t roubles)
{
    std::int64_t kop = 0;
    if (__builtin_mul_overflow(roubles, std::int64_t{100}, &kop))
        return overflow();
    return Money(kop);
}

Result<Money> Money::plus(Money other) const
{
    std::int64_t r = 0;
    if (__builtin_add_overflow(m_kop, other.m_kop, &r))
        return overflow();
    return Money(r);
}

Result<Money> Money::minus(Money other) const
{
    std::int64_t r = 0;
    if (__builtin_sub_overflow(m_kop, other.m_kop, &r))
        return overflow();
    return Money(r);
}

Result<Money> Money::times(std::int64_t factor) const
{
    std::int64_t r = 0;
    if (__builtin_mul_overflow(m_kop, factor, &r))
        return overflow();
    return Money(r);
}

Result<Money> Money::scaled(std::int64_t numerator, std::int64_t denominator) const
{
    if (denominator == 0)
        return Error{QStringLiteral("money.division_by_zero"), QStringLiteral("division by zero")};
    Int128 product = static_cast<Int128>(m_kop) * numerator;
    Int128 den = denominator;
    if (den < 0) {
        den = -den;
        product = -product;
    }
    Int128 q = product / den;
    const Int128 rem = product % den;
    if (2 * (rem < 0 ? -rem : rem) >= den)
        q += (product < 0) ? -1 : 1;
    if (q > std::numeric_limits<std::int64_t>::max() || q < std::numeric_limits<std::int64_t>::min())
        return overflow();
    return Money(static_cast<std::int64_t>(q));
}

QString Money::format(NumberStyle style, bool withCurrency) const
{
    // Work on the unsigned magnitude so INT64_MIN formats correctly.
    const bool negative = m_kop < 0;
    const std::uint64_t mag =
        negative ? ~static_cast<std::uint64_t>(m_kop) + 1 : static_cast<std::uint64_t>(m_kop);
    const QString units = QString::number(mag / 100);
    const QChar group = style == NumberStyle::Russian ? QChar(0x00A0) : QChar(u',');
    const QChar point = style == NumberStyle::Russian ? QChar(u',') : QChar(u'.');

    QString out;
    out.reserve(units.size() + units.size() / 3 + 8);
    if (negative)
        out += u'-';
    for (qsizetype i = 0; i < units.size(); ++i) {
        if (i > 0 && (units.size() - i) % 3 == 0)
            out += group;
        out += units[i];
    }
    out += point;
    const unsigned cents = static_cast<unsigned>(mag % 100);
    out += QChar(u'0' + cents / 10);
    out += QChar(u'0' + cents % 10);
    if (withCurrency && style == NumberStyle::Russian)
        out += QStringLiteral("\u00A0₽");
    else if (withCurrency)
        out += QStringLiteral(" ₽");
    return out;
}

Result<Money> Money::parse(QStringView text, NumberStyle style)
{
    auto fail = [&](const char* code, const QString& msg) {
        return Result<Money>::fail(QString::fromLatin1(code), msg);
    };
    QString s = text.toString().trimmed();
    // Strip a trailing currency designation.
    for (const QString& suffix : {QStringLiteral("₽"), QStringLiteral("руб."), QStringLiteral("руб"),
                                  QStringLiteral("р."), QStringLiteral("RUB")}) {
        if (s.endsWith(suffix, Qt::CaseInsensitive)) {
            s.chop(suffix.size());
            s = s.trimmed();
            break;
        }
    }
    if (s.isEmpty())
        return fail("money.empty", QCoreApplication::translate("Money", "Enter an amount."));

    bool negative = false;
    if (s.startsWith(u'-') || s.startsWith(QChar(0x2212))) {
        negative = true;
        s.remove(0, 1);
    }
    const QChar point = style == NumberStyle::Russian ? QChar(u',') : QChar(u'.');
    const QChar groupSep = style == NumberStyle::Russian ? QChar(u' ') : QChar(u',');

    std::int64_t units = 0;
    int fracDigits = 0;
    std::int64_t frac = 0;
    bool seenPoint = false;
    bool seenDigit = false;
    for (QChar c : s) {
        if (c.isDigit() && c.unicode() < 128) {
            const int d = c.unicode() - u'0';
            seenDigit = true;
            if (seenPoint) {
                if (++fracDigits > 2)
                    return fail(
                        "money.precision",
                        QCoreApplication::translate("Money", "An amount has at most two digits of kopecks."));
                frac = frac * 10 + d;
            } else if (__builtin_mul_overflow(units, std::int64_t{10}, &units) ||
                       __builtin_add_overflow(units, std::int64_t{d}, &units)) {
                return overflow();
            }
        } else if (c == point || (style == NumberStyle::Russian && c == u'.')) {
            // A Russian clerk's keypad often types '.' as the decimal point: accept both there.
            if (seenPoint)
                return fail("money.format",
                            QCoreApplication::translate("Money", "The amount has two decimal points."));
            seenPoint = true;
        } else if ((isSpace(c) || c == groupSep) && !seenPoint) {
            continue;
        } else {
            return fail(
                "money.characters",
                QCoreApplication::translate("Money", "Unexpected character '%1' in the amount.").arg(c));
        }
    }
    if (!seenDigit)
        return fail("money.empty", QCoreApplication::translate("Money", "Enter an amount."));
    if (fracDigits == 1)
        frac *= 10;
    std::int64_t kop = 0;
    if (__builtin_mul_overflow(units, std::int64_t{100}, &kop) || __builtin_add_overflow(kop, frac, &kop))
        return overflow();
    return Money(negative ? -kop : kop);
}

} // namespace pc
