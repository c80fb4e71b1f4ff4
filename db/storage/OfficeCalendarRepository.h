#pragma once
// The office's exceptions to the Monday–Friday week (holidays, working weekend days).
#include "db/Connection.h"
#include "domain/storage/OfficeCalendar.h"

#include <QList>

namespace pc::db {

struct CalendarDay {
    QDate day;
    bool working = false;
    QString note;
};

class OfficeCalendarRepository {
public:
    explicit OfficeCalendarRepository(const Connection& c) : m_c(c) {}

    Status set(const CalendarDay& day); // insert or replace
    Status remove(QDate day);
    Result<QList<CalendarDay>> list() const;
    Result<storage::OfficeCalendar> load() const;

private:
    const Connection& m_c;
};

} // namespace pc::db
