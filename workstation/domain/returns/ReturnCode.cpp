#include "ReturnCode.h"

#include <QCoreApplication>

namespace pc::returns {

namespace {
bool allDigits(QStringView s)
{
    for (QChar c : s)
        if (c < u'0' || c > u'9')
            return false;
    return !s.isEmpty();
}
} // namespace

bool looksLikeReturnCode(QStringView text)
{
    return text.size() == 12 && (text.startsWith(u"RV") || text.startsWith(u"rv")) &&
           allDigits(text.sliced(2));
}

int returnCodeCheckDigit(QStringView nineDigits)
{
    // Luhn: from the rightmost payload digit, double every other one (the check digit will sit to its right).
    int sum = 0;
    for (qsizetype i = 0; i < nineDigits.size(); ++i) {
        int d = nineDigits[nineDigits.size() - 1 - i].unicode() - u'0';
        if (i % 2 == 0) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
    }
    return (10 - sum % 10) % 10;
}

Result<QString> parseReturnCode(QStringView text)
{
    QString code;
    for (QChar c : text)
        if (c != u' ' && c != u'-')
            code += c.toUpper();
    if (code.size() != 12 || !code.startsWith(u"RV") || !allDigits(QStringView(code).sliced(2)))
        return Error{
            QStringLiteral("returns.code_format"),
            QCoreApplication::translate(
                "EasyReturn", "\"%1\" is not a return code: it is RV and ten digits, e.g. RV 123456789 7.")
                .arg(text.toString())};
    const int expected = returnCodeCheckDigit(QStringView(code).sliced(2, 9));
    if (code.back().unicode() - u'0' != expected)
        return Error{QStringLiteral("returns.code_check"),
                     QCoreApplication::translate(
                         "EasyReturn", "Return code %1 is mistyped or misread (its check digit should be "
                                       "%2): scan it again or ask the customer for the code.")
                         .arg(code)
                         .arg(expected)};
    return code;
}

} // namespace pc::returns
