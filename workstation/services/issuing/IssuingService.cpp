#include "IssuingService.h"

#include "CounterPayment.h"
#include "IssuingInternals.h"
#include "SmsGateway.h"
#include "db/Transaction.h"
#include "db/TransactionRunner.h"
#include "db/issuing/IssuingRepository.h"
#include "domain/acceptance/ShipmentJson.h"
#include "domain/storage/RecipientKeys.h"
#include "services/acceptance/AcceptanceRecorder.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <sodium.h>

Q_LOGGING_CATEGORY(lcIssuing, "pc.services.issuing")

namespace pc::services {

namespace issuing_detail {

Error notStored(const QString& id)
{
    return Error{QStringLiteral("storage.not_stored"),
                 QCoreApplication::translate("Issuing",
                                             "Item %1 is not waiting in storage here: it was already "
                                             "handed over or returned, or never arrived.")
                     .arg(id)};
}

QString maskPhone(const QString& d)
{
    if (d.size() != 10)
        return QStringLiteral("***");
    return QStringLiteral("+7 %1 ***-**-%2").arg(d.left(3), d.right(2));
}

Result<StoredItem> storedItem(const db::Connection& c, const QString& itemId)
{
    auto id = parseItemId(itemId.trimmed());
    if (!id)
        return id.error();
    auto stored = db::StoredItemRepository(c).find(id->text);
    if (!stored)
        return stored.error();
    if (!*stored || (*stored)->state != u"stored")
        return notStored(id->text);
    auto item = db::ItemRepository(c).find(id->text);
    if (!item)
        return item.error();
    if (!*item)
        return notStored(id->text);
    return StoredItem{**stored, **item};
}

Result<issuing::ItemDue> dueOf(const db::Connection& c, const issuing::CodFeeSchedule& fees,
                               const StoredItem& s)
{
    issuing::DueInput in;
    in.itemId = s.stored.itemId;
    in.codKop = s.stored.codKop;
    if (!s.item.details.isEmpty()) {
        auto shipment =
            acceptance::shipmentFromJson(QJsonDocument::fromJson(s.item.details.toUtf8()).object());
        in.senderPaysCodFee = shipment && shipment->hasService(24);
    }
    auto charges = db::IssuingRepository(c).unpaidCharges(s.stored.itemId);
    if (!charges)
        return charges.error();
    for (const auto& ch : *charges)
        (ch.kind == u"customs_duty" ? in.customsDutyKop : in.storageChargeKop) += ch.amountKop;
    return issuing::computeDue(fees, in);
}

} // namespace issuing_detail

using namespace issuing_detail;

IssuingService::IssuingService(const db::Connection& c, const Clock& clock, CounterContext ctx)
    : m_c(c), m_clock(clock), m_ctx(std::move(ctx))
{}

IssuingService::~IssuingService() = default;

Result<DueSummary> IssuingService::dueFor(const QStringList& itemIds) const
{
    DueSummary out;
    for (const QString& id : itemIds) {
        auto s = storedItem(m_c, id);
        if (!s)
            return s.error();
        auto due = dueOf(m_c, m_fees, *s);
        if (!due)
            return due.error();
        out.totalKop += due->totalKop();
        out.items << *due;
    }
    return out;
}

namespace {
struct ResolvedTarget {
    QString phone;
    QString itemId;
};
Result<ResolvedTarget> resolve(const db::Connection& c, const SmsTarget& t)
{
    if (!t.itemId.trimmed().isEmpty()) {
        auto s = storedItem(c, t.itemId);
        if (!s)
            return s.error();
        if (s->stored.recipientPhoneDigits.size() != 10)
            return Error{QStringLiteral("sms.no_phone"),
                         QCoreApplication::translate("Issuing",
                                                     "Item %1 has no recipient phone: identify the "
                                                     "recipient by an identity document.")
                             .arg(s->stored.itemId)};
        return ResolvedTarget{s->stored.recipientPhoneDigits, s->stored.itemId};
    }
    const QString digits = storage::phoneDigits(t.phone);
    if (digits.size() != 10)
        return Error{
            QStringLiteral("sms.bad_phone"),
            QCoreApplication::translate("Issuing", "\"%1\" is not a Russian mobile number.").arg(t.phone)};
    return ResolvedTarget{digits, {}};
}
} // namespace

Result<SentSmsCode> IssuingService::sendSmsCode(const SmsTarget& target)
{
    if (!m_sms)
        return Error{QStringLiteral("sms.no_gateway"),
                     QCoreApplication::translate("Issuing",
                                                 "No SMS gateway is configured ([sms] gateway): identify "
                                                 "the recipient by an identity document.")};
    auto t = resolve(m_c, target);
    if (!t)
        return t.error();
    auto items = db::StoredItemRepository(m_c).findByPhone(t->phone);
    if (!items)
        return items.error();
    SentSmsCode out;
    for (const auto& r : *items)
        if (r.state == u"stored")
            out.itemIds << r.itemId;
    if (out.itemIds.isEmpty())
        return Error{QStringLiteral("sms.no_items"),
                     QCoreApplication::translate("Issuing", "No item waits here for that phone number.")};

    const QDateTime now = m_clock.nowUtc();
    // 6 uniformly random digits from the OS generator; only a salted hash is kept.
    if (sodium_init() < 0)
        return Error{QStringLiteral("pd.sodium_init"), QStringLiteral("libsodium failed to start")};
    std::uint32_t bound = 1;
    for (int i = 0; i < m_smsPolicy.digits; ++i)
        bound *= 10;
    const QString code =
        QStringLiteral("%1").arg(randombytes_uniform(bound), m_smsPolicy.digits, 10, QChar(u'0'));
    QByteArray salt(16, Qt::Uninitialized);
    randombytes_buf(salt.data(), size_t(salt.size()));

    db::IssuingRepository repo(m_c);
    {
        auto tx = db::Transaction::begin(m_c);
        if (!tx)
            return tx.error();
        auto last = repo.lastSmsCode(t->phone);
        if (!last)
            return last.error();
        if (*last) {
            const issuing::SmsCodeStatus st{
                issuing::smsCodeStateFromName((*last)->state).value_or(issuing::SmsCodeState::Expired),
                (*last)->expiresAtUtc, (*last)->wrongAttempts};
            if (auto may = issuing::mayIssueNewCode(st, now); !may)
                return may.error();
        }
        db::SmsCodeRecord rec;
        rec.phoneDigits = t->phone;
        rec.itemId = t->itemId;
        rec.codeHash = issuing::hashSmsCode(salt, code);
        rec.salt = salt;
        rec.createdAtUtc = now;
        rec.expiresAtUtc = now.addSecs(m_smsPolicy.validSecs);
        auto id = repo.insertSmsCode(rec);
        if (!id)
            return id.error();
        if (auto st = tx->commit(); !st)
            return st.error();
        out.codeId = *id;
        out.expiresAtUtc = rec.expiresAtUtc;
    }
    out.phoneMasked = maskPhone(t->phone);
    const QString text =
        QStringLiteral("Код для получения %1: %2. Сообщите его только оператору почты.")
            .arg(out.itemIds.size() == 1 ? QStringLiteral("отправления %1").arg(out.itemIds.front())
                                         : QStringLiteral("отправлений"),
                 code);
    if (auto sent = m_sms->send(t->phone, text); !sent) {
        // Not delivered: the code must not block a new one.
        (void)repo.updateSmsCode(out.codeId, QStringLiteral("expired"), 0);
        return sent.error();
    }
    qCInfo(lcIssuing) << "SMS code" << out.codeId << "sent to" << out.phoneMasked << "for"
                      << out.itemIds.size() << "items";
    return out;
}

Result<SmsVerification> IssuingService::verifySmsCode(const SmsTarget& target, const QString& code)
{
    auto t = resolve(m_c, target);
    if (!t)
        return t.error();
    db::IssuingRepository repo(m_c);
    // Read, check and count the attempt as one compare-and-set: when another window checked a code for
    // the same phone in between, the runner re-reads and checks again, so no attempt is lost.
    struct Checked {
        qint64 id = 0;
        issuing::SmsCheckOutcome outcome;
    };
    auto checked = db::runInTransaction<Checked>(m_c, [&]() -> Result<Checked> {
        auto last = repo.lastSmsCode(t->phone);
        if (!last)
            return last.error();
        if (!*last)
            return Error{QStringLiteral("sms.no_code"),
                         QCoreApplication::translate("Issuing", "No code was sent to %1: send one first.")
                             .arg(maskPhone(t->phone))};
        const db::SmsCodeRecord& r = **last;
        const issuing::SmsCodeStatus status{
            issuing::smsCodeStateFromName(r.state).value_or(issuing::SmsCodeState::Expired), r.expiresAtUtc,
            r.wrongAttempts};
        // A malformed code (a typo of length) still counts as a wrong attempt: a guess is a guess.
        auto outcome = issuing::checkSmsCode(m_smsPolicy, status, r.codeHash, r.salt, code, m_clock.nowUtc());
        if (outcome.after.state != status.state || outcome.after.wrongAttempts != status.wrongAttempts)
            if (auto st = repo.updateSmsCodeIf(r.id, r.state, r.wrongAttempts,
                                               issuing::smsCodeStateName(outcome.after.state),
                                               outcome.after.wrongAttempts);
                !st)
                return st.error();
        return Checked{r.id, outcome};
    });
    if (!checked)
        return checked.error();
    const issuing::SmsCheckOutcome& outcome = checked->outcome;
    qCInfo(lcIssuing) << "SMS code" << checked->id << "check:" << int(outcome.check) << "attempts left"
                      << outcome.attemptsLeft;
    return SmsVerification{outcome.check == issuing::SmsCheck::Accepted, outcome.check, outcome.attemptsLeft,
                           checked->id};
}

Result<drivers::SaleApproval> IssuingService::chargeCard(qint64 totalKop) const
{
    return CounterPayment(m_terminal, m_terminalTimeoutMs, m_ctx.counterId).chargeCard(totalKop);
}

namespace {
Result<ItemOutcome> recordAttempt(const db::Connection& c, const CounterContext& ctx, const QDateTime& now,
                                  const StoredItem& s, TrackingOperation op, const QString& kind,
                                  const QString& reason)
{
    ItemToRecord ev;
    ev.id = ItemId{s.item.kind, s.item.id};
    ev.op = op;
    ev.objectCode = s.item.objectCode;
    ev.weightG = s.item.weightG;
    auto done = recordOperation(c, ctx, now, ev);
    if (!done)
        return done.error();
    db::DeliveryAttemptRecord a{s.item.id, kind, op.attr, reason, done->operationId, ctx.operatorId, now};
    if (auto st = db::IssuingRepository(c).insertAttempt(a); !st)
        return st.error();
    return ItemOutcome{s.item.id, op, done->operationId, done->eventId,
                       kind == u"refused" ? QStringLiteral("returned") : QStringLiteral("stored")};
}
} // namespace

Result<ItemOutcome> IssuingService::refuse(const QString& itemId, const QString& reason)
{
    if (m_shiftCheck)
        if (auto st = m_shiftCheck(m_ctx.counterId); !st)
            return st.error();
    const QDateTime now = m_clock.nowUtc();
    auto tx = db::Transaction::begin(m_c);
    if (!tx)
        return tx.error();
    auto s = storedItem(m_c, itemId);
    if (!s)
        return s.error();
    if (auto st = db::StoredItemRepository(m_c).leaveStorage(s->item.id, QStringLiteral("returned"), now);
        !st)
        return st.error();
    auto out =
        recordAttempt(m_c, m_ctx, now, *s, op::ReturnAddresseeRefused, QStringLiteral("refused"), reason);
    if (!out)
        return out.error();
    if (auto st = tx->commit(); !st)
        return st.error();
    qCInfo(lcIssuing) << "refused by the addressee:" << s->item.id;
    return out;
}

Result<ItemOutcome> IssuingService::failedAttempt(const QString& itemId,
                                                  const issuing::FailedAttemptReason& reason)
{
    if (m_shiftCheck)
        if (auto st = m_shiftCheck(m_ctx.counterId); !st)
            return st.error();
    if (!issuing::failedAttemptReason(QString::number(reason.attr)))
        return Error{
            QStringLiteral("issuing.unknown_reason"),
            QCoreApplication::translate("Issuing", "Unknown failed-attempt reason 12.%1.").arg(reason.attr)};
    const QDateTime now = m_clock.nowUtc();
    auto tx = db::Transaction::begin(m_c);
    if (!tx)
        return tx.error();
    auto s = storedItem(m_c, itemId);
    if (!s)
        return s.error();
    auto out = recordAttempt(m_c, m_ctx, now, *s, issuing::failedAttemptOperation(reason),
                             QStringLiteral("failed"), reason.name);
    if (!out)
        return out.error();
    if (auto st = tx->commit(); !st)
        return st.error();
    qCInfo(lcIssuing) << "failed attempt" << reason.attr << "for" << s->item.id;
    return out;
}

} // namespace pc::services
