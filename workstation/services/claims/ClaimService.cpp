#include "ClaimService.h"

#include "ClaimDocuments.h"
#include "db/Transaction.h"
#include "domain/storage/RecipientKeys.h"
#include "services/printing/PrintQueueService.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTimeZone>

Q_LOGGING_CATEGORY(lcClaims, "pc.claims")

namespace pc::services {

using claims::ClaimOutcome;
using claims::ClaimState;

namespace {
Error refused(const char* code, const QString& message)
{
    return Error{QString::fromLatin1(code), message};
}

QString money(qint64 kop)
{
    return Money::fromKopecks(kop).format(NumberStyle::Russian);
}
} // namespace

QDate ClaimService::localToday() const
{
    return m_clock.nowUtc().toTimeZone(QTimeZone(m_ctx.utcOffsetMin * 60)).date();
}

Result<ClaimPrefill> ClaimService::prefill(const QString& rawId) const
{
    return prefillClaim(m_c, rawId, m_ctx.utcOffsetMin, m_network);
}

Result<OpenedClaim> ClaimService::open(const ClaimRequest& req)
{
    const QString name = req.name.simplified();
    if (name.isEmpty())
        return refused(
            "claim.claimant_name",
            QCoreApplication::translate("Claims", "Give the claimant's name as in their ID document."));
    const QString phone = req.phone.trimmed();
    if (!phone.isEmpty() && storage::phoneDigits(phone).size() < 10)
        return refused("claim.phone",
                       QCoreApplication::translate("Claims", "\"%1\" is not a phone number: give "
                                                             "at least 10 digits, e.g. +7 916 "
                                                             "555-12-34.")
                           .arg(phone));
    if (req.declaredValueKop && *req.declaredValueKop < 0)
        return refused("claim.value",
                       QCoreApplication::translate("Claims", "The declared value cannot be negative."));

    auto p = prefill(req.itemId);
    if (!p)
        return p.error();
    for (const db::ClaimRecord& existing : p->claims)
        if (existing.state != ClaimState::Closed)
            return refused("claim.already_open",
                           QCoreApplication::translate("Claims",
                                                       "A claim for %1 is already open: %2, answer due "
                                                       "by %3.")
                               .arg(p->itemId, existing.number,
                                    existing.deadline.toString(QStringLiteral("dd.MM.yyyy"))));
    if (p->itemKnown && req.declaredValueKop && *req.declaredValueKop != p->declaredValueKop)
        return refused("claim.value_mismatch",
                       QCoreApplication::translate("Claims",
                                                   "Item %1 was accepted with a declared value of %2, "
                                                   "not %3: the claim carries the item's value.")
                           .arg(p->itemId, money(p->declaredValueKop), money(*req.declaredValueKop)));

    // An item accepted here keeps its own acceptance date; for any other item the date the customer
    // gives (from their receipt) is believed over the network's, which then only prefills the form.
    QDate acceptedOn = p->acceptedOn;
    if (!p->itemKnown && req.acceptedOn)
        acceptedOn = *req.acceptedOn;
    const QDate today = localToday();
    auto filing = claims::checkFiling(acceptedOn, today, p->international, m_rules);
    if (!filing)
        return filing.error();

    db::ClaimRecord r;
    r.officePostcode = m_ctx.officePostcode;
    r.year = today.year();
    r.itemId = p->itemId;
    r.itemKnown = p->itemKnown;
    r.international = p->international;
    r.acceptedOn = acceptedOn;
    r.acceptedOffice = p->acceptedOffice.isEmpty() ? req.acceptedOffice.simplified() : p->acceptedOffice;
    r.claimantRole = req.role;
    r.claimantName = name;
    r.claimantPhone = phone;
    r.claimantAddress = req.address.simplified();
    const auto pick = [](const QString& typed, const QString& known) {
        return typed.simplified().isEmpty() ? known : typed.simplified();
    };
    r.senderName = pick(req.senderName, p->sender.name);
    r.senderAddress = pick(req.senderAddress, p->sender.address);
    r.recipientName = pick(req.recipientName, p->recipient.name);
    r.recipientAddress = pick(req.recipientAddress, p->recipient.address);
    // The claimant is one of the two parties: fill that side when nothing else says who it was.
    if (req.role == claims::ClaimantRole::Sender && r.senderName.isEmpty()) {
        r.senderName = r.claimantName;
        r.senderAddress = r.claimantAddress;
    } else if (req.role == claims::ClaimantRole::Recipient && r.recipientName.isEmpty()) {
        r.recipientName = r.claimantName;
        r.recipientAddress = r.claimantAddress;
    }
    r.declaredValueKop = p->itemKnown ? p->declaredValueKop : req.declaredValueKop.value_or(0);
    r.contents = req.contents ? req.contents->simplified() : p->contents;
    r.route = p->route;
    r.openedAtUtc = m_clock.nowUtc().toUTC();
    r.stateAtUtc = r.openedAtUtc;
    r.filedOn = today;
    r.deadline = claims::answerDeadline(today, p->international, m_rules);
    r.state = ClaimState::Opened;
    r.counterId = m_ctx.counterId;
    r.operatorId = m_ctx.operatorId;

    auto tx = db::Transaction::begin(m_c);
    if (!tx)
        return tx.error();
    db::ClaimRepository repo(m_c);
    auto seq = repo.nextSequence(r.officePostcode, r.year);
    if (!seq)
        return seq.error();
    r.seq = *seq;
    r.number = claims::claimNumber(r.officePostcode, r.year, r.seq);
    auto id = repo.insert(r);
    if (!id)
        return id.error();
    r.id = *id;
    const QString note = filing->warning.isEmpty()
                             ? QStringLiteral("%1: %2").arg(claims::roleName(r.claimantRole), r.claimantName)
                             : QStringLiteral("%1: %2. %3")
                                   .arg(claims::roleName(r.claimantRole), r.claimantName, filing->warning);
    if (auto ev =
            repo.addEvent({0, r.id, r.openedAtUtc, ClaimState::Opened, r.counterId, r.operatorId, note});
        !ev)
        return ev.error();
    auto formJob =
        recordPlannedDocument(m_c, m_printers, claimFormDocument(r, p->product, m_office), std::nullopt);
    if (!formJob)
        return formJob.error();
    auto slipJob =
        recordPlannedDocument(m_c, m_printers, claimSlipDocument(r, p->product, m_office), std::nullopt);
    if (!slipJob)
        return slipJob.error();
    r.formJob = *formJob;
    r.slipJob = *slipJob;
    if (auto st = repo.setJobs(r.id, r.formJob, r.slipJob); !st)
        return st.error();
    if (auto st = tx->commit(); !st)
        return st.error();
    // The claimant's name and phone stay in the database: only numbers reach the log.
    qCInfo(lcClaims) << "claim" << r.number << "opened for" << r.itemId << "deadline"
                     << r.deadline.toString(Qt::ISODate);
    if (m_queue) {
        m_queue->dispatch(*formJob);
        m_queue->dispatch(*slipJob);
    }
    return OpenedClaim{r, filing->warning, *formJob, *slipJob};
}

Result<db::ClaimRecord> ClaimService::find(const QString& number) const
{
    auto parts = claims::parseClaimNumber(number);
    if (!parts)
        return parts.error();
    const QString canonical = claims::claimNumber(parts->officePostcode, parts->year, parts->sequence);
    auto found = db::ClaimRepository(m_c).findByNumber(canonical);
    if (!found)
        return found.error();
    if (!*found)
        return refused("claim.not_found",
                       QCoreApplication::translate("Claims", "There is no claim %1 here.").arg(canonical));
    return **found;
}

Result<db::ClaimRecord> ClaimService::transition(const db::ClaimRecord& next, ClaimState from,
                                                 const QString& text)
{
    auto tx = db::Transaction::begin(m_c);
    if (!tx)
        return tx.error();
    db::ClaimRepository repo(m_c);
    if (auto st = repo.updateState(next.id, from, next); !st)
        return st.error();
    if (auto ev =
            repo.addEvent({0, next.id, next.stateAtUtc, next.state, m_ctx.counterId, m_ctx.operatorId, text});
        !ev)
        return ev.error();
    if (auto st = tx->commit(); !st)
        return st.error();
    qCInfo(lcClaims) << "claim" << next.number << claims::stateName(from) << "->"
                     << claims::stateName(next.state);
    return next;
}

Result<db::ClaimRecord> ClaimService::answer(const QString& number, const QString& text)
{
    auto claim = find(number);
    if (!claim)
        return claim.error();
    if (auto st = claims::checkAnswer(claim->state, text); !st)
        return st.error();
    db::ClaimRecord next = *claim;
    next.state = ClaimState::Answered;
    next.stateAtUtc = m_clock.nowUtc().toUTC();
    next.answer = text.trimmed();
    return transition(next, claim->state, next.answer);
}

Result<db::ClaimRecord> ClaimService::close(const QString& number, ClaimOutcome outcome,
                                            std::optional<Money> compensation, const QString& text)
{
    auto claim = find(number);
    if (!claim)
        return claim.error();
    if (auto st = claims::checkClose(claim->state, outcome, compensation); !st)
        return st.error();
    db::ClaimRecord next = *claim;
    next.state = ClaimState::Closed;
    next.stateAtUtc = m_clock.nowUtc().toUTC();
    next.outcome = outcome;
    next.compensationKop = compensation ? compensation->kopecks() : 0;
    QString note = claims::outcomeText(outcome);
    if (outcome == ClaimOutcome::Lost)
        note += QStringLiteral(": %1").arg(compensation->format(NumberStyle::Russian));
    if (!text.trimmed().isEmpty())
        note += QStringLiteral(". %1").arg(text.trimmed());
    return transition(next, claim->state, note);
}

Result<QList<db::ClaimEventRecord>> ClaimService::history(const db::ClaimRecord& claim) const
{
    return db::ClaimRepository(m_c).events(claim.id);
}

Result<QList<db::ClaimRecord>> ClaimService::listOpen() const
{
    return db::ClaimRepository(m_c).open();
}

Result<QList<db::ClaimRecord>> ClaimService::listOverdue() const
{
    return db::ClaimRepository(m_c).overdue(localToday());
}

} // namespace pc::services
