#include "PhoneAddressing.h"

#include "MobilePhone.h"

#include <QCoreApplication>
#include <algorithm>

namespace pc::phonesend {

namespace {
QString nameMissing()
{
    return QCoreApplication::translate(
        "PhoneSend", "Enter the recipient's name: the office hands the item to that person.");
}
} // namespace

QString addressedByRecipientMark()
{
    return QStringLiteral("Адрес укажет получатель");
}

Status sendByRecipientPhone(acceptance::Shipment& s, const QString& name, const QString& phone)
{
    if (name.trimmed().isEmpty())
        return Error{QStringLiteral("phone_send.name_missing"), nameMissing()};
    auto e164 = normalizeMobilePhone(phone);
    if (!e164)
        return e164.error();
    acceptance::Address r;
    r.name = name.trimmed();
    r.phone = *e164;
    s.recipient = r;
    s.addressing = acceptance::Addressing::ByRecipientPhone;
    return {};
}

QString receiptMark(const QString& e164)
{
    return QStringLiteral("%1, тел. %2").arg(addressedByRecipientMark(), maskMobilePhone(e164));
}

bool isOfficePostcode(QStringView postcode)
{
    return postcode.size() == 6 &&
           std::all_of(postcode.begin(), postcode.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

QList<acceptance::FieldIssue> checkPhoneRecipient(const acceptance::Shipment& s)
{
    QList<acceptance::FieldIssue> out;
    auto add = [&](const char* field, const char* code, QString message) {
        out.append({QLatin1String(field), QLatin1String(code), std::move(message)});
    };
    if (s.international())
        add("object", "phone_send.international",
            QCoreApplication::translate("PhoneSend", "Sending by phone number is for domestic items only: "
                                                     "take the recipient's address for an international "
                                                     "item."));
    const acceptance::Address& r = s.recipient;
    if (r.name.trimmed().isEmpty())
        add("recipient.name", "phone_send.name_missing", nameMissing());
    if (auto phone = normalizeMobilePhone(r.phone); !phone)
        out.append({QStringLiteral("recipient.phone"), phone.error().code, phone.error().message});
    if (!r.postcode.isEmpty() || !r.street.trimmed().isEmpty() || !r.house.trimmed().isEmpty() ||
        !r.place.trimmed().isEmpty())
        add("recipient.postcode", "phone_send.address_given",
            QCoreApplication::translate("PhoneSend", "An item sent by phone number carries no address (the "
                                                     "recipient chooses the office): clear the address, or "
                                                     "send the item to the address instead."));
    return out;
}

} // namespace pc::phonesend
