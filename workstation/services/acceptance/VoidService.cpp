#include "VoidService.h"

#include "AcceptanceRecorder.h"
#include "db/ItemRepository.h"
#include "db/Transaction.h"
#include "db/sale/ReceiptRepository.h"
#include "drivers/payment/PaymentTerminal.h"
#include "services/printing/PrintQueueService.h"
#include "services/shift/OperatorService.h"
#include "services/shift/ShiftService.h"

#include <QCoreApplication>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcVoid, "pc.services.void")

namespace pc::services {

Result<VoidResult> VoidService::voidItem(const VoidRequest& r)
{
    if (r.reason.trimmed().isEmpty())
        return Error{QStringLiteral("void.reason"),
                     QCoreApplication::translate("Void",
                                                 "Say why the item is voided: the reason is kept with "
                                                 "the reversal.")};
    auto state = m_shifts.state(m_ctx.counterId);
    if (!state)
        return state.error();
    if (!state->shift)
        return Error{QStringLiteral("shift.none"),
                     QCoreApplication::translate("Void",
                                                 "No shift is open at this counter: an item can only be "
                                                 "voided within the shift it was accepted in.")};
    auto found = db::ItemRepository(m_c).find(r.itemId);
    if (!found)
        return found.error();
    if (!*found)
        return Error{QStringLiteral("void.unknown_item"),
                     QCoreApplication::translate("Void", "Item %1 was not accepted here.").arg(r.itemId)};
    const db::ItemRecord item = **found;
    if (item.status != u"accepted")
        return Error{
            QStringLiteral("void.not_accepted"),
            QCoreApplication::translate("Void", "Item %1 is %2: only an accepted item can be voided.")
                .arg(item.id, item.status)};
    if (item.counterId != m_ctx.counterId || item.acceptedAtUtc < state->shift->openedAtUtc)
        return Error{QStringLiteral("void.other_shift"),
                     QCoreApplication::translate("Void",
                                                 "Item %1 was accepted in another shift or at another "
                                                 "counter: it cannot be voided here. Use a return instead.")
                         .arg(item.id)};

    ApprovalRequest approval;
    approval.action = ApprovalAction::Void;
    approval.requestedBy = m_ctx.operatorId;
    approval.supervisorId = r.supervisorId;
    approval.supervisorPassword = r.supervisorPassword;
    approval.subject = item.id;
    approval.reason = r.reason;
    approval.shiftId = state->shift->id;
    // Authenticated before the transaction so failed attempts count even when nothing is voided.
    auto supervisor = m_operators.authenticateApprover(approval);
    if (!supervisor)
        return supervisor.error();

    db::ReceiptRepository receipts(m_c);
    std::optional<db::ReceiptRecord> sale;
    if (item.receiptId) {
        auto rec = receipts.get(*item.receiptId);
        if (!rec)
            return rec.error();
        sale = *rec;
    }
    const QString method = sale ? sale->method : QStringLiteral("cash");
    // A card payment goes back to the card first: if the terminal refuses, nothing is voided.
    if (method == u"card" && item.totalKop > 0) {
        if (!m_terminal)
            return Error{QStringLiteral("payment.no_terminal"),
                         QCoreApplication::translate("Void",
                                                     "The item was paid by card and no card terminal is "
                                                     "configured: the refund cannot be made here.")};
        if (auto back = m_terminal->cancel(sale->cardRrn, item.totalKop); !back)
            return Error{back.error().code, back.error().message};
    }

    const QDateTime now = m_clock.nowUtc();
    auto tx = db::Transaction::begin(m_c);
    if (!tx)
        return tx.error();
    if (auto st = db::ItemRepository(m_c).markVoided(item.id, now); !st)
        return st.error();
    // The refund receipt (a sale receipt exists for every item sold through SaleService; items recorded
    // without one — imports, older rows — are reversed in the journal only).
    std::optional<qint64> refundId;
    qint64 refundNumber = 0;
    db::ReceiptRecord refund;
    if (sale) {
        auto number = receipts.nextNumber(m_ctx.counterId);
        if (!number)
            return number.error();
        refundNumber = *number;
        refund.counterId = m_ctx.counterId;
        refund.number = *number;
        refund.kind = QStringLiteral("refund");
        refund.refundOf = sale->id;
        refund.shiftId = state->shift->id;
        refund.operatorId = m_ctx.operatorId;
        refund.totalKop = item.totalKop;
        refund.method = method;
        refund.contract = sale->contract;
        refund.cardRrn = sale->cardRrn;
        refund.createdAtUtc = now;
        // The item's lines: the one carrying its id and the service lines after it.
        bool mine = false;
        for (const auto& l : sale->lines) {
            if (!l.itemId.isEmpty())
                mine = l.itemId == item.id;
            if (!mine)
                continue;
            db::ReceiptLineRecord line = l;
            line.lineNo = int(refund.lines.size()) + 1;
            refund.lines << line;
            refund.vatKop += l.vatKop;
        }
        auto id = receipts.insert(refund);
        if (!id)
            return id.error();
        refundId = *id;
        refund.id = *id;
    }

    ItemToRecord reversal;
    reversal.id = ItemId{item.kind, item.id};
    reversal.op = r.sendersRequest ? TrackingOperation{26, 1} : op::CancelledOperatorError;
    reversal.objectCode = item.objectCode;
    reversal.totalKop = -item.totalKop;
    auto recorded = recordOperation(m_c, m_ctx, now, reversal);
    if (!recorded)
        return recorded.error();
    approval.subject = QStringLiteral("%1 (operation %2)").arg(item.id).arg(recorded->operationId);
    auto approvalId = m_operators.recordApproval(approval, *supervisor);
    if (!approvalId)
        return approvalId.error();

    VoidResult out{item.id,
                   recorded->operationId,
                   refundId.value_or(0),
                   refundNumber,
                   item.totalKop,
                   method,
                   *approvalId,
                   0};
    if (refundId) {
        auto job = recordPlannedDocument(
            m_c, m_printers, receiptDocument(refund, m_office, state->shift->id, m_ctx.utcOffsetMin),
            recorded->operationId);
        if (!job)
            return job.error();
        out.receiptJob = *job;
    }
    if (auto st = tx->commit(); !st)
        return st.error();
    qCInfo(lcVoid) << "voided" << item.id << "operation" << recorded->operationId << "approved by"
                   << r.supervisorId;
    if (m_queue && out.receiptJob)
        m_queue->dispatch(out.receiptJob);
    return out;
}

} // namespace pc::services
