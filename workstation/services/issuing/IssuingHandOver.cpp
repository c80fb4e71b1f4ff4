// IssuingService::handOver: the one transaction that gives items to their recipient.
#include "CounterPayment.h"
#include "IssuingInternals.h"
#include "IssuingService.h"
#include "PersonalDataCipher.h"
#include "db/TransactionRunner.h"
#include "db/issuing/IssuingRepository.h"
#include "domain/acceptance/ShipmentJson.h"
#include "services/acceptance/AcceptanceRecorder.h"
#include "services/printing/PrintQueueService.h"
#include "services/tariff/TariffService.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace pc::services {

using namespace issuing_detail;

namespace {

// Kopecks of VAT included in a gross amount at a rate in basis points, rounded half up.
qint64 vatIncluded(qint64 gross, int rateBp)
{
    return (gross * rateBp * 2 + (10000 + rateBp)) / (2 * (10000 + rateBp));
}

constexpr int kServiceVatBp = 2000; // the transfer fee and storage are postal services with VAT

void addLine(db::ReceiptRecord& r, const QString& itemId, const QString& name, qint64 kop, int vatBp)
{
    if (kop <= 0)
        return;
    db::ReceiptLineRecord l;
    l.lineNo = int(r.lines.size()) + 1;
    l.itemId = itemId;
    l.name = name;
    l.priceKop = kop;
    l.vatRateBp = vatBp;
    l.vatKop = vatIncluded(kop, vatBp);
    l.totalKop = kop;
    r.vatKop += l.vatKop;
    r.lines << l;
}

double rub(qint64 kop)
{
    return double(kop) / 100.0;
}

QJsonObject partyJson(const acceptance::Address& a)
{
    return QJsonObject{{QStringLiteral("name"), a.name},
                       {QStringLiteral("address"), addressLine(a)},
                       {QStringLiteral("city"), a.place},
                       {QStringLiteral("postcode"), a.postcode}};
}

// Ф.112ЭП: the collected COD amount to the item's sender (payee) from its recipient (payer).
PlannedDocument f112Document(const StoredItem& s, const issuing::ItemDue& due, const QString& number,
                             const OfficeInfo& office, QDate date)
{
    QJsonObject payee{
        {QStringLiteral("name"), QStringLiteral("Отправитель РПО %1").arg(s.item.id)},
        {QStringLiteral("address"), QStringLiteral("по данным отправления")},
        {QStringLiteral("city"), QStringLiteral("—")},
        // A domestic identifier starts with the postcode of the office of acceptance.
        {QStringLiteral("postcode"), s.item.kind == IdKind::Rpo14 ? s.item.id.left(6) : office.postcode}};
    QJsonObject payer{{QStringLiteral("name"), s.stored.recipientName.isEmpty() ? QStringLiteral("Получатель")
                                                                                : s.stored.recipientName},
                      {QStringLiteral("address"), office.address},
                      {QStringLiteral("city"), office.name},
                      {QStringLiteral("postcode"), office.postcode}};
    if (!s.item.details.isEmpty())
        if (auto sh = acceptance::shipmentFromJson(QJsonDocument::fromJson(s.item.details.toUtf8()).object());
            sh) {
            if (!sh->sender.isEmpty())
                payee = partyJson(sh->sender);
            if (!sh->recipient.isEmpty())
                payer = partyJson(sh->recipient);
        }
    return {QStringLiteral("form"), QStringLiteral("f112"), QStringLiteral("%1 Ф.112ЭП").arg(s.item.id),
            QJsonObject{{QStringLiteral("id"), s.item.id},
                        {QStringLiteral("amount"), rub(due.transferKop())},
                        {QStringLiteral("payee"), payee},
                        {QStringLiteral("payer"), payer},
                        {QStringLiteral("message"), QStringLiteral("Перевод № %1").arg(number)},
                        {QStringLiteral("office"), office.name},
                        {QStringLiteral("date"), date.toString(QStringLiteral("dd.MM.yyyy"))}}};
}

Error smsRefused(const SmsVerification& v)
{
    using issuing::SmsCheck;
    switch (v.check) {
    case SmsCheck::Wrong:
        return Error{QStringLiteral("sms.wrong_code"),
                     QCoreApplication::translate("Issuing", "Wrong code: %n attempt(s) left.", nullptr,
                                                 v.attemptsLeft)};
    case SmsCheck::LockedNow:
    case SmsCheck::AlreadyLocked:
        return Error{QStringLiteral("sms.locked"),
                     QCoreApplication::translate("Issuing",
                                                 "Too many wrong codes: the code is locked. Send a new "
                                                 "code or identify the recipient by a document.")};
    case SmsCheck::Expired:
        return Error{QStringLiteral("sms.expired"),
                     QCoreApplication::translate("Issuing", "The code has expired: send a new one.")};
    case SmsCheck::AlreadyUsed:
        return Error{QStringLiteral("sms.used"),
                     QCoreApplication::translate("Issuing", "This code was already used: send a new one.")};
    case SmsCheck::Accepted:
        break;
    }
    return Error{QStringLiteral("sms.wrong_code"), QString()};
}

} // namespace

Result<HandOverResult> IssuingService::handOver(const HandOverRequest& request,
                                                const std::optional<drivers::SaleApproval>& preApproved)
{
    const CounterPayment payment(m_terminal, m_terminalTimeoutMs, m_ctx.counterId);
    // Any refusal before the transaction must give back a card the GUI already charged.
    auto early = [&](const Error& e) -> Error {
        if (preApproved)
            return payment.reverse(PaymentTaken{acceptance::PaymentMethod::Card, 0, 0, 0, preApproved}, e);
        return e;
    };
    QStringList ids;
    for (const QString& raw : request.itemIds) {
        auto id = parseItemId(raw.trimmed());
        if (!id)
            return early(id.error());
        if (!ids.contains(id->text))
            ids << id->text;
    }
    if (ids.isEmpty())
        return early(Error{QStringLiteral("issuing.no_items"),
                           QCoreApplication::translate("Issuing", "Scan the items to hand over.")});
    if (m_shiftCheck)
        if (auto st = m_shiftCheck(m_ctx.counterId); !st)
            return early(st.error());

    const QDateTime now = m_clock.nowUtc();
    const QDate today = TariffService::localDate(now, m_ctx.utcOffsetMin);
    auto due = dueFor(ids);
    if (!due)
        return early(due.error());

    // Identification, checked before any money moves.
    db::IdentificationRecord ident;
    ident.operatorId = m_ctx.operatorId;
    ident.counterId = m_ctx.counterId;
    ident.createdAtUtc = now;
    HandOverResult result;
    auto sealDocument = [&](const issuing::CheckedIdDocument& d) -> Status {
        if (!m_cipher)
            return Error{QStringLiteral("pd.no_key"),
                         QCoreApplication::translate("Issuing",
                                                     "The personal-data key is not available: documents "
                                                     "cannot be recorded (see the administrator).")};
        const SealedData sealed = m_cipher->seal(d.number);
        ident.docType = issuing::idDocTypeName(d.type);
        ident.docMasked = d.masked;
        ident.docNumberEnc = sealed.ciphertext;
        ident.docNumberNonce = sealed.nonce;
        ident.docIssued = d.issued;
        ident.docIssuer = d.issuer;
        result.documentMasked = d.masked;
        return {};
    };
    if (const auto* doc = std::get_if<issuing::IdDocumentInput>(&request.identification)) {
        auto checked = issuing::checkIdDocument(*doc, today);
        if (!checked)
            return early(checked.error());
        ident.method = QStringLiteral("id_doc");
        if (auto st = sealDocument(*checked); !st)
            return early(st.error());
        result.op = op::DeliveredToAddressee;
    } else if (const auto* poa = std::get_if<issuing::PowerOfAttorney>(&request.identification)) {
        auto checked = issuing::checkPowerOfAttorney(*poa, today);
        if (!checked)
            return early(checked.error());
        ident.method = QStringLiteral("power_of_attorney");
        if (auto st = sealDocument(checked->representative); !st)
            return early(st.error());
        ident.poaNumber = checked->number;
        ident.poaIssuedOn = checked->issuedOn;
        ident.poaValidUntil = checked->validUntil;
        ident.poaIssuedBy = checked->issuedBy;
        result.op = op::DeliveredToAddressee;
    } else {
        const auto& sms = std::get<SmsCodeIdentification>(request.identification);
        auto v = verifySmsCode(SmsTarget{ids.front(), {}}, sms.code);
        if (!v)
            return early(v.error());
        if (!v->accepted)
            return early(smsRefused(*v));
        ident.method = QStringLiteral("sms_code");
        ident.smsCodeId = v->codeId;
        result.op = op::DeliveredBySmsCode;
    }
    result.method = ident.method;

    // The money: nothing due needs no payment; something due needs one, taken before the transaction.
    const qint64 total = due->totalKop;
    PaymentTaken taken{acceptance::PaymentMethod::Cash, 0, 0, 0, std::nullopt};
    if (total > 0) {
        if (!request.payment)
            return early(
                Error{QStringLiteral("issuing.payment_required"),
                      QCoreApplication::translate("Issuing", "%1 RUB is due: take the payment in cash or "
                                                             "by card.")
                          .arg(QString::number(double(total) / 100.0, 'f', 2))});
        auto t = payment.take(*request.payment, total, preApproved, false);
        if (!t)
            return t.error();
        taken = *t;
    } else if (preApproved) {
        return early(
            Error{QStringLiteral("payment.amount_mismatch"),
                  QCoreApplication::translate("Issuing", "Nothing is due: the card charge was reversed.")});
    }
    auto fail = [&](const Error& e) { return payment.reverse(taken, e); };

    // One transaction for every item, the receipt, the transfers and the events; re-run from the start when
    // another window's transaction collides with it (the clerk sees nothing of it). Money was taken once,
    // before: a final failure gives it back.
    const HandOverResult beforeCommit = result;
    const Status stored = db::runInTransaction(m_c, [&]() -> Status {
        result = beforeCommit;
        db::IssuingRepository repo(m_c);
        db::StoredItemRepository storage(m_c);
        // Inside the write transaction: what is due now is what was paid, and each item is still stored.
        QList<StoredItem> items;
        QList<issuing::ItemDue> dues;
        qint64 totalNow = 0;
        for (const QString& id : ids) {
            auto s = storedItem(m_c, id);
            if (!s)
                return Status(s.error());
            auto d = dueOf(m_c, m_fees, *s);
            if (!d)
                return Status(d.error());
            totalNow += d->totalKop();
            items << *s;
            dues << *d;
        }
        if (totalNow != total)
            return Status(
                Error{QStringLiteral("issuing.due_changed"),
                      QCoreApplication::translate("Issuing", "What is due changed while paying: check the "
                                                             "items and take the payment again.")});
        for (const StoredItem& s : items)
            if (auto st = storage.leaveStorage(s.item.id, QStringLiteral("delivered"), now); !st)
                return Status(st.error().code == u"storage.not_stored" ? notStored(s.item.id) : st.error());
        if (ident.smsCodeId) {
            auto used = repo.consumeSmsCode(*ident.smsCodeId, now);
            if (!used)
                return Status(used.error());
            if (!*used)
                return Status(Error{
                    QStringLiteral("sms.used"),
                    QCoreApplication::translate("Issuing", "This code was already used: send a new one.")});
        }
        auto identId = repo.insertIdentification(ident);
        if (!identId)
            return Status(identId.error());
        result.identificationId = *identId;

        db::ReceiptRecord receipt;
        if (total > 0) {
            db::ReceiptRepository receipts(m_c);
            auto number = receipts.nextNumber(m_ctx.counterId);
            if (!number)
                return Status(number.error());
            receipt.counterId = m_ctx.counterId;
            receipt.number = *number;
            receipt.shiftId = m_shiftId ? m_shiftId() : std::nullopt;
            receipt.operatorId = m_ctx.operatorId;
            receipt.totalKop = total;
            receipt.createdAtUtc = now;
            CounterPayment::fillReceipt(taken, receipt);
            for (const auto& d : dues) {
                addLine(receipt, d.itemId, QStringLiteral("Наложенный платёж РПО %1").arg(d.itemId), d.codKop,
                        0);
                addLine(receipt, d.itemId, QStringLiteral("Плата за пересылку наложенного платежа"),
                        d.codFeeKop, kServiceVatBp);
                addLine(receipt, d.itemId, QStringLiteral("Таможенная пошлина"), d.customsDutyKop, 0);
                addLine(receipt, d.itemId, QStringLiteral("Хранение сверх установленного срока"),
                        d.storageChargeKop, kServiceVatBp);
            }
            auto receiptId = receipts.insert(receipt);
            if (!receiptId)
                return Status(receiptId.error());
            receipt.id = *receiptId;
            result.receiptId = *receiptId;
            result.receiptNumber = *number;
        }

        QList<qint64> formJobs;
        for (int i = 0; i < items.size(); ++i) {
            const StoredItem& s = items[i];
            const issuing::ItemDue& d = dues[i];
            ItemToRecord ev;
            ev.id = ItemId{s.item.kind, s.item.id};
            ev.op = result.op;
            ev.objectCode = s.item.objectCode;
            ev.weightG = s.item.weightG;
            ev.codKop = d.codKop;
            // The delivery carries the office's revenue (fees and charges); the COD money itself is on 63,
            // as the shift report counts them (revenue vs COD collected).
            ev.totalKop = d.totalKop() - d.codKop;
            ev.receiptId = result.receiptId;
            auto delivered = recordOperation(m_c, m_ctx, now, ev);
            if (!delivered)
                return Status(delivered.error());
            HandedOverItem out{s.item.id, d, delivered->operationId, delivered->eventId, {}, {}, {}, {}};
            db::HandOverRecord h{
                s.item.id, *identId,    delivered->operationId, result.receiptId,   std::nullopt,
                d.codKop,  d.codFeeKop, d.customsDutyKop,       d.storageChargeKop, d.totalKop(),
                now};
            if (d.codKop > 0) {
                // The money goes back to the sender: operation 63 (event "COD paid") and its Ф.112ЭП.
                ItemToRecord cod;
                cod.id = ev.id;
                cod.op = op::CodPaid;
                cod.objectCode = s.item.objectCode;
                cod.codKop = d.codKop;
                cod.totalKop =
                    d.codKop; // collected from the recipient; the transfer amount is on cod_transfer
                cod.receiptId = result.receiptId;
                auto paid = recordOperation(m_c, m_ctx, now, cod);
                if (!paid)
                    return Status(paid.error());
                const QString f112 =
                    QStringLiteral("%1-%2-%3").arg(m_ctx.counterId).arg(receipt.number).arg(i + 1);
                db::CodTransferRecord tr{0,
                                         s.item.id,
                                         d.codKop,
                                         d.senderPaysCodFee ? d.codFeeSenderKop : d.codFeeKop,
                                         d.senderPaysCodFee ? QStringLiteral("sender")
                                                            : QStringLiteral("recipient"),
                                         d.transferKop(),
                                         f112,
                                         receipt.id,
                                         paid->operationId,
                                         std::nullopt,
                                         now};
                auto trId = repo.insertCodTransfer(tr);
                if (!trId)
                    return Status(trId.error());
                auto job = recordPlannedDocument(m_c, m_printers, f112Document(s, d, f112, m_office, today),
                                                 paid->operationId);
                if (!job)
                    return Status(job.error());
                if (auto st = repo.setCodTransferJob(*trId, *job); !st)
                    return Status(st.error());
                h.codTransferId = *trId;
                out.codTransferId = *trId;
                out.f112Number = f112;
                out.f112Job = *job;
                out.codOperationId = paid->operationId;
                formJobs << *job;
            }
            if (auto st = repo.insertHandOver(h); !st)
                return Status(st.error());
            if (result.receiptId)
                if (auto st = repo.markChargesPaid(s.item.id, *result.receiptId); !st)
                    return Status(st.error());
            result.items << out;
        }
        if (result.receiptId) {
            auto job = recordPlannedDocument(
                m_c, m_printers,
                receiptDocument(receipt, m_office, receipt.shiftId.value_or(0), m_ctx.utcOffsetMin), {});
            if (!job)
                return Status(job.error());
            result.receiptJob = *job;
            result.printJobs << *job;
        }
        result.printJobs << formJobs;
        return {};
    });
    if (!stored)
        return fail(stored.error());

    result.totalKop = total;
    result.paymentMethod = taken.method;
    result.tenderedKop = taken.tenderedKop;
    result.changeKop = taken.changeKop;
    if (taken.approval)
        result.cardAuthCode = taken.approval->authCode;
    result.atUtc = now;
    // The log names the items and the masked document only: the number itself never leaves the cipher.
    qCInfo(lcIssuing) << "handed over" << ids.join(u',') << "by" << result.method << result.documentMasked
                      << "total" << total;
    if (m_queue)
        for (qint64 job : result.printJobs)
            m_queue->dispatch(job);
    return result;
}

} // namespace pc::services
