#pragma once
// Items sent by the recipient's phone number (docs/phone-send.md). Accepted like any item (the sale
// stores "addressing": "by_recipient_phone" with the name and mobile number); afterwards the
// recipient chooses a delivery office: address() records it ONCE, in one transaction with the
// address update operation (4.1, destination = the office's postcode) and its outbox event. Until
// then the item has no office to arrive at; after it only the chosen office takes its arrival.
#include "db/Connection.h"
#include "db/phonesend/PhoneAddressingRepository.h"
#include "domain/Clock.h"
#include "domain/acceptance/Shipment.h"
#include "services/CounterContext.h"

#include <optional>

namespace pc::services {

struct PhoneSendItem {
    QString itemId;
    QString recipientName;
    QString phone;       // E.164, as accepted
    QString maskedPhone; // "+7 916 ***-**-67": what may be shown
    QString acceptedAtOffice;
    QDateTime acceptedAtUtc;
    std::optional<db::PhoneAddressingRecord> addressed; // empty: the recipient has not chosen yet
};

class PhoneSendService {
public:
    PhoneSendService(const db::Connection& c, const Clock& clock, CounterContext ctx)
        : m_c(c), m_clock(clock), m_ctx(std::move(ctx))
    {}

    // Errors phone_send.unknown_item, phone_send.not_by_phone.
    Result<PhoneSendItem> show(const QString& itemId) const;
    // The recipient's chosen office (six-digit postcode) and, optionally, their address. Refused:
    // unknown item, not sent by phone, voided, already addressed, postcode not six digits.
    Result<PhoneSendItem> address(const QString& itemId, const QString& postcode, const QString& address);

private:
    const db::Connection& m_c;
    const Clock& m_clock;
    CounterContext m_ctx;
};

// The arrival rule, asked by ArrivalService inside its transaction: an item sent by phone arrives only
// at the office its recipient chose (phone_send.not_addressed / phone_send.wrong_office otherwise).
// Any other item passes.
Status checkPhoneSendArrival(const db::Connection& c, const QString& itemId,
                             const acceptance::Shipment& shipment, const QString& officePostcode);

} // namespace pc::services
