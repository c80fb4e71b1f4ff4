#include "PeriodJournalQueries.h"

#include "db/SqlError.h"

#include <QSqlQuery>
#include <QVariant>

namespace pc::db {

namespace {
QString iso(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

// "2026-01-05T06" (the first 13 characters of the stored UTC ISO text) → that hour in UTC.
QDateTime hourOf(const QVariant& v)
{
    return QDateTime::fromString(v.toString() + QStringLiteral(":00:00Z"), Qt::ISODate);
}

bool run(QSqlQuery& q, const QDateTime& fromUtc, const QDateTime& toUtc)
{
    q.addBindValue(iso(fromUtc));
    q.addBindValue(iso(toUtc));
    return q.exec();
}
} // namespace

Result<QList<HourGroup>> journalByHour(const Connection& c, const QDateTime& fromUtc, const QDateTime& toUtc,
                                       int productOpType)
{
    QSqlQuery q(c.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT substr(o.occurred_at, 1, 13) AS h, o.op_type, o.op_attr, i.object_code, "
                             "COUNT(*), COALESCE(SUM(o.amount_kop), 0) FROM operation o "
                             "LEFT JOIN item i ON o.op_type = ? AND i.id = o.item_id "
                             "WHERE o.occurred_at >= ? AND o.occurred_at < ? "
                             "GROUP BY h, o.op_type, o.op_attr, i.object_code"));
    q.addBindValue(productOpType);
    if (!run(q, fromUtc, toUtc))
        return sqlError(q, QStringLiteral("summing the period's operations by hour"));
    QList<HourGroup> out;
    while (q.next()) {
        HourGroup g;
        g.hourUtc = hourOf(q.value(0));
        g.opType = q.value(1).toInt();
        g.opAttr = q.value(2).toInt();
        if (!q.value(3).isNull())
            g.objectCode = q.value(3).toInt();
        g.count = q.value(4).toLongLong();
        g.amountKop = q.value(5).toLongLong();
        out.push_back(g);
    }
    return out;
}

Result<QList<HourMethodTotal>> receiptsByHour(const Connection& c, const QDateTime& fromUtc,
                                              const QDateTime& toUtc)
{
    QSqlQuery q(c.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT substr(created_at, 1, 13) AS h, method, "
                             "COALESCE(SUM(CASE WHEN kind = 'refund' THEN -total_kop ELSE total_kop END), 0) "
                             "FROM receipt WHERE created_at >= ? AND created_at < ? GROUP BY h, method"));
    if (!run(q, fromUtc, toUtc))
        return sqlError(q, QStringLiteral("summing the period's receipts by hour"));
    QList<HourMethodTotal> out;
    while (q.next())
        out.push_back({hourOf(q.value(0)), q.value(1).toString(), q.value(2).toLongLong()});
    return out;
}

} // namespace pc::db
