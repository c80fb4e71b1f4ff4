#pragma once
// Search claims at the counter (docs/claims.md): open one for an item a customer says is lost
// (prefilled from what the office knows, checked against the filing window, numbered per office and
// year, the claim form and the claimant's slip recorded as print jobs, all in ONE transaction),
// record the answer, close it with its outcome, find it, and list the open and the overdue ones.
// Every change is kept in the claim's history (claim_event).
#include "ClaimPrefill.h"
#include "db/claims/ClaimRepository.h"
#include "domain/Clock.h"
#include "domain/Money.h"
#include "domain/claims/ClaimRules.h"
#include "services/CounterContext.h"
#include "services/acceptance/AcceptanceDocuments.h"

namespace pc::services {

class PrinterRegistry;
class PrintQueueService;

struct ClaimRequest {
    QString itemId;
    claims::ClaimantRole role = claims::ClaimantRole::Sender;
    QString name, phone, address;
    std::optional<qint64> declaredValueKop; // typed; for an item known here it must match the item's
    std::optional<QString> contents;        // typed; replaces the inventory's
    // An item not accepted here: its data as the customer gives them (the receipt's acceptance date).
    std::optional<QDate> acceptedOn;
    QString acceptedOffice;
    QString senderName, senderAddress, recipientName, recipientAddress;
};

struct OpenedClaim {
    db::ClaimRecord claim;
    QString warning; // e.g. the control period has not passed yet
    qint64 formJob = 0;
    qint64 slipJob = 0;
};

class ClaimService {
public:
    ClaimService(const db::Connection& c, const Clock& clock, CounterContext ctx, OfficeInfo office,
                 claims::ClaimRules rules = {})
        : m_c(c), m_clock(clock), m_ctx(std::move(ctx)), m_office(std::move(office)), m_rules(rules)
    {}
    void setPrinting(PrinterRegistry* printers, PrintQueueService* queue)
    {
        m_printers = printers;
        m_queue = queue;
    }
    // The tracking network's history of an item (none: only the local journal is used).
    void setNetworkHistory(NetworkHistorySource source) { m_network = std::move(source); }

    Result<ClaimPrefill> prefill(const QString& rawId) const;
    Result<OpenedClaim> open(const ClaimRequest& request);
    Result<db::ClaimRecord> answer(const QString& number, const QString& text);
    Result<db::ClaimRecord> close(const QString& number, claims::ClaimOutcome outcome,
                                  std::optional<Money> compensation, const QString& text = {});
    Result<db::ClaimRecord> find(const QString& number) const;
    Result<QList<db::ClaimEventRecord>> history(const db::ClaimRecord& claim) const;
    Result<QList<db::ClaimRecord>> listOpen() const;
    Result<QList<db::ClaimRecord>> listOverdue() const;

    QDate localToday() const;
    const claims::ClaimRules& rules() const { return m_rules; }

private:
    Result<db::ClaimRecord> transition(const db::ClaimRecord& next, claims::ClaimState from,
                                       const QString& text);
    const db::Connection& m_c;
    const Clock& m_clock;
    CounterContext m_ctx;
    OfficeInfo m_office;
    claims::ClaimRules m_rules;
    NetworkHistorySource m_network;
    PrinterRegistry* m_printers = nullptr;
    PrintQueueService* m_queue = nullptr;
};

} // namespace pc::services
