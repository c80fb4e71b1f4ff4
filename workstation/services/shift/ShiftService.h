#pragma once
// Cash shifts at a counter: one open shift per counter, at most 24 hours (a warning before the
// limit, a refusal of further operations after it; closing is always allowed), cash in and out with
// reasons, X-report at any time, close with the counted cash compared with the journal's figure.
// A discrepancy needs a reason and a supervisor's approval; a closed shift is sealed.
#include "CashCount.h"
#include "OperatorService.h"
#include "ShiftReport.h"
#include "db/Connection.h"
#include "domain/Clock.h"

#include <optional>

namespace pc::services {

struct ShiftPolicy {
    qint64 maxDurationSecs = 24 * 3600;
    qint64 warnBeforeSecs = 60 * 60; // warn during the last hour
};

struct ShiftState {
    std::optional<db::ShiftRecord> shift; // the open shift, if any
    qint64 ageSecs = 0;
    bool nearLimit = false; // warn the clerk: close soon
    bool overLimit = false; // no further operations: close now
    QString warning;        // translated, empty when nothing to say
};

struct CloseRequest {
    QString operatorId; // who closes (the clerk)
    CashCount count;    // by denomination; may be empty when countedTotalKop is given
    std::optional<qint64> countedTotalKop;
    QString reason; // required with a discrepancy
    QString supervisorId;
    QString supervisorPassword;
};

struct CloseResult {
    db::ShiftRecord shift;
    ShiftReport report; // the Z-report
};

class ShiftService {
public:
    ShiftService(const db::Connection& c, const Clock& clock, OperatorService& operators,
                 ShiftPolicy policy = {}, ReportOptions reportOptions = {})
        : m_c(c), m_clock(clock), m_operators(operators), m_policy(policy), m_reportOptions(reportOptions)
    {}

    Result<db::ShiftRecord> open(const QString& counterId, const QString& operatorId, qint64 floatKop);
    Result<ShiftState> state(const QString& counterId) const;
    // OK when the counter has an open shift within its 24 hours; otherwise "shift.none" or
    // "shift.expired" with a message telling the clerk what to do. Call before every operation.
    Status requireOpenShift(const QString& counterId) const;

    Result<qint64> cashIn(qint64 shiftId, qint64 amountKop, const QString& reason, const QString& operatorId);
    Result<qint64> cashOut(qint64 shiftId, qint64 amountKop, const QString& reason,
                           const QString& operatorId);

    // X-report of the counter's open shift up to now.
    Result<ShiftReport> xReport(const QString& counterId) const;
    // The report of any shift: Z-report when closed, X-report up to now when open.
    Result<ShiftReport> report(qint64 shiftId) const;
    Result<CloseResult> close(qint64 shiftId, const CloseRequest& request);

private:
    Result<db::ShiftRecord> changeableShift(qint64 shiftId) const;
    Result<qint64> moveCash(qint64 shiftId, bool cashIn, qint64 amountKop, const QString& reason,
                            const QString& operatorId);
    ShiftState stateOf(const db::ShiftRecord& shift) const;

    const db::Connection& m_c;
    const Clock& m_clock;
    OperatorService& m_operators;
    ShiftPolicy m_policy;
    ReportOptions m_reportOptions;
};

} // namespace pc::services
