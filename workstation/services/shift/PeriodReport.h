#pragma once
// The period report for the head of office: every counter's operations over a range of office-local
// dates, per day and per hour of the day (the busy hours), with money by payment method and by
// product. Same conventions as ShiftReport.h: revenue is every payment but COD collected; card and
// contract are the receipts'; cash is the rest of what was paid. Figures come from the journal.
// Hours are office-local: the offset is taken as whole hours (every Russian zone is).
#include "ShiftReport.h"

#include <QDate>
#include <QJsonObject>
#include <QMap>
#include <array>

namespace pc::services {

struct PeriodBucket {
    qint64 operations = 0;
    qint64 itemsAccepted = 0;
    qint64 revenueKop = 0;
    qint64 codCollectedKop = 0;
    qint64 cashKop = 0; // revenue + COD collected − card − contract
    qint64 cardKop = 0;
    qint64 contractKop = 0;
    QMap<int, ProductLine> products; // acceptances by object code (−1: unknown)
};

struct PeriodReport {
    QDate from, to; // inclusive, office-local
    int utcOffsetMin = 0;
    QDateTime fromUtc, toUtc;
    QMap<QDate, PeriodBucket> days;       // every date of the range, empty days included
    std::array<PeriodBucket, 24> hours{}; // by local hour of the day, summed over the period
    QList<OperationKindLine> byKind;
    PeriodBucket total;
    std::optional<int> vatRatePercent;
    std::optional<qint64> vatKop;
};

constexpr int kMaxPeriodDays = 3 * 366; // a report is for a year, not a decade

Result<PeriodReport> buildPeriodReport(const db::Connection& c, const QDate& from, const QDate& to,
                                       int utcOffsetMin, const ReportOptions& options = {});
QJsonObject periodReportJson(const PeriodReport& report);
// section,key,count,amount_kop,detail: one row per day, hour, product and method, as the others.
QString periodReportCsv(const PeriodReport& report);

} // namespace pc::services
