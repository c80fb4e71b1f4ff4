#pragma once
// Cash shifts and their cash movements. A sealed shift is never updated: close() only touches a row
// that is still open, so a second close or a late change fails instead of rewriting history.
#include "db/Connection.h"

#include <QDateTime>
#include <QList>
#include <optional>

namespace pc::db {

struct ShiftRecord {
    qint64 id = 0;
    QString counterId;
    QString operatorId;
    QDateTime openedAtUtc;
    QDateTime closedAtUtc; // invalid while open
    qint64 floatKop = 0;
    std::optional<qint64> countedKop;
    QString countedDetail; // JSON, denomination (kop) → count
    std::optional<qint64> expectedKop;
    QString discrepancyReason;
    QString approvedBy;
    bool sealed = false;

    bool isOpen() const { return !closedAtUtc.isValid(); }
};

struct ShiftClosing {
    QDateTime closedAtUtc;
    qint64 countedKop = 0;
    QString countedDetail;
    qint64 expectedKop = 0;
    QString discrepancyReason;
    QString approvedBy;
};

struct CashMovementRecord {
    qint64 id = 0;
    qint64 shiftId = 0;
    bool cashIn = true; // false: cash out
    qint64 amountKop = 0;
    QString reason;
    QString operatorId;
    QDateTime atUtc;
};

class ShiftRepository {
public:
    explicit ShiftRepository(const Connection& c) : m_c(c) {}

    Result<qint64> open(const ShiftRecord& s); // returns the new id
    Result<std::optional<ShiftRecord>> find(qint64 id) const;
    Result<std::optional<ShiftRecord>> openShift(const QString& counterId) const;
    // The most recent shift of a counter, open or closed.
    Result<std::optional<ShiftRecord>> latest(const QString& counterId) const;
    // Shifts of every counter closed in [fromUtc, toUtc), by counter and time.
    Result<QList<ShiftRecord>> closedBetween(const QDateTime& fromUtc, const QDateTime& toUtc) const;
    // Closes and seals an open shift; "shift.sealed" when it was closed already.
    Status close(qint64 id, const ShiftClosing& closing);

    Result<qint64> addCashMovement(const CashMovementRecord& m);
    Result<QList<CashMovementRecord>> cashMovements(qint64 shiftId) const;

private:
    const Connection& m_c;
};

} // namespace pc::db
