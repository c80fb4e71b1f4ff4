#pragma once
// Tracking events waiting for the tracking service, in per-counter sequence order.
#include "Connection.h"

#include <QDateTime>
#include <QList>

namespace pc::db {

struct OutboxEvent {
    QString eventId; // UUID: the idempotency key at the receiver
    qint64 operationId = 0;
    QString counterId;
    qint64 seq = 0;
    QString itemId;
    QByteArray payload; // JSON
    QDateTime createdAtUtc;
    std::optional<QDateTime> sentAtUtc;
};

class OutboxRepository {
public:
    explicit OutboxRepository(const Connection& c) : m_c(c) {}

    // Assigns the counter's next sequence number; call inside the operation's Transaction.
    Result<qint64> enqueue(OutboxEvent event);
    Result<QList<OutboxEvent>> pending(const QString& counterId, int limit) const;
    Result<qint64> pendingCount() const;
    Result<std::optional<OutboxEvent>> forOperation(qint64 operationId) const;

private:
    const Connection& m_c;
};

} // namespace pc::db
