#include "ShiftReport.h"

#include "db/sale/ReceiptRepository.h"
#include "db/shift/ShiftJournalQueries.h"
#include "domain/Money.h"

#include <QMap>

namespace pc::services {

namespace {
constexpr int kAcceptance = 1;
constexpr int kDelivery = 2;
constexpr int kReturn = 3;
constexpr int kCancellation = 26;
constexpr int kCodPaid = 63;
} // namespace

QString operationKindName(int opType, int opAttr)
{
    switch (opType) {
    case kAcceptance:
        return QStringLiteral("acceptance");
    case kDelivery:
        return QStringLiteral("delivery");
    case kReturn:
        return QStringLiteral("return");
    case 8:
        return QStringLiteral("processing");
    case kCancellation:
        return QStringLiteral("void");
    case 44:
        return QStringLiteral("refused_at_acceptance");
    case kCodPaid:
        return QStringLiteral("cod_paid");
    default:
        return QStringLiteral("%1.%2").arg(opType).arg(opAttr);
    }
}

Result<ShiftReport> buildShiftReport(const db::Connection& c, const db::ShiftRecord& shift,
                                     const QDateTime& untilUtc, const ReportOptions& options)
{
    ShiftReport r;
    r.shiftId = shift.id;
    r.counterId = shift.counterId;
    r.operatorId = shift.operatorId;
    r.openedAtUtc = shift.openedAtUtc;
    r.final = !shift.isOpen();
    r.untilUtc = r.final ? shift.closedAtUtc : untilUtc;
    r.floatKop = shift.floatKop;

    auto groups = db::journalGroups(c, shift.counterId, shift.openedAtUtc, r.untilUtc);
    if (!groups)
        return groups.error();
    QMap<std::pair<int, int>, OperationKindLine> kinds;
    QMap<int, ProductLine> products; // key: object code, -1 for unknown
    for (const db::JournalGroup& g : *groups) {
        OperationKindLine& k = kinds[{g.opType, g.opAttr}];
        k.opType = g.opType;
        k.opAttr = g.opAttr;
        k.kind = operationKindName(g.opType, g.opAttr);
        k.count += g.count;
        k.amountKop += g.amountKop;
        r.operationCount += g.count;
        r.cashPaymentsKop += g.amountKop;
        switch (g.opType) {
        case kAcceptance: {
            r.itemsAccepted += g.count;
            ProductLine& p = products[g.objectCode.value_or(-1)];
            p.objectCode = g.objectCode;
            p.count += g.count;
            p.amountKop += g.amountKop;
            break;
        }
        case kDelivery:
            r.itemsIssued += g.count;
            break;
        case kReturn:
            r.itemsReturned += g.count;
            break;
        case kCancellation:
            r.voids += g.count;
            break;
        default:
            break;
        }
        if (g.opType == kCodPaid)
            r.codCollectedKop += g.amountKop;
        else
            r.revenueKop += g.amountKop;
    }
    auto methods = db::ReceiptRepository(c).totalsByMethod(shift.counterId, shift.openedAtUtc, r.untilUtc);
    if (!methods)
        return methods.error();
    r.cardPaymentsKop = methods->value(QStringLiteral("card"));
    r.contractPaymentsKop = methods->value(QStringLiteral("contract"));
    r.cashPaymentsKop -= r.cardPaymentsKop + r.contractPaymentsKop;
    r.byKind = kinds.values();
    r.byProduct = products.values();

    if (options.vatRatePercent && *options.vatRatePercent >= 0) {
        r.vatRatePercent = options.vatRatePercent;
        // VAT included in a gross amount: gross × rate / (100 + rate), rounded half away from zero.
        auto vat =
            Money::fromKopecks(r.revenueKop).scaled(*options.vatRatePercent, 100 + *options.vatRatePercent);
        if (!vat)
            return vat.error();
        r.vatKop = vat->kopecks();
    }

    auto moves = db::ShiftRepository(c).cashMovements(shift.id);
    if (!moves)
        return moves.error();
    r.cashMovements = *moves;
    for (const auto& m : r.cashMovements)
        (m.cashIn ? r.cashInKop : r.cashOutKop) += m.amountKop;
    r.expectedCashKop = r.floatKop + r.cashInKop - r.cashOutKop + r.cashPaymentsKop;

    if (r.final) {
        r.countedCashKop = shift.countedKop;
        if (shift.countedKop && shift.expectedKop)
            r.discrepancyKop = *shift.countedKop - *shift.expectedKop;
        r.discrepancyReason = shift.discrepancyReason;
        r.approvedBy = shift.approvedBy;
    }

    auto approvals = db::ApprovalRepository(c).forShift(shift.id);
    if (!approvals)
        return approvals.error();
    r.approvals = *approvals;
    return r;
}

} // namespace pc::services
