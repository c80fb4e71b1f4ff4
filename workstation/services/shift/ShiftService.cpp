#include "ShiftService.h"

#include "db/Transaction.h"
#include "db/journal/JournalRepository.h"
#include "db/shift/ShiftRepository.h"
#include "domain/Money.h"

#include <QCoreApplication>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcShift, "pc.shift")

namespace pc::services {

namespace {

QString rub(qint64 kop)
{
    return Money::fromKopecks(kop).format(NumberStyle::Russian);
}

Error noShift(const QString& counterId)
{
    return {QStringLiteral("shift.none"),
            QCoreApplication::translate(
                "Shift", "Counter %1 has no open shift: open a shift (count the float) before working.")
                .arg(counterId)};
}
} // namespace

ShiftState ShiftService::stateOf(const db::ShiftRecord& shift) const
{
    ShiftState s;
    s.shift = shift;
    s.ageSecs = shift.openedAtUtc.secsTo(m_clock.nowUtc());
    const qint64 left = m_policy.maxDurationSecs - s.ageSecs;
    s.overLimit = left <= 0;
    s.nearLimit = !s.overLimit && left <= m_policy.warnBeforeSecs;
    if (s.overLimit)
        s.warning =
            QCoreApplication::translate(
                "Shift", "Shift %1 has been open for more than %2 hours: close it now; no further operations "
                         "are allowed in it.")
                .arg(shift.id)
                .arg(m_policy.maxDurationSecs / 3600);
    else if (s.nearLimit)
        s.warning =
            QCoreApplication::translate(
                "Shift", "Shift %1 reaches its %2-hour limit in %3 minutes: count the cash and close it.")
                .arg(shift.id)
                .arg(m_policy.maxDurationSecs / 3600)
                .arg((left + 59) / 60);
    return s;
}

Result<db::ShiftRecord> ShiftService::open(const QString& counterId, const QString& operatorId,
                                           qint64 floatKop)
{
    if (floatKop < 0)
        return Error{QStringLiteral("shift.float"),
                     QCoreApplication::translate("Shift", "The float cannot be negative.")};
    auto op = db::OperatorRepository(m_c).find(operatorId);
    if (!op)
        return op.error();
    if (!*op || !(*op)->active)
        return Error{QStringLiteral("operator.unknown"),
                     QCoreApplication::translate(
                         "Shift", "There is no active operator %1: an administrator adds it first.")
                         .arg(operatorId)};
    auto tx = db::Transaction::begin(m_c);
    if (!tx)
        return tx.error();
    db::ShiftRepository repo(m_c);
    auto current = repo.openShift(counterId);
    if (!current)
        return current.error();
    if (*current)
        return Error{
            QStringLiteral("shift.already_open"),
            QCoreApplication::translate(
                "Shift",
                "Counter %1 already has shift %2 open since %3 UTC: close it before opening a new one.")
                .arg(counterId)
                .arg((*current)->id)
                .arg((*current)->openedAtUtc.toString(QStringLiteral("yyyy-MM-dd HH:mm")))};
    db::ShiftRecord s;
    s.counterId = counterId;
    s.operatorId = operatorId;
    s.openedAtUtc = m_clock.nowUtc();
    s.floatKop = floatKop;
    auto id = repo.open(s);
    if (!id)
        return id.error();
    if (auto st = tx->commit(); !st)
        return st.error();
    s.id = *id;
    qCInfo(lcShift) << "shift" << s.id << "opened at counter" << counterId << "by" << operatorId << "float"
                    << floatKop;
    return s;
}

Result<ShiftState> ShiftService::state(const QString& counterId) const
{
    auto open = db::ShiftRepository(m_c).openShift(counterId);
    if (!open)
        return open.error();
    if (!*open)
        return ShiftState{};
    return stateOf(**open);
}

Status ShiftService::requireOpenShift(const QString& counterId) const
{
    auto s = state(counterId);
    if (!s)
        return s.error();
    if (!s->shift)
        return noShift(counterId);
    if (s->overLimit)
        return Error{QStringLiteral("shift.expired"), s->warning};
    if (s->nearLimit)
        qCWarning(lcShift) << s->warning;
    return {};
}

Result<db::ShiftRecord> ShiftService::changeableShift(qint64 shiftId) const
{
    auto found = db::ShiftRepository(m_c).find(shiftId);
    if (!found)
        return found.error();
    if (!*found)
        return Error{QStringLiteral("shift.unknown"),
                     QCoreApplication::translate("Shift", "There is no shift %1.").arg(shiftId)};
    if (!(*found)->isOpen() || (*found)->sealed)
        return Error{
            QStringLiteral("shift.sealed"),
            QCoreApplication::translate(
                "Shift",
                "Shift %1 is closed and sealed: it cannot be changed. Record a correction in a new shift.")
                .arg(shiftId)};
    return **found;
}

Result<qint64> ShiftService::moveCash(qint64 shiftId, bool cashIn, qint64 amountKop, const QString& reason,
                                      const QString& operatorId)
{
    if (amountKop <= 0)
        return Error{QStringLiteral("cash.amount"),
                     QCoreApplication::translate("Shift", "Enter an amount greater than zero.")};
    if (reason.trimmed().isEmpty())
        return Error{QStringLiteral("cash.reason"),
                     QCoreApplication::translate(
                         "Shift", "Say why the cash is moved (e.g. \"to the head of office\").")};
    auto tx = db::Transaction::begin(m_c);
    if (!tx)
        return tx.error();
    auto shift = changeableShift(shiftId);
    if (!shift)
        return shift.error();
    const ShiftState st = stateOf(*shift);
    if (st.overLimit)
        return Error{QStringLiteral("shift.expired"), st.warning};
    if (!cashIn) {
        auto x = buildShiftReport(m_c, *shift, m_clock.nowUtc(), m_reportOptions);
        if (!x)
            return x.error();
        if (amountKop > x->expectedCashKop)
            return Error{
                QStringLiteral("cash.insufficient"),
                QCoreApplication::translate("Shift", "The drawer should hold %1: %2 cannot be taken out.")
                    .arg(rub(x->expectedCashKop), rub(amountKop))};
    }
    db::CashMovementRecord m;
    m.shiftId = shiftId;
    m.cashIn = cashIn;
    m.amountKop = amountKop;
    m.reason = reason.trimmed();
    m.operatorId = operatorId;
    m.atUtc = m_clock.nowUtc();
    auto id = db::ShiftRepository(m_c).addCashMovement(m);
    if (!id)
        return id.error();
    if (auto c = tx->commit(); !c)
        return c.error();
    qCInfo(lcShift) << "cash" << (cashIn ? "in" : "out") << amountKop << "shift" << shiftId << m.reason;
    return id;
}

Result<qint64> ShiftService::cashIn(qint64 shiftId, qint64 amountKop, const QString& reason,
                                    const QString& operatorId)
{
    return moveCash(shiftId, true, amountKop, reason, operatorId);
}

Result<qint64> ShiftService::cashOut(qint64 shiftId, qint64 amountKop, const QString& reason,
                                     const QString& operatorId)
{
    return moveCash(shiftId, false, amountKop, reason, operatorId);
}

Result<ShiftReport> ShiftService::xReport(const QString& counterId) const
{
    auto open = db::ShiftRepository(m_c).openShift(counterId);
    if (!open)
        return open.error();
    if (!*open)
        return noShift(counterId);
    return buildShiftReport(m_c, **open, m_clock.nowUtc(), m_reportOptions);
}

Result<ShiftReport> ShiftService::report(qint64 shiftId) const
{
    auto found = db::ShiftRepository(m_c).find(shiftId);
    if (!found)
        return found.error();
    if (!*found)
        return Error{QStringLiteral("shift.unknown"),
                     QCoreApplication::translate("Shift", "There is no shift %1.").arg(shiftId)};
    return buildShiftReport(m_c, **found, m_clock.nowUtc(), m_reportOptions);
}

Result<CloseResult> ShiftService::close(qint64 shiftId, const CloseRequest& r)
{
    auto byCount = r.count.total();
    if (!byCount)
        return byCount.error();
    if (r.countedTotalKop && !r.count.pieces.isEmpty() && *r.countedTotalKop != *byCount)
        return Error{
            QStringLiteral("cash.count_mismatch"),
            QCoreApplication::translate("Shift", "The denominations add up to %1, not %2: count again.")
                .arg(rub(*byCount), rub(*r.countedTotalKop))};
    if (r.count.pieces.isEmpty() && !r.countedTotalKop)
        return Error{QStringLiteral("cash.not_counted"),
                     QCoreApplication::translate("Shift", "Count the cash in the drawer before closing.")};
    const qint64 counted = r.count.pieces.isEmpty() ? *r.countedTotalKop : *byCount;
    if (counted < 0)
        return Error{QStringLiteral("cash.count"),
                     QCoreApplication::translate("Shift", "The counted cash cannot be negative.")};

    auto shift = changeableShift(shiftId);
    if (!shift)
        return shift.error();
    const QDateTime now = m_clock.nowUtc();
    // A clock gone back would close the shift before its own operations and miscount the drawer.
    if (auto st = db::JournalRepository(m_c).requireClockNotBehind(shift->counterId, now); !st)
        return st.error();
    auto x = buildShiftReport(m_c, *shift, now, m_reportOptions);
    if (!x)
        return x.error();
    const qint64 discrepancy = counted - x->expectedCashKop;

    ApprovalRequest approval;
    std::optional<db::OperatorRecord> approver;
    if (discrepancy != 0) {
        if (r.reason.trimmed().isEmpty())
            return Error{
                QStringLiteral("shift.discrepancy_reason"),
                QCoreApplication::translate(
                    "Shift", "The drawer holds %1 but should hold %2 (difference %3): write the reason.")
                    .arg(rub(counted), rub(x->expectedCashKop), rub(discrepancy))};
        if (r.supervisorId.isEmpty())
            return Error{
                QStringLiteral("shift.discrepancy_needs_supervisor"),
                QCoreApplication::translate(
                    "Shift",
                    "The drawer holds %1 but should hold %2 (difference %3): a supervisor must approve "
                    "closing with a discrepancy.")
                    .arg(rub(counted), rub(x->expectedCashKop), rub(discrepancy))};
        approval.action = ApprovalAction::CloseWithDiscrepancy;
        approval.requestedBy = r.operatorId.isEmpty() ? shift->operatorId : r.operatorId;
        approval.supervisorId = r.supervisorId;
        approval.supervisorPassword = r.supervisorPassword;
        approval.subject = QStringLiteral("shift:%1 discrepancy_kop:%2").arg(shiftId).arg(discrepancy);
        approval.reason = r.reason.trimmed();
        approval.shiftId = shiftId;
        // Outside the transaction: a wrong supervisor password must count towards the lockout.
        auto sup = m_operators.authenticateApprover(approval);
        if (!sup)
            return sup.error();
        approver = *sup;
    }

    auto tx = db::Transaction::begin(m_c);
    if (!tx)
        return tx.error();
    if (approver)
        if (auto id = m_operators.recordApproval(approval, *approver); !id)
            return id.error();
    db::ShiftClosing closing;
    closing.closedAtUtc = now;
    closing.countedKop = counted;
    closing.countedDetail = r.count.pieces.isEmpty() ? QString() : r.count.toJson();
    closing.expectedKop = x->expectedCashKop;
    if (approver) {
        closing.discrepancyReason = approval.reason;
        closing.approvedBy = approver->id;
    }
    if (auto st = db::ShiftRepository(m_c).close(shiftId, closing); !st)
        return st.error();
    if (auto st = tx->commit(); !st)
        return st.error();
    qCInfo(lcShift) << "shift" << shiftId << "closed: expected" << x->expectedCashKop << "counted" << counted;

    auto sealed = db::ShiftRepository(m_c).find(shiftId);
    if (!sealed)
        return sealed.error();
    auto z = buildShiftReport(m_c, **sealed, now, m_reportOptions);
    if (!z)
        return z.error();
    return CloseResult{**sealed, *z};
}

} // namespace pc::services
