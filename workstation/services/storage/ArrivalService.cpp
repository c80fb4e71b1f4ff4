#include "ArrivalService.h"

#include "ArrivalNotice.h"
#include "db/ItemRepository.h"
#include "db/TransactionRunner.h"
#include "db/issuing/IssuingRepository.h"
#include "db/storage/OfficeCalendarRepository.h"
#include "db/storage/StoredItemRepository.h"
#include "domain/acceptance/ShipmentJson.h"
#include "domain/storage/RecipientKeys.h"
#include "services/acceptance/AcceptanceRecorder.h"
#include "services/issuing/SmsGateway.h"
#include "services/phonesend/PhoneSendService.h"
#include "services/printing/PrintQueueService.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcArrival, "pc.services.arrival")

namespace pc::services {

namespace {
constexpr int kServiceSmsOnArrival = 20;

Error alreadyArrived(const QString& itemId, const QString& place)
{
    return Error{QStringLiteral("storage.already_arrived"),
                 QCoreApplication::translate("Storage", "Item %1 has already arrived: it is stored at %2.")
                     .arg(itemId, place)};
}
constexpr int kServiceNoReturn = 160;

std::optional<acceptance::Shipment> shipmentOf(const db::ItemRecord& item)
{
    if (item.details.isEmpty())
        return std::nullopt;
    auto s = acceptance::shipmentFromJson(QJsonDocument::fromJson(item.details.toUtf8()).object());
    if (!s)
        return std::nullopt;
    return *s;
}

storage::Holding holdingOf(acceptance::AddressType t)
{
    switch (t) {
    case acceptance::AddressType::PosteRestante:
        return storage::Holding::PosteRestante;
    case acceptance::AddressType::PoBox:
        return storage::Holding::PoBox;
    default:
        return storage::Holding::Standard;
    }
}
} // namespace

QString defaultStoragePlace(const QString& itemId, storage::StorageCategory category,
                            storage::Holding holding)
{
    QString section;
    if (holding == storage::Holding::PosteRestante)
        section = QStringLiteral("DV"); // до востребования
    else if (holding == storage::Holding::PoBox)
        section = QStringLiteral("AB"); // абонементный ящик
    else
        section = category == storage::StorageCategory::Parcel ? QStringLiteral("P") : QStringLiteral("L");
    // The serial's last two digits: the check digit is position 14 (domestic) or 11 (S10).
    const int end = itemId.size() == 13 ? 10 : itemId.size() - 1;
    return QStringLiteral("%1-%2").arg(section, itemId.mid(qMax(0, end - 2), 2));
}

Result<ArrivalResult> ArrivalService::arrive(const ArrivalRequest& r)
{
    auto id = parseItemId(r.barcode);
    if (!id)
        return id.error();
    const QDateTime now = m_clock.nowUtc();
    const QDate localDate = now.addSecs(qint64(m_ctx.utcOffsetMin) * 60).date();

    // One transaction; re-run from the start when another window's transaction collided with it.
    QString smsPhone;
    auto arrived = db::runInTransaction<ArrivalResult>(m_c, [&]() -> Result<ArrivalResult> {
        db::StoredItemRepository stored(m_c);
        if (auto existing = stored.find(id->text); !existing)
            return existing.error();
        else if (*existing)
            return alreadyArrived(id->text, (*existing)->place);

        db::ItemRepository items(m_c);
        auto known = items.find(id->text);
        if (!known)
            return known.error();

        ArrivalResult out;
        out.itemId = id->text;
        std::optional<acceptance::Shipment> shipment;
        db::ItemRecord item;
        if (*known) {
            item = **known;
            shipment = shipmentOf(item);
            if (shipment)
                if (auto st = checkPhoneSendArrival(m_c, item.id, *shipment, m_ctx.officePostcode); !st)
                    return st.error();
        } else {
            if (!r.weightG || *r.weightG <= 0)
                return Error{QStringLiteral("storage.weight_required"),
                             QCoreApplication::translate(
                                 "Storage", "Item %1 is not known here: weigh it (or take the weight "
                                            "from the container list) to register its arrival.")
                                 .arg(id->text)};
            item.id = id->text;
            item.kind = id->kind;
            item.objectCode = r.objectCode;
            item.weightG = *r.weightG;
            item.codKop = r.codKop.value_or(0);
            item.status = QStringLiteral("arrived");
            item.officePostcode = m_ctx.officePostcode;
            item.counterId = m_ctx.counterId;
            item.acceptedAtUtc = now; // when this office first recorded it
            if (auto st = items.insert(item); !st)
                return st.error();
            out.registeredHere = true;
        }

        // What the acceptance recorded is the default; what the clerk enters now overrides it.
        const std::optional<int> object = r.objectCode ? r.objectCode : item.objectCode;
        db::StoredItemRecord rec;
        rec.itemId = id->text;
        rec.category =
            r.category ? *r.category
            : object   ? storage::categoryForObject(*object).value_or(storage::StorageCategory::Parcel)
                       : storage::categoryForIdentifier(id->text).value_or(storage::StorageCategory::Parcel);
        rec.holding = r.holding  ? *r.holding
                      : shipment ? holdingOf(shipment->recipient.type)
                                 : storage::Holding::Standard;
        rec.recipientName = r.recipientName ? *r.recipientName
                            : shipment      ? shipment->recipient.name
                                            : QString();
        const QString phone = r.recipientPhone ? *r.recipientPhone
                              : shipment       ? shipment->recipient.phone
                                               : QString();
        rec.recipientNameKey = storage::nameKey(rec.recipientName);
        rec.recipientPhoneDigits = storage::phoneDigits(phone);
        rec.codKop = *known ? item.codKop : r.codKop.value_or(0);
        rec.noReturn = r.noReturn ? *r.noReturn : shipment && shipment->hasService(kServiceNoReturn);
        rec.smsNotice = r.smsNotice ? *r.smsNotice : shipment && shipment->hasService(kServiceSmsOnArrival);
        rec.shelfLifeDays = r.shelfLifeDays ? *r.shelfLifeDays : shipment ? shipment->shelfLifeDays : 0;
        rec.place = r.place.trimmed().isEmpty() ? defaultStoragePlace(id->text, rec.category, rec.holding)
                                                : r.place.trimmed();
        auto calendar = db::OfficeCalendarRepository(m_c).load();
        if (!calendar)
            return calendar.error();
        const storage::StoragePeriod period =
            storage::storagePeriod(rec.category, rec.shelfLifeDays, localDate, *calendar);
        if (!period.from.isValid())
            return Error{QStringLiteral("storage.calendar"),
                         QCoreApplication::translate(
                             "Storage", "The office calendar has no working day in the coming year: "
                                        "check the holidays configured.")};
        rec.arrivedAtUtc = now;
        rec.stateAtUtc = now;
        rec.storageFrom = period.from;
        rec.storageUntil = period.until;
        if (auto st = stored.insert(rec); !st)
            return st.error();
        if (r.customsDutyKop < 0)
            return Error{QStringLiteral("storage.duty"),
                         QCoreApplication::translate("Storage", "Customs duty cannot be negative.")};
        if (r.customsDutyKop > 0)
            if (auto charged = db::IssuingRepository(m_c).addCharge(
                    {0, id->text, QStringLiteral("customs_duty"), r.customsDutyKop, now, {}});
                !charged)
                return charged.error();

        ItemToRecord ev;
        ev.id = *id;
        ev.objectCode = object;
        auto record = [&](TrackingOperation op, qint64 weightG) -> Result<qint64> {
            ev.op = op;
            ev.weightG = weightG;
            auto done = recordOperation(m_c, m_ctx, now, ev);
            if (!done)
                return done.error();
            out.operationIds << done->operationId;
            return done->operationId;
        };
        if (auto op = record(op::ArrivedAtDeliveryPlace, item.weightG); !op)
            return op.error();
        if (auto op = record(op::StoragePlaceAssigned, 0); !op)
            return op.error();
        if (rec.holding != storage::Holding::Standard)
            if (auto op = record(
                    rec.holding == storage::Holding::PoBox ? op::StoragePoBox : op::StoragePosteRestante, 0);
                !op)
                return op.error();
        // Poste restante: the addressee comes asking, there is nowhere to deliver a notice to.
        if (rec.holding != storage::Holding::PosteRestante) {
            auto noticeOp = record(op::NoticeSent, 0);
            if (!noticeOp)
                return noticeOp.error();
            NoticeFacts facts{id->text,          object,   item.weightG, item.declaredValueKop, rec.codKop,
                              rec.recipientName, shipment, localDate,    period.until};
            auto job = recordPlannedDocument(m_c, m_printers, arrivalNotice(facts, m_office, m_officeHours),
                                             *noticeOp);
            if (!job)
                return job.error();
            if (auto st = stored.setNoticeJob(id->text, *job); !st)
                return st.error();
            out.noticeJob = *job;
        }
        out.place = rec.place;
        out.holding = rec.holding;
        out.category = rec.category;
        out.period = period;
        out.codKop = rec.codKop;
        out.smsNotice = rec.smsNotice;
        smsPhone = rec.recipientPhoneDigits;
        return out;
    });
    if (!arrived) {
        // Two windows scanning the same item at once: the later insert hit the item's key. Said as for a
        // second scan (the failed transaction is gone, so the winner's row can be read now).
        if (arrived.error().code == QStringLiteral("db.constraint") ||
            arrived.error().code == QStringLiteral("item.already_accepted"))
            if (auto existing = db::StoredItemRepository(m_c).find(id->text); existing && *existing)
                return alreadyArrived(id->text, (*existing)->place);
        return arrived.error();
    }
    ArrivalResult out = std::move(*arrived);
    // No recipient data in the log: only the identifier, the place and the period.
    qCInfo(lcArrival) << "arrived" << out.itemId << "place" << out.place << "until"
                      << out.period.until.toString(Qt::ISODate);
    if (m_queue && out.noticeJob)
        m_queue->dispatch(out.noticeJob);
    if (out.smsNotice)
        sendArrivalSms(out.itemId, smsPhone, out.period, out);
    return out;
}

void ArrivalService::sendArrivalSms(const QString& itemId, const QString& phoneDigits,
                                    const storage::StoragePeriod& period, ArrivalResult& out) const
{
    if (phoneDigits.size() != 10) {
        out.smsProblem = QCoreApplication::translate(
            "Storage", "The item has the SMS notice service but no mobile number of the recipient: "
                       "only the paper notice goes.");
        return;
    }
    if (!m_sms) {
        out.smsProblem = QCoreApplication::translate(
            "Storage", "No SMS gateway is configured ([sms] gateway): the SMS notice was not sent.");
        return;
    }
    if (auto sent = m_sms->send(phoneDigits, arrivalSmsText(itemId, m_office, period.until)); !sent) {
        qCWarning(lcArrival) << "arrival SMS for" << itemId << "not sent:" << sent.error().code;
        out.smsProblem = QCoreApplication::translate("Storage", "The SMS notice was not sent: %1")
                             .arg(sent.error().message);
        return;
    }
    out.smsSent = true;
}

ArrivalRequest arrivalRequestFor(const storage::ContainerLine& l, ArrivalRequest r)
{
    r.barcode = l.barcode;
    if (l.weightG)
        r.weightG = l.weightG;
    if (l.objectCode)
        r.objectCode = l.objectCode;
    if (l.codKop)
        r.codKop = l.codKop;
    if (!l.recipientName.isEmpty())
        r.recipientName = l.recipientName;
    if (!l.recipientPhone.isEmpty())
        r.recipientPhone = l.recipientPhone;
    return r;
}

QString arrivalSmsText(const QString& itemId, const OfficeInfo& office, const QDate& until)
{
    // The recipient's phone shows this: Russian, short, the office by its postcode and address.
    QString where = office.postcode;
    if (!office.address.isEmpty())
        where += QStringLiteral(", ") + office.address;
    return QStringLiteral("Отправление %1 ждёт вас в отделении %2 до %3 включительно.")
        .arg(itemId, where, until.toString(QStringLiteral("dd.MM.yyyy")));
}

} // namespace pc::services
