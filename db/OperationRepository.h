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
};

class OperationRepository {
public:
    explicit OperationRepository(const Connection& c) : m_c(c) {}

    Result<qint64> append(const OperationRecord& op); // returns the new id
    Result<QList<OperationRecord>> forItem(const QString& itemId) const;

private:
    const Connection& m_c;
};

} // namespace pc::db
