#include "OperationRepository.h"

#include "Bind.h"
#include "SqlError.h"

#include <QSqlQuery>
#include <QVariant>

namespace pc::db {

namespace {
QVariant optionalValue(const std::optional<qint64>& v)
{
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::LongLong));
}
} // namespace

Result<qint64> OperationRepository::append(const OperationRecord& o)
{
    QSqlQuery q(m_c.db());
    q.prepare(QStringLiteral("INSERT INTO operation (item_id, op_type, op_attr, occurred_at, utc_offset_min, "
                             "office_postcode, counter_id, operator_id, weight_g, amount_kop) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(o.itemId);
    q.addBindValue(o.op.type);
    q.addBindValue(o.op.attr);
    q.addBindValue(o.occurredAtUtc.toUTC().toString(Qt::ISODateWithMs));
    q.addBindValue(o.utcOffsetMin);
    q.addBindValue(textValue(o.officePostcode));
    q.addBindValue(textValue(o.counterId));
    q.addBindValue(textValue(o.operatorId));
    q.addBindValue(optionalValue(o.weightG));
    q.addBindValue(optionalValue(o.amountKop));
    if (!q.exec())
        return sqlError(q, QStringLiteral("recording the operation"));
    return q.lastInsertId().toLongLong();
}

Result<QList<OperationRecord>> OperationRepository::forItem(const QString& itemId) const
{
    QSqlQuery q(m_c.db());
    q.prepare(QStringLiteral(
        "SELECT id, item_id, op_type, op_attr, occurred_at, utc_offset_min, office_postcode, "
        "counter_id, operator_id, weight_g, amount_kop FROM operation WHERE item_id = ? ORDER BY id"));
    q.addBindValue(itemId);
    if (!q.exec())
        return sqlError(q, QStringLiteral("reading the item's history"));
    QList<OperationRecord> out;
    while (q.next()) {
        OperationRecord r;
        r.id = q.value(0).toLongLong();
        r.itemId = q.value(1).toString();
        r.op = {q.value(2).toInt(), q.value(3).toInt()};
        r.occurredAtUtc = QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs);
        r.utcOffsetMin = q.value(5).toInt();
        r.officePostcode = q.value(6).toString();
        r.counterId = q.value(7).toString();
        r.operatorId = q.value(8).toString();
        if (!q.value(9).isNull())
            r.weightG = q.value(9).toLongLong();
        if (!q.value(10).isNull())
            r.amountKop = q.value(10).toLongLong();
        out.push_back(r);
    }
    return out;
}

} // namespace pc::db
