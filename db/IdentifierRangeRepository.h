#pragma once
// Identifier ranges issued to the office and the durable allocation of the next identifier.
// allocate() must run inside the caller's Transaction: the range's next_serial moves and the
// identifier is recorded in issued_identifier in the same commit as whatever uses it.
#include "Connection.h"
#include "domain/ItemIdentifier.h"

#include <QDateTime>
#include <QList>

namespace pc::db {

struct IdentifierRange {
    qint64 id = 0;
    QString officePostcode;
    IdKind kind = IdKind::Rpo14;
    QString prefix;  // rpo14: 8 digits; s10: service indicator
    QString country; // s10 only
    qint64 firstSerial = 0;
    qint64 lastSerial = 0;
    qint64 nextSerial = 0;
    QString counterId; // empty: shared by the office's windows

    qint64 remaining() const { return lastSerial - nextSerial + 1; }
};

class IdentifierRangeRepository {
public:
    explicit IdentifierRangeRepository(const Connection& c) : m_c(c) {}

    Result<qint64> addRange(const IdentifierRange& range);
    Result<QList<IdentifierRange>> ranges(const QString& officePostcode) const;
    // For s10, serviceIndicator picks the range ("RA", "CP", "EE"…); ignored for rpo14. A counter takes
    // from its own ranges first, then from the office's shared ones; never from another counter's.
    Result<ItemId> allocate(const QString& officePostcode, IdKind kind, const QString& serviceIndicator,
                            const QDateTime& atUtc, const QString& counterId = {});
    // Splits what is left of a shared range into consecutive parts, one per counter (the first part
    // keeps the range's row and what was issued from it). Refused for a counter's range or when fewer
    // serials are left than counters. Returns the ids of the parts in the counters' order.
    Result<QList<qint64>> splitAmongCounters(qint64 rangeId, const QStringList& counterIds);
    Result<bool> wasIssued(const QString& identifier) const;

private:
    const Connection& m_c;
};

} // namespace pc::db
