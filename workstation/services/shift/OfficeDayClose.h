#pragma once
// Closing the office day: once for the whole office, after the last window's shift is closed. One
// transaction locks the office's counters (no shift can open meanwhile), refuses while any shift is
// open or when the day is closed already, and keeps the day report's totals as they were.
#include "OfficeDayReport.h"
#include "db/Connection.h"
#include "domain/Clock.h"

namespace pc::services {

struct OfficeDayCloseRequest {
    QString officePostcode;
    QDate day; // office local date
    int utcOffsetMin = 180;
    QString operatorId;
    ReportOptions options;
};

Result<OfficeDayReport> closeOfficeDay(const db::Connection& c, const Clock& clock,
                                       const OfficeDayCloseRequest& request);

} // namespace pc::services
