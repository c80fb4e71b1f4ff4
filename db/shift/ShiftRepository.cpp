#include "ShiftRepository.h"

#include "db/Bind.h"
#include "db/SqlError.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace pc::db {

namespace {
const QString kColumns = QStringLiteral("id, counter_id, operator_id, opened_at, closed_at, float_kop, "
                                        "counted_kop, counted_detail, expected_kop, discrepancy_reason, "
                                        "approved_by, sealed");

QString iso(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

ShiftRecord shiftFrom(const QSqlQuery& q)
{
    ShiftRecord s;
    s.id = q.value(0).toLongLong();
    s.counterId = q.value(1).toString();
    s.operatorId = q.value(2).toString();
    s.openedAtUtc = QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs);
    if (!q.value(4).isNull())
        s.closedAtUtc = QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs);
    s.floatKop = q.value(5).toLongLong();
    if (!q.value(6).isNull())
        s.countedKop = q.value(6).toLongLong();
    s.countedDetail = q.value(7).toString();
    if (!q.value(8).isNull())
        s.expectedKop = q.value(8).toLongLong();
    s.discrepancyReason = q.value(9).toString();
    s.approvedBy = q.value(10).toString();
    s.sealed = q.value(11).toInt() != 0;
    return s;
}

Result<std::optional<ShiftRecord>> oneShift(QSqlQuery& q, const QString& what)
{
    if (!q.exec())
        return sqlError(q, what);
    if (!q.next())
        return std::optional<ShiftRecord>{};
    return std::optional<ShiftRecord>(shiftFrom(q));
}

QVariant nullableText(const QString& s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}
} // namespace

Result<qint64> ShiftRepository::open(const ShiftRecord& s)
{
    QSqlQuery q(m_c.db());
    if (m_c.dialect() == Dialect::Postgres) {
        // Shares the counter row with other openers; closing the office day takes it exclusively
        // (OfficeDayRepository), so no shift opens while the day is being closed.
        q.prepare(QStringLiteral("SELECT 1 FROM counter WHERE id = ? FOR SHARE"));
        q.addBindValue(s.counterId);
        if (!q.exec())
            return sqlError(q, QStringLiteral("opening a shift at counter %1").arg(s.counterId));
    }
    q.prepare(QStringLiteral("INSERT INTO shift (counter_id, operator_id, opened_at, float_kop, sealed) "
                             "VALUES (?, ?, ?, ?, 0) RETURNING id"));
    q.addBindValue(s.counterId);
    q.addBindValue(s.operatorId);
    q.addBindValue(iso(s.openedAtUtc));
    q.addBindValue(s.floatKop);
    if (!q.exec()) {
        Error e = sqlError(q, QStringLiteral("opening a shift at counter %1").arg(s.counterId));
        // shift_one_open is the table's one unique key besides the id.
        if (isUniqueViolation(q))
            return Error{
                QStringLiteral("shift.already_open"),
                QCoreApplication::translate("Shift", "Counter %1 already has an open shift: close it first.")
                    .arg(s.counterId)};
        return e;
    }
    return returnedId(q);
}

Result<std::optional<ShiftRecord>> ShiftRepository::find(qint64 id) const
{
    QSqlQuery q(m_c.db());
    q.prepare(QStringLiteral("SELECT %1 FROM shift WHERE id = ?").arg(kColumns));
    q.addBindValue(id);
    return oneShift(q, QStringLiteral("finding shift %1").arg(id));
}

Result<std::optional<ShiftRecord>> ShiftRepository::openShift(const QString& counterId) const
{
    QSqlQuery q(m_c.db());
    q.prepare(
        QStringLiteral("SELECT %1 FROM shift WHERE counter_id = ? AND closed_at IS NULL").arg(kColumns));
    q.addBindValue(counterId);
    return oneShift(q, QStringLiteral("finding the open shift of counter %1").arg(counterId));
}

Result<std::optional<ShiftRecord>> ShiftRepository::latest(const QString& counterId) const
{
    QSqlQuery q(m_c.db());
    q.prepare(
        QStringLiteral("SELECT %1 FROM shift WHERE counter_id = ? ORDER BY id DESC LIMIT 1").arg(kColumns));
    q.addBindValue(counterId);
    return oneShift(q, QStringLiteral("finding the last shift of counter %1").arg(counterId));
}

Result<QList<ShiftRecord>> ShiftRepository::closedBetween(const QDateTime& fromUtc,
                                                          const QDateTime& toUtc) const
{
    QSqlQuery q(m_c.db());
    q.prepare(
        QStringLiteral(
            "SELECT %1 FROM shift WHERE closed_at >= ? AND closed_at < ? ORDER BY counter_id, closed_at")
            .arg(kColumns));
    q.addBindValue(iso(fromUtc));
    q.addBindValue(iso(toUtc));
    if (!q.exec())
        return sqlError(q, QStringLiteral("listing the day's shifts"));
    QList<ShiftRecord> out;
    while (q.next())
        out.push_back(shiftFrom(q));
    return out;
}

Status ShiftRepository::close(qint64 id, const ShiftClosing& c)
{
    QSqlQuery q(m_c.db());
    q.prepare(QStringLiteral(
        "UPDATE shift SET closed_at = ?, counted_kop = ?, counted_detail = ?, expected_kop = ?, "
        "discrepancy_reason = ?, approved_by = ?, sealed = 1 "
        "WHERE id = ? AND closed_at IS NULL AND sealed = 0"));
    q.addBindValue(iso(c.closedAtUtc));
    q.addBindValue(c.countedKop);
    q.addBindValue(nullableText(c.countedDetail));
    q.addBindValue(c.expectedKop);
    q.addBindValue(nullableText(c.discrepancyReason));
    q.addBindValue(nullableText(c.approvedBy));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q, QStringLiteral("closing shift %1").arg(id));
    if (q.numRowsAffected() != 1)
        return Error{QStringLiteral("shift.sealed"),
                     QCoreApplication::translate("Shift",
                                                 "Shift %1 is closed and sealed: it cannot be changed. "
                                                 "Record a correction in a new shift.")
                         .arg(id)};
    return {};
}

Result<qint64> ShiftRepository::addCashMovement(const CashMovementRecord& m)
{
    QSqlQuery q(m_c.db());
    q.prepare(QStringLiteral("INSERT INTO cash_movement (shift_id, kind, amount_kop, reason, operator_id, "
                             "at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(m.shiftId);
    q.addBindValue(m.cashIn ? QStringLiteral("in") : QStringLiteral("out"));
    q.addBindValue(m.amountKop);
    q.addBindValue(textValue(m.reason));
    q.addBindValue(textValue(m.operatorId));
    q.addBindValue(iso(m.atUtc));
    if (!q.exec())
        return sqlError(q, QStringLiteral("recording a cash movement"));
    return returnedId(q);
}

Result<QList<CashMovementRecord>> ShiftRepository::cashMovements(qint64 shiftId) const
{
    QSqlQuery q(m_c.db());
    q.prepare(
        QStringLiteral("SELECT id, shift_id, kind, amount_kop, reason, operator_id, at FROM cash_movement "
                       "WHERE shift_id = ? ORDER BY id"));
    q.addBindValue(shiftId);
    if (!q.exec())
        return sqlError(q, QStringLiteral("reading the cash movements of shift %1").arg(shiftId));
    QList<CashMovementRecord> out;
    while (q.next()) {
        CashMovementRecord m;
        m.id = q.value(0).toLongLong();
        m.shiftId = q.value(1).toLongLong();
        m.cashIn = q.value(2).toString() == QStringLiteral("in");
        m.amountKop = q.value(3).toLongLong();
        m.reason = q.value(4).toString();
        m.operatorId = q.value(5).toString();
        m.atUtc = QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs);
        out.push_back(m);
    }
    return out;
}

} // namespace pc::db
