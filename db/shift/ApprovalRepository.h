#pragma once
// Supervisor approvals: appended, never changed.
#include "db/Connection.h"

#include <QDateTime>
#include <QList>
#include <optional>

namespace pc::db {

struct ApprovalRecord {
    qint64 id = 0;
    std::optional<qint64> shiftId;
    QString action; // "void" | "refund" | "cash_correction" | "manual_price" | "close_discrepancy"
    QString subject;
    QString requestedBy;
    QString approvedBy;
    QString reason;
    QDateTime atUtc;
};

class ApprovalRepository {
public:
    explicit ApprovalRepository(const Connection& c) : m_c(c) {}

    Result<qint64> append(const ApprovalRecord& a);
    Result<QList<ApprovalRecord>> forShift(qint64 shiftId) const;

private:
    const Connection& m_c;
};

} // namespace pc::db
