#pragma once
// The append-only journal of counter operations.
#include "Connection.h"
#include "domain/TrackingOperation.h"

#include <QDateTime>
#include <QList>
#include <optional>

namespace pc::db {

struct OperationRecord {
    qint64 id = 0;
    QString itemId;
    TrackingOperation op;
    QDateTime occurredAtUtc;
    int utcOffsetMin = 0;
    QString officePostcode;
    QString counterId;
    QString operatorId;
    std::optional<qint64> weightG;
    std::optional<qint64> amountKop;
    // The journal chain (db/journal/JournalCodec.h): filled by append(), read back by forItem().
    qint64 journalSeq = 0;
    QString prevHash;
    QString hash;
};

class OperationRepository {
public:
    explicit OperationRepository(const Connection& c) : m_c(c) {}

    // Returns the new id. Chains the row to its counter's journal (sequence number, previous hash,
    // own hash): call it inside the operation's Transaction.
    Result<qint64> append(const OperationRecord& op);
    Result<QList<OperationRecord>> forItem(const QString& itemId) const;

private:
    const Connection& m_c;
};

} // namespace pc::db
