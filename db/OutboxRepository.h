#pragma once
// Tracking events waiting for the tracking service, in per-counter sequence order.
#include "Connection.h"

#include <QDateTime>
#include <QList>
#include <QStringList>
#include <optional>

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
    // Delivery bookkeeping (schema 2) and the journal row's chain fields (schema 5), read only.
    int attempts = 0;
    QString lastError;
    QString parkedReason; // non-empty: the server rejected it; waits for an administrator
    QString prevHash;
    QString hash;
};

struct OutboxCounts {
    qint64 pending = 0; // not sent, not parked
    qint64 sent = 0;
    qint64 parked = 0;
};

class OutboxRepository {
public:
    explicit OutboxRepository(const Connection& c) : m_c(c) {}

    // Assigns the counter's next sequence number; call inside the operation's Transaction.
    Result<qint64> enqueue(OutboxEvent event);
    Result<QList<OutboxEvent>> pending(const QString& counterId, int limit) const;
    Result<qint64> pendingCount() const;
    Result<std::optional<OutboxEvent>> forOperation(qint64 operationId) const;

    // The drain (services/sync): events to send, in seq order, skipping parked ones.
    Result<QList<OutboxEvent>> sendable(const QString& counterId, int limit) const;
    Result<QStringList> countersWithSendable() const;
    // Call these inside a Transaction so a batch is recorded at once.
    Status markSent(const QStringList& eventIds, const QDateTime& atUtc);
    Status recordFailure(const QStringList& eventIds, const QString& error, const QDateTime& nextAttemptUtc);
    Status park(const QString& eventId, const QString& reason);
    Status unpark(const QString& eventId); // an administrator's retry

    Result<OutboxCounts> counts() const;
    Result<std::optional<QDateTime>> lastSuccess() const; // the newest sent_at
    Result<QString> lastError() const;                    // of the oldest waiting event, or empty
    Result<QList<OutboxEvent>> parked(int limit) const;

private:
    const Connection& m_c;
};

} // namespace pc::db
