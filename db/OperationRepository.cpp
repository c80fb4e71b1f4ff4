#include "OperationRepository.h"

#include "Bind.h"
#include "SqlError.h"
#include "journal/JournalRepository.h"

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
    auto link = JournalRepository(m_c).nextLink(o.counterId);
    if (!link)
        return link.error();
    // The clock went back: refused, never stamped out of order (JournalRepository::requireClockNotBehind).
    if (auto st = link->requireNotBefore(o.counterId, o.occurredAtUtc); !st)
        return st.error();
    JournalRow row;
    row.counterId = textValue(o.counterId).toString();
    row.journalSeq = link->seq;
    row.prevHash = link->prevHash;
    row.itemId = o.itemId;
    row.opType = o.op.type;
    row.opAttr = o.op.attr;
    row.occurredAt = o.occurredAtUtc.toUTC().toString(Qt::ISODateWithMs);
    row.utcOffsetMin = o.utcOffsetMin;
    row.officePostcode = textValue(o.officePostcode).toString();
    row.operatorId = textValue(o.operatorId).toString();
    row.weightG = o.weightG;
    row.amountKop = o.amountKop;
    const QString hash = journalRowHash(row);

    QSqlQuery q(m_c.db());
    q.prepare(QStringLiteral("INSERT INTO operation (item_id, op_type, op_attr, occurred_at, utc_offset_min, "
                             "office_postcode, counter_id, operator_id, weight_g, amount_kop, journal_seq, "
                             "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(row.itemId);
    q.addBindValue(row.opType);
    q.addBindValue(row.opAttr);
    q.addBindValue(row.occurredAt);
    q.addBindValue(row.utcOffsetMin);
    q.addBindValue(row.officePostcode);
    q.addBindValue(row.counterId);
    q.addBindValue(row.operatorId);
    q.addBindValue(optionalValue(o.weightG));
    q.addBindValue(optionalValue(o.amountKop));
    q.addBindValue(row.journalSeq);
    q.addBindValue(row.prevHash);
    q.addBindValue(hash);
    if (!q.exec())
        return sqlError(q, QStringLiteral("recording the operation"));
    return returnedId(q);
}

Result<QList<OperationRecord>> OperationRepository::forItem(const QString& itemId) const
{
    QSqlQuery q(m_c.db());
    q.prepare(QStringLiteral(
        "SELECT id, item_id, op_type, op_attr, occurred_at, utc_offset_min, office_postcode, "
        "counter_id, operator_id, weight_g, amount_kop, journal_seq, prev_hash, hash FROM operation "
        "WHERE item_id = ? ORDER BY id"));
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
        r.journalSeq = q.value(11).toLongLong();
        r.prevHash = q.value(12).toString();
        r.hash = q.value(13).toString();
        out.push_back(r);
    }
    return out;
}

} // namespace pc::db
