#include "OfficeCalendarRepository.h"

#include "db/Bind.h"
#include "db/SqlError.h"

#include <QSqlQuery>
#include <QVariant>

namespace pc::db {

Status OfficeCalendarRepository::set(const CalendarDay& d)
{
    QSqlQuery q(m_c.db());
    q.prepare(
        QStringLiteral("INSERT INTO office_calendar (day, working, note) VALUES (?, ?, ?) "
                       "ON CONFLICT (day) DO UPDATE SET working = excluded.working, note = excluded.note"));
    q.addBindValue(d.day.toString(Qt::ISODate));
    q.addBindValue(d.working ? 1 : 0);
    q.addBindValue(textValue(d.note));
    if (!q.exec())
        return sqlError(q, QStringLiteral("saving calendar day %1").arg(d.day.toString(Qt::ISODate)));
    return {};
}

Status OfficeCalendarRepository::remove(QDate day)
{
    QSqlQuery q(m_c.db());
    q.prepare(QStringLiteral("DELETE FROM office_calendar WHERE day = ?"));
    q.addBindValue(day.toString(Qt::ISODate));
    if (!q.exec())
        return sqlError(q, QStringLiteral("removing calendar day %1").arg(day.toString(Qt::ISODate)));
    return {};
}

Result<QList<CalendarDay>> OfficeCalendarRepository::list() const
{
    QSqlQuery q(m_c.db());
    if (!q.exec(QStringLiteral("SELECT day, working, note FROM office_calendar ORDER BY day")))
        return sqlError(q, QStringLiteral("reading the office calendar"));
    QList<CalendarDay> out;
    while (q.next())
        out.push_back({QDate::fromString(q.value(0).toString(), Qt::ISODate), q.value(1).toInt() != 0,
                       q.value(2).toString()});
    return out;
}

Result<storage::OfficeCalendar> OfficeCalendarRepository::load() const
{
    auto days = list();
    if (!days)
        return days.error();
    storage::OfficeCalendar cal;
    for (const auto& d : *days)
        cal.setDay(d.day, d.working);
    return cal;
}

} // namespace pc::db
