#pragma once
// A Russian mobile number as the recipient of an item sent by phone gives it: written +7 9XX…,
// 8 9XX…, 7 9XX… or 9XX… with spaces, dashes, dots or brackets; kept in E.164 (+79XXXXXXXXX).
// Only mobile numbers (national number starting with 9) reach the recipient by SMS: a landline
// (+7 495…, 8 812…) or a Kazakh +7 7… number is refused with the reason.
#include "domain/Result.h"

#include <QString>

namespace pc::phonesend {

namespace errc {
inline constexpr char PhoneMissing[] = "phone_send.phone_missing";
inline constexpr char PhoneInvalid[] = "phone_send.phone_invalid";
inline constexpr char PhoneNotMobile[] = "phone_send.phone_not_mobile";
} // namespace errc

// "+79161234567", or the error with a message a clerk can read to the customer.
Result<QString> normalizeMobilePhone(QStringView text);
// "+7 916 123-45-67" from an E.164 number (anything else is returned as it is).
QString formatMobilePhone(const QString& e164);
// What labels and receipts print: "+7 916 ***-**-67" (operator code and last two digits).
QString maskMobilePhone(const QString& e164);

} // namespace pc::phonesend
