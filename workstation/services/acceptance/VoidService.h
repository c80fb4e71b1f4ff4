#pragma once
// Voiding an accepted item within the shift it was accepted in: a supervisor approves with a reason,
// and ONE transaction records a reversal (tracking 26.2 operator error or 26.1 sender's request, the
// amount negative in the journal), the refund receipt, the cancellation event for the outbox and the
// approval. Nothing is deleted: the item stays, marked voided. A card payment is reversed on the
// terminal first; cash goes back from the drawer (the refund receipt says so).
#include "AcceptanceDocuments.h"
#include "db/Connection.h"
#include "domain/Clock.h"
#include "domain/TrackingOperation.h"
#include "services/CounterContext.h"

namespace pc::drivers {
class PaymentTerminal;
}

namespace pc::services {

class ShiftService;
class OperatorService;
class PrinterRegistry;
class PrintQueueService;

struct VoidRequest {
    QString itemId;
    QString reason;
    bool sendersRequest = false; // 26.1 instead of 26.2 (operator error)
    QString supervisorId;
    QString supervisorPassword;
};

struct VoidResult {
    QString itemId;
    qint64 operationId = 0;
    qint64 refundReceiptId = 0;
    qint64 refundReceiptNumber = 0;
    qint64 refundKop = 0;
    QString method;
    qint64 approvalId = 0;
    qint64 receiptJob = 0;
};

class VoidService {
public:
    VoidService(const db::Connection& c, const Clock& clock, CounterContext ctx, ShiftService& shifts,
                OperatorService& operators, OfficeInfo office)
        : m_c(c), m_clock(clock), m_ctx(std::move(ctx)), m_shifts(shifts), m_operators(operators),
          m_office(std::move(office))
    {}
    void setPaymentTerminal(drivers::PaymentTerminal* terminal) { m_terminal = terminal; }
    void setPrinting(PrinterRegistry* printers, PrintQueueService* queue)
    {
        m_printers = printers;
        m_queue = queue;
    }

    Result<VoidResult> voidItem(const VoidRequest& request);

private:
    const db::Connection& m_c;
    const Clock& m_clock;
    CounterContext m_ctx;
    ShiftService& m_shifts;
    OperatorService& m_operators;
    OfficeInfo m_office;
    drivers::PaymentTerminal* m_terminal = nullptr;
    PrinterRegistry* m_printers = nullptr;
    PrintQueueService* m_queue = nullptr;
};

} // namespace pc::services
