#include "ShiftJournalQueries.h"

#include "db/SqlError.h"

#include <QSqlQuery>
#include <QVariant>

namespace pc::db {

namespace {
// Both queries select op_type, op_attr, object_code, COUNT, SUM(amount), SUM(cod) first.
JournalGroup groupFrom(const QSqlQuery& q)
{
    JournalGroup g;
    g.opType = q.value(0).toInt();
    g.opAttr = q.value(1).toInt();
    if (!q.value(2).isNull())
        g.objectCode = q.value(2).toInt();
    g.count = q.value(3).toLongLong();
    g.amountKop = q.value(4).toLongLong();
    g.codKop = q.value(5).toLongLong();
    return g;
}
} // namespace

Result<QList<JournalGroup>> journalGroups(const Connection& c, const QString& counterId,
                                          const QDateTime& fromUtc, const QDateTime& toUtc)
{
    // occurred_at is UTC ISO-8601 with milliseconds: text order is time order, and the
    // operation_by_time index serves the range.
    QSqlQuery q(c.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT o.op_type, o.op_attr, i.object_code, COUNT(*), "
                             "COALESCE(SUM(o.amount_kop), 0), COALESCE(SUM(i.cod_kop), 0) "
                             "FROM operation o LEFT JOIN item i ON i.id = o.item_id "
                             "WHERE o.counter_id = ? AND o.occurred_at >= ? AND o.occurred_at < ? "
                             "GROUP BY o.op_type, o.op_attr, i.object_code "
                             "ORDER BY o.op_type, o.op_attr, i.object_code"));
    q.addBindValue(counterId);
    q.addBindValue(fromUtc.toUTC().toString(Qt::ISODateWithMs));
    q.addBindValue(toUtc.toUTC().toString(Qt::ISODateWithMs));
    if (!q.exec())
        return sqlError(q, QStringLiteral("summing the shift's operations"));
    QList<JournalGroup> out;
    while (q.next())
        out.push_back(groupFrom(q));
    return out;
}

Result<QList<JournalGroup>> officeJournalGroups(const Connection& c, const QDateTime& fromUtc,
                                                const QDateTime& toUtc)
{
    QSqlQuery q(c.db());
    q.setForwardOnly(true);
    // No join with item: the office reports group by counter and kind only, and skipping two million
    // primary-key look-ups halves a year's query.
    q.prepare(
        QStringLiteral("SELECT op_type, op_attr, NULL, COUNT(*), COALESCE(SUM(amount_kop), 0), 0, counter_id "
                       "FROM operation WHERE occurred_at >= ? AND occurred_at < ? "
                       "GROUP BY counter_id, op_type, op_attr ORDER BY counter_id, op_type, op_attr"));
    q.addBindValue(fromUtc.toUTC().toString(Qt::ISODateWithMs));
    q.addBindValue(toUtc.toUTC().toString(Qt::ISODateWithMs));
    if (!q.exec())
        return sqlError(q, QStringLiteral("summing the office's operations"));
    QList<JournalGroup> out;
    while (q.next()) {
        JournalGroup g = groupFrom(q);
        g.counterId = q.value(6).toString();
        out.push_back(g);
    }
    return out;
}

} // namespace pc::db
