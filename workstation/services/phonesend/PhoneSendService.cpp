#include "PhoneSendService.h"

#include "db/ItemRepository.h"
#include "db/Transaction.h"
#include "domain/acceptance/ShipmentJson.h"
#include "domain/phonesend/MobilePhone.h"
#include "domain/phonesend/PhoneAddressing.h"
#include "services/acceptance/AcceptanceRecorder.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcPhoneSend, "pc.services.phonesend")

namespace pc::services {

namespace {

Error notAddressed(const QString& itemId)
{
    return Error{QStringLiteral("phone_send.not_addressed"),
                 QCoreApplication::translate("PhoneSend",
                                             "Item %1 was sent by the recipient's phone number and the "
                                             "recipient has not chosen an office yet: it cannot arrive "
                                             "anywhere; send it back to sorting until it is addressed.")
                     .arg(itemId)};
}

struct Loaded {
    db::ItemRecord item;
    acceptance::Shipment shipment;
};

Result<Loaded> loadPhoneItem(const db::Connection& c, const QString& itemId)
{
    auto found = db::ItemRepository(c).find(itemId);
    if (!found)
        return found.error();
    if (!*found)
        return Error{
            QStringLiteral("phone_send.unknown_item"),
            QCoreApplication::translate("PhoneSend", "Item %1 was not accepted here: check the identifier.")
                .arg(itemId)};
    const db::ItemRecord& item = **found;
    auto shipment = acceptance::shipmentFromJson(QJsonDocument::fromJson(item.details.toUtf8()).object());
    if (item.details.isEmpty() || !shipment || !shipment->byRecipientPhone())
        return Error{QStringLiteral("phone_send.not_by_phone"),
                     QCoreApplication::translate("PhoneSend",
                                                 "Item %1 was not sent by the recipient's phone number: it "
                                                 "already has its address.")
                         .arg(itemId)};
    return Loaded{item, *shipment};
}

} // namespace

Result<PhoneSendItem> PhoneSendService::show(const QString& itemId) const
{
    auto loaded = loadPhoneItem(m_c, itemId.trimmed());
    if (!loaded)
        return loaded.error();
    PhoneSendItem out;
    out.itemId = loaded->item.id;
    out.recipientName = loaded->shipment.recipient.name;
    out.phone = phonesend::normalizeMobilePhone(loaded->shipment.recipient.phone)
                    .valueOr(loaded->shipment.recipient.phone);
    out.maskedPhone = phonesend::maskMobilePhone(out.phone);
    out.acceptedAtOffice = loaded->item.officePostcode;
    out.acceptedAtUtc = loaded->item.acceptedAtUtc;
    auto addressed = db::PhoneAddressingRepository(m_c).find(out.itemId);
    if (!addressed)
        return addressed.error();
    out.addressed = *addressed;
    return out;
}

Result<PhoneSendItem> PhoneSendService::address(const QString& itemId, const QString& postcode,
                                                const QString& address)
{
    const QString office = postcode.trimmed();
    if (!phonesend::isOfficePostcode(office))
        return Error{QStringLiteral("phone_send.postcode_invalid"),
                     QCoreApplication::translate("PhoneSend",
                                                 "The chosen office \"%1\" is not a postcode: give the "
                                                 "office's six digits, e.g. 190000.")
                         .arg(postcode)};
    const QDateTime now = m_clock.nowUtc();
    auto tx = db::Transaction::begin(m_c);
    if (!tx)
        return tx.error();
    auto current = show(itemId);
    if (!current)
        return current.error();
    if (current->addressed)
        return Error{QStringLiteral("phone_send.already_addressed"),
                     QCoreApplication::translate("PhoneSend",
                                                 "Item %1 is already addressed to office %2 (since %3): the "
                                                 "recipient chooses once.")
                         .arg(current->itemId, current->addressed->postcode,
                              current->addressed->addressedAtUtc.toString(Qt::ISODate))};
    auto item = db::ItemRepository(m_c).find(current->itemId);
    if (!item)
        return item.error();
    if ((*item)->voidedAtUtc)
        return Error{
            QStringLiteral("phone_send.voided"),
            QCoreApplication::translate("PhoneSend", "Item %1 was voided: there is nothing to address.")
                .arg(current->itemId)};
    auto id = parseItemId(current->itemId);
    if (!id)
        return id.error();
    ItemToRecord ev;
    ev.id = *id;
    ev.op = phonesend::AddressedByRecipient;
    ev.objectCode = (*item)->objectCode;
    ev.destination = office; // the office only: the event carries no personal data
    auto recorded = recordOperation(m_c, m_ctx, now, ev);
    if (!recorded)
        return recorded.error();
    db::PhoneAddressingRecord rec{current->itemId,      office, address.trimmed(), now, m_ctx.counterId,
                                  recorded->operationId};
    if (auto st = db::PhoneAddressingRepository(m_c).insert(rec); !st)
        return st.error();
    if (auto st = tx->commit(); !st)
        return st.error();
    qCInfo(lcPhoneSend) << "item" << current->itemId << "addressed to office" << office;
    current->addressed = rec;
    return *current;
}

Status checkPhoneSendArrival(const db::Connection& c, const QString& itemId,
                             const acceptance::Shipment& shipment, const QString& officePostcode)
{
    if (!shipment.byRecipientPhone())
        return {};
    auto addressed = db::PhoneAddressingRepository(c).find(itemId);
    if (!addressed)
        return addressed.error();
    if (!*addressed)
        return notAddressed(itemId);
    if ((*addressed)->postcode != officePostcode)
        return Error{QStringLiteral("phone_send.wrong_office"),
                     QCoreApplication::translate("PhoneSend",
                                                 "Item %1 is addressed by its recipient to office %2, not to "
                                                 "this office (%3): do not take it in; send it on to %2.")
                         .arg(itemId, (*addressed)->postcode, officePostcode)};
    return {};
}

} // namespace pc::services
