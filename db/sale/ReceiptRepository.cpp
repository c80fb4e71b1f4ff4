#include "ReceiptRepository.h"

#include "db/Bind.h"
#include "db/SqlError.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace pc::db {

namespace {
const QString kColumns =
    QStringLiteral("id, counter_id, number, kind, refund_of, shift_id, operator_id, total_kop, vat_kop, "
                   "method, tendered_kop, "
                   "change_kop, card_auth_code, card_rrn, card_pan, contract, created_at");

QVariant optionalLong(const std::optional<qint64>& v)
{
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::LongLong));
}
QVariant optionalText(const QString& s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}
std::optional<qint64> longOrNull(const QVariant& v)
{
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}

ReceiptRecord receiptFrom(const QSqlQuery& q)
{
    ReceiptRecord r;
    r.id = q.value(0).toLongLong();
    r.counterId = q.value(1).toString();
    r.number = q.value(2).toLongLong();
    r.kind = q.value(3).toString();
    r.refundOf = longOrNull(q.value(4));
    r.shiftId = longOrNull(q.value(5));
    r.operatorId = q.value(6).toString();
    r.totalKop = q.value(7).toLongLong();
    r.vatKop = q.value(8).toLongLong();
    r.method = q.value(9).toString();
    r.tenderedKop = longOrNull(q.value(10));
    r.changeKop = longOrNull(q.value(11));
    r.cardAuthCode = q.value(12).toString();
    r.cardRrn = q.value(13).toString();
    r.cardPan = q.value(14).toString();
    r.contract = q.value(15).toString();
    r.createdAtUtc = QDateTime::fromString(q.value(16).toString(), Qt::ISODateWithMs);
    return r;
}
} // namespace

Result<qint64> ReceiptRepository::nextNumber(const QString& counterId)
{
    QSqlQuery q(m_c.db());
    q.prepare(QStringLiteral("INSERT INTO receipt_counter (counter_id, last_number) VALUES (?, 0) ON "
                             "CONFLICT (counter_id) DO NOTHING"));
    q.addBindValue(counterId);
    if (!q.exec())
        return sqlError(q, QStringLiteral("starting the receipt numbers of counter %1").arg(counterId));
    q.prepare(
        QStringLiteral("UPDATE receipt_counter SET last_number = last_number + 1 WHERE counter_id = ?"));
    q.addBindValue(counterId);
    if (!q.exec())
        return sqlError(q, QStringLiteral("taking a receipt number for counter %1").arg(counterId));
    q.prepare(QStringLiteral("SELECT last_number FROM receipt_counter WHERE counter_id = ?"));
    q.addBindValue(counterId);
    if (!q.exec() || !q.next())
        return sqlError(q, QStringLiteral("reading the receipt number of counter %1").arg(counterId));
    return q.value(0).toLongLong();
}

Result<qint64> ReceiptRepository::insert(const ReceiptRecord& r)
{
    QSqlQuery q(m_c.db());
    q.prepare(
        QStringLiteral("INSERT INTO receipt (counter_id, number, kind, refund_of, shift_id, operator_id, "
                       "total_kop, vat_kop, method, tendered_kop, change_kop, card_auth_code, card_rrn, "
                       "card_pan, contract, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                       "?) RETURNING id"));
    q.addBindValue(r.counterId);
    q.addBindValue(r.number);
    q.addBindValue(r.kind);
    q.addBindValue(optionalLong(r.refundOf));
    q.addBindValue(optionalLong(r.shiftId));
    q.addBindValue(textValue(r.operatorId));
    q.addBindValue(r.totalKop);
    q.addBindValue(r.vatKop);
    q.addBindValue(r.method);
    q.addBindValue(optionalLong(r.tenderedKop));
    q.addBindValue(optionalLong(r.changeKop));
    q.addBindValue(optionalText(r.cardAuthCode));
    q.addBindValue(optionalText(r.cardRrn));
    q.addBindValue(optionalText(r.cardPan));
    q.addBindValue(optionalText(r.contract));
    q.addBindValue(r.createdAtUtc.toUTC().toString(Qt::ISODateWithMs));
    if (!q.exec())
        return sqlError(q,
                        QStringLiteral("recording receipt %1 of counter %2").arg(r.number).arg(r.counterId));
    const qint64 id = returnedId(q);
    QSqlQuery l(m_c.db());
    l.prepare(
        QStringLiteral("INSERT INTO receipt_line (receipt_id, line_no, item_id, name, quantity, price_kop, "
                       "vat_rate_bp, vat_kop, total_kop) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const ReceiptLineRecord& line : r.lines) {
        l.addBindValue(id);
        l.addBindValue(line.lineNo);
        l.addBindValue(optionalText(line.itemId));
        l.addBindValue(textValue(line.name));
        l.addBindValue(line.quantity);
        l.addBindValue(line.priceKop);
        l.addBindValue(line.vatRateBp);
        l.addBindValue(line.vatKop);
        l.addBindValue(line.totalKop);
        if (!l.exec())
            return sqlError(l,
                            QStringLiteral("recording line %1 of receipt %2").arg(line.lineNo).arg(r.number));
    }
    return id;
}

Result<ReceiptRecord> ReceiptRepository::get(qint64 id) const
{
    QSqlQuery q(m_c.db());
    q.prepare(QStringLiteral("SELECT %1 FROM receipt WHERE id = ?").arg(kColumns));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q, QStringLiteral("reading receipt %1").arg(id));
    if (!q.next())
        return Error{QStringLiteral("receipt.unknown"),
                     QCoreApplication::translate("Database", "There is no receipt %1.").arg(id)};
    ReceiptRecord r = receiptFrom(q);
    q.prepare(
        QStringLiteral("SELECT line_no, item_id, name, quantity, price_kop, vat_rate_bp, vat_kop, total_kop "
                       "FROM receipt_line WHERE receipt_id = ? ORDER BY line_no"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q, QStringLiteral("reading the lines of receipt %1").arg(id));
    while (q.next())
        r.lines.push_back({q.value(0).toInt(), q.value(1).toString(), q.value(2).toString(),
                           q.value(3).toInt(), q.value(4).toLongLong(), q.value(5).toInt(),
                           q.value(6).toLongLong(), q.value(7).toLongLong()});
    return r;
}

Result<std::optional<ReceiptRecord>> ReceiptRepository::byNumber(const QString& counterId,
                                                                 qint64 number) const
{
    QSqlQuery q(m_c.db());
    q.prepare(QStringLiteral("SELECT id FROM receipt WHERE counter_id = ? AND number = ?"));
    q.addBindValue(counterId);
    q.addBindValue(number);
    if (!q.exec())
        return sqlError(q, QStringLiteral("finding receipt %1").arg(number));
    if (!q.next())
        return std::optional<ReceiptRecord>{};
    auto r = get(q.value(0).toLongLong());
    if (!r)
        return r.error();
    return std::optional<ReceiptRecord>(*r);
}

Result<QMap<QString, qint64>> ReceiptRepository::totalsByMethod(const QString& counterId,
                                                                const QDateTime& fromUtc,
                                                                const QDateTime& toUtc) const
{
    QSqlQuery q(m_c.db());
    q.prepare(QStringLiteral("SELECT method, COALESCE(SUM(CASE WHEN kind = 'refund' THEN -total_kop ELSE "
                             "total_kop END), 0) FROM receipt WHERE counter_id = ? AND created_at >= ? AND "
                             "created_at < ? GROUP BY method"));
    q.addBindValue(counterId);
    q.addBindValue(fromUtc.toUTC().toString(Qt::ISODateWithMs));
    q.addBindValue(toUtc.toUTC().toString(Qt::ISODateWithMs));
    if (!q.exec())
        return sqlError(q, QStringLiteral("summing the receipts of counter %1").arg(counterId));
    QMap<QString, qint64> out;
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toLongLong());
    return out;
}

Result<QList<qint64>> ReceiptRepository::numbers(const QString& counterId) const
{
    QSqlQuery q(m_c.db());
    q.prepare(QStringLiteral("SELECT number FROM receipt WHERE counter_id = ? ORDER BY number"));
    q.addBindValue(counterId);
    if (!q.exec())
        return sqlError(q, QStringLiteral("listing the receipts of counter %1").arg(counterId));
    QList<qint64> out;
    while (q.next())
        out << q.value(0).toLongLong();
    return out;
}

} // namespace pc::db
