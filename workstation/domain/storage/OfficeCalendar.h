#pragma once
// The office's working days: Monday to Friday unless the calendar says otherwise (a holiday on a
// weekday, a working Saturday or Sunday when the government moves a day off). Storage periods are
// counted from the working day after arrival, so they depend on it.
#include <QDate>
#include <QHash>

namespace pc::storage {

class OfficeCalendar {
public:
    // An exception to the Monday–Friday rule: working = false for a holiday, true for a working weekend day.
    void setDay(QDate day, bool working);
    void addHoliday(QDate day) { setDay(day, false); }
    void addWorkingWeekendDay(QDate day) { setDay(day, true); }

    bool isWorkingDay(QDate day) const;
    // The first working day strictly after day; an invalid date when none in the next 366 days.
    QDate nextWorkingDay(QDate day) const;

private:
    QHash<QDate, bool> m_exceptions;
};

} // namespace pc::storage
