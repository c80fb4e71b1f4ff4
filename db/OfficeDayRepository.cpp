#include "OfficeDayRepository.h"

#include "SqlError.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace pc::db {

Result<QStringList> OfficeDayRepository::countersWithOpenShift(const QString& officePostcode) const
{
    QSqlQuery q(m_c.db());
    q.prepare(
        QStringLiteral("SELECT DISTINCT s.counter_id FROM shift s JOIN counter c ON c.id = s.counter_id "
                       "WHERE c.office_postcode = ? AND s.closed_at IS NULL ORDER BY s.counter_id"));
    q.addBindValue(officePostcode);
    if (!q.exec())
        return sqlError(q, QStringLiteral("looking for open shifts"));
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

Status OfficeDayRepository::lockForClose(const QString& officePostcode)
{
    if (m_c.dialect() == Dialect::Postgres) {
        QSqlQuery q(m_c.db());
        q.prepare(QStringLiteral("SELECT id FROM counter WHERE office_postcode = ? ORDER BY id FOR UPDATE"));
        q.addBindValue(officePostcode);
        if (!q.exec())
            return sqlError(q, QStringLiteral("closing the office day"));
    }
    auto open = countersWithOpenShift(officePostcode);
    if (!open)
        return open.error();
    if (!open->isEmpty())
        return Error{QStringLiteral("office_day.shift_open"),
                     QCoreApplication::translate("Shift", "The office day cannot be closed: the shift at "
                                                          "counter %1 is still open. Close it first.")
                         .arg(open->join(QStringLiteral(", ")))};
    return {};
}

Result<std::optional<QDateTime>> OfficeDayRepository::closedAt(const QString& officePostcode, QDate day) const
{
    QSqlQuery q(m_c.db());
    q.prepare(QStringLiteral("SELECT closed_at FROM office_day WHERE office_postcode = ? AND day = ?"));
    q.addBindValue(officePostcode);
    q.addBindValue(day.toString(Qt::ISODate));
    if (!q.exec())
        return sqlError(q, QStringLiteral("reading the office day"));
    if (!q.next())
        return std::optional<QDateTime>{};
    return std::optional<QDateTime>(QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs));
}

Status OfficeDayRepository::recordClosed(const QString& officePostcode, QDate day, const QDateTime& atUtc,
                                         const QString& operatorId, const QByteArray& reportJson)
{
    // Looked up first: on PostgreSQL a failed INSERT would abort the caller's transaction.
    auto closed = closedAt(officePostcode, day);
    if (!closed)
        return closed.error();
    if (*closed)
        return Error{QStringLiteral("office_day.closed"),
                     QCoreApplication::translate("Shift", "The office day %1 was already closed at %2 (UTC).")
                         .arg(day.toString(QStringLiteral("dd.MM.yyyy")),
                              (*closed)->toString(QStringLiteral("HH:mm")))};
    QSqlQuery q(m_c.db());
    q.prepare(QStringLiteral("INSERT INTO office_day (office_postcode, day, closed_at, closed_by, report) "
                             "VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(officePostcode);
    q.addBindValue(day.toString(Qt::ISODate));
    q.addBindValue(atUtc.toUTC().toString(Qt::ISODateWithMs));
    q.addBindValue(operatorId);
    q.addBindValue(QString::fromUtf8(reportJson));
    if (!q.exec())
        return sqlError(q, QStringLiteral("closing the office day"));
    return {};
}

} // namespace pc::db
