#include "OutboxRepository.h"

#include "SqlError.h"

#include <QSqlQuery>
#include <QVariant>

namespace pc::db {

namespace {
const QString kColumns = QStringLiteral(
    "o.event_id, o.operation_id, o.counter_id, o.seq, o.item_id, o.payload, o.created_at, o.sent_at, "
    "o.attempts, o.last_error, o.parked_reason, p.prev_hash, p.hash");
const QString kFrom = QStringLiteral("outbox o LEFT JOIN operation p ON p.id = o.operation_id");
OutboxEvent eventFrom(const QSqlQuery& q)
{
    OutboxEvent e;
    e.eventId = q.value(0).toString();
    e.operationId = q.value(1).toLongLong();
    e.counterId = q.value(2).toString();
    e.seq = q.value(3).toLongLong();
    e.itemId = q.value(4).toString();
    e.payload = q.value(5).toString().toUtf8();
    e.createdAtUtc = QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs);
    if (!q.value(7).isNull())
        e.sentAtUtc = QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs);
    e.attempts = q.value(8).toInt();
    e.lastError = q.value(9).toString();
    e.parkedReason = q.value(10).toString();
    e.prevHash = q.value(11).toString();
    e.hash = q.value(12).toString();
    return e;
}
// Runs a prepared, bound query and reads every row as an event.
Result<QList<OutboxEvent>> readEvents(QSqlQuery& q,
                                      const QString& what = QStringLiteral("reading the outbox"))
{
    if (!q.exec())
        return sqlError(q, what);
    QList<OutboxEvent> out;
    while (q.next())
        out.push_back(eventFrom(q));
    return out;
}
} // namespace

Result<qint64> OutboxRepository::enqueue(OutboxEvent e)
{
    QSqlQuery q(m_c.db());
    q.prepare(QStringLiteral("SELECT COALESCE(MAX(seq), 0) + 1 FROM outbox WHERE counter_id = ?"));
    q.addBindValue(e.counterId);
    if (!q.exec() || !q.next())
        return sqlError(q, QStringLiteral("numbering the tracking event"));
    e.seq = q.value(0).toLongLong();
    q.finish();

    QSqlQuery ins(m_c.db());
    ins.prepare(QStringLiteral(
        "INSERT INTO outbox (event_id, operation_id, counter_id, seq, item_id, payload, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    ins.addBindValue(e.eventId);
    ins.addBindValue(e.operationId);
    ins.addBindValue(e.counterId);
    ins.addBindValue(e.seq);
    ins.addBindValue(e.itemId);
    ins.addBindValue(QString::fromUtf8(e.payload));
    ins.addBindValue(e.createdAtUtc.toUTC().toString(Qt::ISODateWithMs));
    if (!ins.exec())
        return sqlError(ins, QStringLiteral("queueing the tracking event"));
    return e.seq;
}

Result<QList<OutboxEvent>> OutboxRepository::pending(const QString& counterId, int limit) const
{
    QSqlQuery q(m_c.db());
    q.prepare(QStringLiteral(
                  "SELECT %1 FROM %2 WHERE o.counter_id = ? AND o.sent_at IS NULL ORDER BY o.seq LIMIT ?")
                  .arg(kColumns, kFrom));
    q.addBindValue(counterId);
    q.addBindValue(limit);
    return readEvents(q);
}

Result<qint64> OutboxRepository::pendingCount() const
{
    QSqlQuery q(m_c.db());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL")) || !q.next())
        return sqlError(q, QStringLiteral("counting the outbox"));
    return q.value(0).toLongLong();
}

Result<std::optional<OutboxEvent>> OutboxRepository::forOperation(qint64 operationId) const
{
    QSqlQuery q(m_c.db());
    q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE o.operation_id = ?").arg(kColumns, kFrom));
    q.addBindValue(operationId);
    if (!q.exec())
        return sqlError(q, QStringLiteral("reading the outbox"));
    if (!q.next())
        return std::optional<OutboxEvent>{};
    return std::optional<OutboxEvent>(eventFrom(q));
}

Result<QList<OutboxEvent>> OutboxRepository::sendable(const QString& counterId, int limit) const
{
    QSqlQuery q(m_c.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE o.counter_id = ? AND o.sent_at IS NULL AND "
                             "o.parked_reason IS NULL ORDER BY o.seq LIMIT ?")
                  .arg(kColumns, kFrom));
    q.addBindValue(counterId);
    q.addBindValue(limit);
    return readEvents(q);
}

Result<QStringList> OutboxRepository::countersWithSendable() const
{
    QSqlQuery q(m_c.db());
    if (!q.exec(QStringLiteral("SELECT DISTINCT counter_id FROM outbox WHERE sent_at IS NULL AND "
                               "parked_reason IS NULL ORDER BY counter_id")))
        return sqlError(q, QStringLiteral("reading the outbox"));
    QStringList out;
    while (q.next())
        out.push_back(q.value(0).toString());
    return out;
}

Status OutboxRepository::markSent(const QStringList& eventIds, const QDateTime& atUtc)
{
    QSqlQuery q(m_c.db());
    q.prepare(QStringLiteral("UPDATE outbox SET sent_at = ?, last_error = NULL, next_attempt_at = NULL "
                             "WHERE event_id = ? AND sent_at IS NULL"));
    const QString at = atUtc.toUTC().toString(Qt::ISODateWithMs);
    for (const QString& id : eventIds) {
        q.addBindValue(at);
        q.addBindValue(id);
        if (!q.exec())
            return sqlError(q, QStringLiteral("recording a delivered tracking event"));
    }
    return {};
}

Status OutboxRepository::recordFailure(const QStringList& eventIds, const QString& error,
                                       const QDateTime& nextAttemptUtc)
{
    QSqlQuery q(m_c.db());
    q.prepare(QStringLiteral("UPDATE outbox SET attempts = attempts + 1, last_error = ?, next_attempt_at = ? "
                             "WHERE event_id = ? AND sent_at IS NULL"));
    const QString next = nextAttemptUtc.toUTC().toString(Qt::ISODateWithMs);
    for (const QString& id : eventIds) {
        q.addBindValue(error);
        q.addBindValue(next);
        q.addBindValue(id);
        if (!q.exec())
            return sqlError(q, QStringLiteral("recording a failed delivery"));
    }
    return {};
}

Status OutboxRepository::park(const QString& eventId, const QString& reason)
{
    QSqlQuery q(m_c.db());
    q.prepare(QStringLiteral("UPDATE outbox SET parked_reason = ?, last_error = ?, attempts = attempts + 1 "
                             "WHERE event_id = ? AND sent_at IS NULL"));
    const QString r = reason.isEmpty() ? QStringLiteral("rejected") : reason;
    q.addBindValue(r);
    q.addBindValue(r);
    q.addBindValue(eventId);
    if (!q.exec())
        return sqlError(q, QStringLiteral("parking a rejected tracking event"));
    return {};
}

Status OutboxRepository::unpark(const QString& eventId)
{
    QSqlQuery q(m_c.db());
    q.prepare(
        QStringLiteral("UPDATE outbox SET parked_reason = NULL, last_error = NULL, next_attempt_at = NULL "
                       "WHERE event_id = ? AND sent_at IS NULL"));
    q.addBindValue(eventId);
    if (!q.exec())
        return sqlError(q, QStringLiteral("releasing a parked tracking event"));
    return {};
}

Result<OutboxCounts> OutboxRepository::counts() const
{
    QSqlQuery q(m_c.db());
    if (!q.exec(QStringLiteral(
            "SELECT COALESCE(SUM(CASE WHEN sent_at IS NULL AND parked_reason IS NULL THEN 1 ELSE 0 END), 0), "
            "COALESCE(SUM(CASE WHEN sent_at IS NOT NULL THEN 1 ELSE 0 END), 0), "
            "COALESCE(SUM(CASE WHEN sent_at IS NULL AND parked_reason IS NOT NULL THEN 1 ELSE 0 END), 0) "
            "FROM outbox")) ||
        !q.next())
        return sqlError(q, QStringLiteral("counting the outbox"));
    return OutboxCounts{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong()};
}

Result<std::optional<QDateTime>> OutboxRepository::lastSuccess() const
{
    QSqlQuery q(m_c.db());
    if (!q.exec(QStringLiteral("SELECT MAX(sent_at) FROM outbox")) || !q.next())
        return sqlError(q, QStringLiteral("reading the outbox"));
    if (q.value(0).isNull())
        return std::optional<QDateTime>{};
    return std::optional<QDateTime>(QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs));
}

Result<QString> OutboxRepository::lastError() const
{
    QSqlQuery q(m_c.db());
    if (!q.exec(
            QStringLiteral("SELECT last_error FROM outbox WHERE sent_at IS NULL AND parked_reason IS NULL "
                           "AND last_error IS NOT NULL ORDER BY counter_id, seq LIMIT 1")))
        return sqlError(q, QStringLiteral("reading the outbox"));
    return q.next() ? q.value(0).toString() : QString();
}

Result<QList<OutboxEvent>> OutboxRepository::parked(int limit) const
{
    QSqlQuery q(m_c.db());
    q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE o.sent_at IS NULL AND o.parked_reason IS NOT NULL "
                             "ORDER BY o.counter_id, o.seq LIMIT ?")
                  .arg(kColumns, kFrom));
    q.addBindValue(limit);
    return readEvents(q, QStringLiteral("reading the parked tracking events"));
}

} // namespace pc::db
