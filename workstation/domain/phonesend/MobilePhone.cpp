#include "MobilePhone.h"

#include <QCoreApplication>

namespace pc::phonesend {

namespace {

bool isSeparator(QChar c)
{
    return c == u' ' || c == u'-' || c == u'(' || c == u')' || c == u'.' || c == QChar(0x00A0);
}

bool isE164Mobile(const QString& s)
{
    return s.size() == 12 && s.startsWith(QLatin1String("+79"));
}

} // namespace

Result<QString> normalizeMobilePhone(QStringView text)
{
    const QString given = text.trimmed().toString();
    if (given.isEmpty())
        return Error{QLatin1String(errc::PhoneMissing),
                     QCoreApplication::translate("PhoneSend", "Enter the recipient's mobile phone number.")};
    auto invalid = [&] {
        return Error{QLatin1String(errc::PhoneInvalid),
                     QCoreApplication::translate("PhoneSend",
                                                 "\"%1\" is not a phone number: write +7 and 10 digits "
                                                 "(+7 916 123-45-67) or 8 and 10 digits.")
                         .arg(given)};
    };
    QString digits;
    bool plus = false;
    for (qsizetype i = 0; i < given.size(); ++i) {
        const QChar c = given[i];
        if (c == u'+' && digits.isEmpty() && !plus)
            plus = true;
        else if (c >= u'0' && c <= u'9')
            digits += c;
        else if (!isSeparator(c))
            return invalid();
    }
    QString national; // the ten digits after the country code
    if (plus) {
        if (!digits.startsWith(u'7'))
            return Error{QLatin1String(errc::PhoneNotMobile),
                         QCoreApplication::translate("PhoneSend",
                                                     "%1 is not a Russian number: sending by phone needs a "
                                                     "Russian mobile number (+7 9…).")
                             .arg(given)};
        if (digits.size() != 11)
            return invalid();
        national = digits.mid(1);
    } else if (digits.size() == 11 && (digits.startsWith(u'8') || digits.startsWith(u'7'))) {
        national = digits.mid(1);
    } else if (digits.size() == 10) {
        national = digits;
    } else {
        return invalid();
    }
    if (!national.startsWith(u'9'))
        return Error{QLatin1String(errc::PhoneNotMobile),
                     QCoreApplication::translate(
                         "PhoneSend", "%1 is not a mobile number (a landline, or not Russian): the "
                                      "recipient chooses the office by SMS, so give a mobile "
                                      "number starting +7 9.")
                         .arg(given)};
    return QStringLiteral("+7") + national;
}

QString formatMobilePhone(const QString& e164)
{
    if (!isE164Mobile(e164))
        return e164;
    return QStringLiteral("+7 %1 %2-%3-%4")
        .arg(e164.mid(2, 3), e164.mid(5, 3), e164.mid(8, 2), e164.mid(10, 2));
}

QString maskMobilePhone(const QString& e164)
{
    if (!isE164Mobile(e164))
        return QStringLiteral("***");
    return QStringLiteral("+7 %1 ***-**-%2").arg(e164.mid(2, 3), e164.mid(10, 2));
}

} // namespace pc::phonesend
