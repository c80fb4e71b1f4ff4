#pragma once
// The office daily report (Ф.130-style summary) across all counters for one local date: operations
// and revenue per counter and per kind, from the journal; the shifts closed that day with their cash.
// Uses the same conventions as ShiftReport.h, so the day's revenue equals the sum of the revenue of
// the shifts that lie within the day.
#include "ShiftReport.h"

#include <QDate>
#include <QJsonObject>

namespace pc::services {

struct CounterDayLine {
    QString counterId;
    qint64 operations = 0;
    qint64 itemsAccepted = 0;
    qint64 revenueKop = 0;
    qint64 codCollectedKop = 0;
};

struct OfficeDayReport {
    QDate date; // office local date
    int utcOffsetMin = 0;
    QDateTime fromUtc, toUtc;
    QList<CounterDayLine> counters;
    QList<OperationKindLine> byKind;
    CounterDayLine total; // counterId empty
    std::optional<int> vatRatePercent;
    std::optional<qint64> vatKop;
    QList<db::ShiftRecord> shiftsClosed;
};

Result<OfficeDayReport> buildOfficeDayReport(const db::Connection& c, const QDate& localDate,
                                             int utcOffsetMin, const ReportOptions& options = {});
QJsonObject officeDayReportJson(const OfficeDayReport& report);
QString officeDayReportCsv(const OfficeDayReport& report); // section,key,count,amount_kop,detail

} // namespace pc::services
