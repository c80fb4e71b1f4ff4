#include "OfficeCalendar.h"

namespace pc::storage {

void OfficeCalendar::setDay(QDate day, bool working)
{
    if (day.isValid())
        m_exceptions.insert(day, working);
}

bool OfficeCalendar::isWorkingDay(QDate day) const
{
    if (const auto it = m_exceptions.constFind(day); it != m_exceptions.constEnd())
        return it.value();
    return day.dayOfWeek() <= 5;
}

QDate OfficeCalendar::nextWorkingDay(QDate day) const
{
    // A year is a generous bound: a misconfigured calendar with no working day must not loop forever.
    for (int i = 1; i <= 366; ++i) {
        const QDate d = day.addDays(i);
        if (isWorkingDay(d))
            return d;
    }
    return {};
}

} // namespace pc::storage
