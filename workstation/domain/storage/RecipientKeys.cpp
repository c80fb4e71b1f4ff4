#include "RecipientKeys.h"

namespace pc::storage {

QString phoneDigits(QStringView phone)
{
    QString d;
    d.reserve(phone.size());
    for (QChar ch : phone)
        if (ch >= u'0' && ch <= u'9')
            d += ch;
    // Russian numbers are written with the country code 7 (or the trunk prefix 8): keep the 10 digits.
    if (d.size() == 11 && (d.front() == u'7' || d.front() == u'8'))
        d.remove(0, 1);
    return d;
}

QString nameKey(QStringView name)
{
    return name.toString().simplified().toCaseFolded().replace(QChar(0x0451), QChar(0x0435)); // ё → е
}

} // namespace pc::storage
