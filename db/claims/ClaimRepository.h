#pragma once
// Search claims and the history of each (opened, answered, closed): found by number or item, listed
// while open and when overdue. Numbers are allocated per office and year inside the caller's
// transaction (nextSequence + insert), the UNIQUE constraint guarding against a second writer.
#include "db/Connection.h"
#include "domain/claims/ClaimState.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <optional>

namespace pc::db {

struct ClaimRecord {
    qint64 id = 0;
    QString number;
    QString officePostcode;
    int year = 0;
    qint64 seq = 0;
    QString itemId;
    bool itemKnown = false;
    bool international = false;
    QDate acceptedOn;
    QString acceptedOffice;
    claims::ClaimantRole claimantRole = claims::ClaimantRole::Sender;
    QString claimantName, claimantPhone, claimantAddress;
    QString senderName, senderAddress, recipientName, recipientAddress;
    qint64 declaredValueKop = 0;
    QString contents;
    QString route;
    QDateTime openedAtUtc;
    QDate filedOn;
    QDate deadline;
    claims::ClaimState state = claims::ClaimState::Opened;
    QDateTime stateAtUtc;
    QString answer;
    std::optional<claims::ClaimOutcome> outcome;
    qint64 compensationKop = 0;
    QString counterId, operatorId;
    std::optional<qint64> formJob, slipJob;
};

struct ClaimEventRecord {
    qint64 id = 0;
    qint64 claimId = 0;
    QDateTime atUtc;
    claims::ClaimState state = claims::ClaimState::Opened;
    QString counterId, operatorId, text;
};

class ClaimRepository {
public:
    explicit ClaimRepository(const Connection& c) : m_c(c) {}

    // The next free sequence number of the office in the year (1 for the first).
    Result<qint64> nextSequence(const QString& officePostcode, int year) const;
    // Returns the new id.
    Result<qint64> insert(const ClaimRecord& r);
    Result<qint64> addEvent(const ClaimEventRecord& e);
    Status setJobs(qint64 claimId, std::optional<qint64> formJob, std::optional<qint64> slipJob);
    // Moves the claim from `from` to the record's state/answer/outcome; refused ("claim.changed")
    // when someone else changed it meanwhile.
    Status updateState(qint64 claimId, claims::ClaimState from, const ClaimRecord& now);

    Result<std::optional<ClaimRecord>> findByNumber(const QString& number) const;
    Result<QList<ClaimRecord>> findByItem(const QString& itemId) const;
    // Not closed, soonest deadline first.
    Result<QList<ClaimRecord>> open() const;
    // Still waiting for an answer (opened) with a deadline before `today`, oldest first.
    Result<QList<ClaimRecord>> overdue(QDate today) const;
    Result<QList<ClaimEventRecord>> events(qint64 claimId) const;

private:
    Result<QList<ClaimRecord>> select(const QString& where, const QVariantList& binds) const;
    const Connection& m_c;
};

} // namespace pc::db
