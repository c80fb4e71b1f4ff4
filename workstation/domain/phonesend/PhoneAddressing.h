#pragma once
// An item sent by the recipient's phone number (docs/phone-send.md): accepted with the recipient's
// name and mobile number only, marked "the recipient gives the address"; the recipient then chooses
// a delivery office, recorded as an address update event, and only that office may take its arrival.
#include "domain/Result.h"
#include "domain/TrackingOperation.h"
#include "domain/acceptance/ShipmentRules.h"

namespace pc::phonesend {

// DOMAIN.md §4 has no "address given by the recipient" operation. The nearest is 4 Forwarding with
// attribute 1, "at the user's request" (по заявлению пользователя): the item is directed to the office
// the addressee asked for. The event carries that office's postcode as its destination.
inline constexpr TrackingOperation AddressedByRecipient{4, 1};

// The mark labels and receipts print instead of the address (Russian form content).
QString addressedByRecipientMark(); // "Адрес укажет получатель"
// The receipt line of the by_phone fee: the mark and the masked phone ("…, тел. +7 916 ***-**-67").
QString receiptMark(const QString& e164);

// The recipient rules of an item sent by phone, in place of the address rules: domestic only, the
// recipient's name, a Russian mobile number, and no address (the recipient chooses the office).
QList<acceptance::FieldIssue> checkPhoneRecipient(const acceptance::Shipment& shipment);

// Makes the shipment one sent by phone: the recipient becomes the name and the E.164 mobile number,
// with no address. Refused, changing nothing, for a missing name or a phone that is not a Russian
// mobile number (phone_send.name_missing, phone_send.phone_*).
Status sendByRecipientPhone(acceptance::Shipment& shipment, const QString& name, const QString& phone);

// A chosen delivery office: six digits (the office's postcode).
bool isOfficePostcode(QStringView postcode);

} // namespace pc::phonesend
