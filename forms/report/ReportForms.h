#pragma once
// The shift report (X while open, Z when closed) and the office daily report. Their data is exactly
// the JSON of workstation/services/shift (shiftReportJson, officeDayReportJson), money in kopecks,
// plus an optional "office" name the caller may add. Russian only.
#include "forms/layout/JsonFields.h"
#include "forms/layout/Layout.h"

#include <optional>

namespace pc::forms {

struct ReportKindLine {
    QString kind; // "acceptance", "delivery", … or "type.attr"
    QString op;   // "1.0"
    qint64 count = 0;
    qint64 amountKop = 0;
};

struct ReportProductLine {
    QString objectCode; // "4", … or "unknown"
    qint64 count = 0;
    qint64 amountKop = 0;
};

struct ReportCashMove {
    QString kind; // "in" | "out"
    qint64 amountKop = 0;
    QString reason, operatorId, at;
};

struct ReportApproval {
    QString action, subject, requestedBy, approvedBy, reason, at;
};

struct ShiftReportData {
    QString report; // "X" | "Z"
    qint64 shift = 0;
    QString office, counter, operatorId, from, until;
    qint64 operations = 0, itemsAccepted = 0, itemsIssued = 0, itemsReturned = 0, voids = 0;
    qint64 revenueKop = 0, codCollectedKop = 0, cashPaymentsKop = 0;
    qint64 cardPaymentsKop = 0, contractPaymentsKop = 0; // optional in the data: 0 when absent
    std::optional<int> vatRatePercent;
    std::optional<qint64> vatKop;
    qint64 floatKop = 0, cashInKop = 0, cashOutKop = 0, expectedKop = 0;
    std::optional<qint64> countedKop, discrepancyKop;
    QString discrepancyReason, approvedBy;
    std::vector<ReportKindLine> byKind;
    std::vector<ReportProductLine> byProduct;
    std::vector<ReportCashMove> movements;
    std::vector<ReportApproval> approvals;
};

struct DayCounterLine {
    QString counter;
    qint64 operations = 0, itemsAccepted = 0, revenueKop = 0, codCollectedKop = 0;
};

struct DayShiftLine {
    qint64 shift = 0;
    QString counter, operatorId, approvedBy;
    qint64 expectedKop = 0, countedKop = 0;
};

struct DayReportData {
    QString date; // office local date, ISO
    int utcOffsetMin = 0;
    QString office;
    DayCounterLine total;
    std::optional<int> vatRatePercent;
    std::optional<qint64> vatKop;
    std::vector<DayCounterLine> counters;
    std::vector<ReportKindLine> byKind;
    std::vector<DayShiftLine> shifts;
};

struct PeriodLine {
    QString key; // date (ISO) or hour ("09")
    qint64 operations = 0, itemsAccepted = 0, revenueKop = 0, codCollectedKop = 0;
    qint64 cashKop = 0, cardKop = 0, contractKop = 0;
};

struct PeriodReportData {
    QString from, to; // office local dates, ISO
    int utcOffsetMin = 0;
    QString office;
    PeriodLine total;
    std::optional<int> vatRatePercent;
    std::optional<qint64> vatKop;
    std::vector<PeriodLine> days;
    std::vector<PeriodLine> hours; // 24, by local hour of the day
    std::vector<ReportProductLine> byProduct;
    std::vector<ReportKindLine> byKind;
};

struct ReturnsDayLine {
    QString code, order, item, counter;
    qint64 declaredKop = 0;
};

struct ReturnsDayShop {
    QString shop, contract;
    std::vector<ReturnsDayLine> items;
};

struct ReturnsDayData {
    QString date; // office local date, ISO
    QString office;
    std::vector<ReturnsDayShop> shops;
};

// All check that the totals agree with their rows (operations and payments by kind) and name the
// field when they do not.
Result<ShiftReportData> shiftReportFromJson(const QJsonObject& json);
Result<layout::Document> buildShiftReport(const ShiftReportData& data);
// The same report on 80 mm receipt paper (ESC/POS), one page as long as it needs.
Result<layout::Document> buildShiftReportSlip(const ShiftReportData& data);
Result<DayReportData> dayReportFromJson(const QJsonObject& json);
Result<layout::Document> buildDayReport(const DayReportData& data);
// The period report (periodReportJson of the shift area): totals, a chart of operations per hour of
// the day and of revenue per day (per month over long periods), tables per day, hour and product.
Result<PeriodReportData> periodReportFromJson(const QJsonObject& json);
Result<layout::Document> buildPeriodReport(const PeriodReportData& data);
// The day's easy returns per shop (returnsDayJson of the returns area): the counts must match the lists.
Result<ReturnsDayData> returnsDayFromJson(const QJsonObject& json);
Result<layout::Document> buildReturnsDay(const ReturnsDayData& data);

} // namespace pc::forms
