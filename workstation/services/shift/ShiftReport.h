#pragma once
// The shift report (X-report while the shift is open, Z-report once it is closed). Every figure is
// computed from the journal of operations (operation + item), the cash_movement and approval rows:
// nothing is kept on the side.
//
// Conventions: operation.amount_kop is what the customer paid in cash for that operation (a void,
// tracking 26, carries the reversed amount as a negative number); COD collected at hand-over is
// operation 63 (COD paid). Revenue is every payment except COD collected (that money belongs to the
// sender). Payments by card or on a contract are the receipts' (receipt.method); the rest was cash.
// Expected cash = float + cash in − cash out + all cash paid in the journal.
#include "db/Connection.h"
#include "db/shift/ApprovalRepository.h"
#include "db/shift/ShiftRepository.h"

#include <QDateTime>
#include <QList>
#include <optional>

namespace pc::services {

struct ReportOptions {
    // VAT rate (percent) included in the prices of the period; unset → VAT is not shown. The rate is
    // date-effective data (DOMAIN.md): the caller takes it from the tariff in force.
    std::optional<int> vatRatePercent;
};

struct OperationKindLine {
    int opType = 0;
    int opAttr = 0;
    QString kind; // "acceptance", "delivery", "return", "void", "cod_paid", … or "type.attr"
    qint64 count = 0;
    qint64 amountKop = 0;
};

struct ProductLine {
    std::optional<int> objectCode; // unknown product when the item has no object code
    qint64 count = 0;
    qint64 amountKop = 0;
};

struct ShiftReport {
    qint64 shiftId = 0;
    QString counterId;
    QString operatorId;
    QDateTime openedAtUtc;
    QDateTime untilUtc; // closed_at for a Z-report, "now" for an X-report
    bool final = false; // Z-report (shift closed)

    qint64 operationCount = 0;
    QList<OperationKindLine> byKind;
    QList<ProductLine> byProduct; // acceptances only: products sold
    qint64 itemsAccepted = 0;
    qint64 itemsIssued = 0;
    qint64 itemsReturned = 0;
    qint64 voids = 0;

    qint64 revenueKop = 0;
    std::optional<int> vatRatePercent;
    std::optional<qint64> vatKop; // included in revenueKop
    qint64 codCollectedKop = 0;
    qint64 cashPaymentsKop = 0;     // everything paid in cash: revenue + COD collected − card − contract
    qint64 cardPaymentsKop = 0;     // sale receipts paid by card, less card refunds
    qint64 contractPaymentsKop = 0; // business clients' contracts (nothing paid at the counter)

    qint64 floatKop = 0;
    qint64 cashInKop = 0;
    qint64 cashOutKop = 0;
    QList<db::CashMovementRecord> cashMovements;
    qint64 expectedCashKop = 0;
    std::optional<qint64> countedCashKop;
    std::optional<qint64> discrepancyKop; // counted − expected
    QString discrepancyReason;
    QString approvedBy;

    QList<db::ApprovalRecord> approvals;
};

QString operationKindName(int opType, int opAttr);

// The report of a shift over [opened_at, untilUtc). For a closed shift untilUtc is ignored.
Result<ShiftReport> buildShiftReport(const db::Connection& c, const db::ShiftRecord& shift,
                                     const QDateTime& untilUtc, const ReportOptions& options = {});

} // namespace pc::services
