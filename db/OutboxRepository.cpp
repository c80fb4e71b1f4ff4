#include "OutboxRepository.h"

#include "SqlError.h"

#include <QSqlQuery>
#include <QVariant>

namespace pc::db {

namespace {
const QString kColumns =
    QStringLiteral("event_id, operation_id, counter_id, seq, item_id, payload, created_at, sent_at");
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
    return e;
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
    q.prepare(
        QStringLiteral("SELECT %1 FROM outbox WHERE counter_id = ? AND sent_at IS NULL ORDER BY seq LIMIT ?")
            .arg(kColumns));
    q.addBindValue(counterId);
    q.addBindValue(limit);
    if (!q.exec())
        return sqlError(q, QStringLiteral("reading the outbox"));
    QList<OutboxEvent> out;
    while (q.next())
        out.push_back(eventFrom(q));
    return out;
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
    q.prepare(QStringLiteral("SELECT %1 FROM outbox WHERE operation_id = ?").arg(kColumns));
    q.addBindValue(operationId);
    if (!q.exec())
        return sqlError(q, QStringLiteral("reading the outbox"));
    if (!q.next())
        return std::optional<OutboxEvent>{};
    return std::optional<OutboxEvent>(eventFrom(q));
}

} // namespace pc::db
