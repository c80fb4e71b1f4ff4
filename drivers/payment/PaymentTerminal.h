#pragma once
// A bank's card payment terminal (PIN pad) as the counter sees it: take a sale for an amount, reverse
// an approved sale, ask whether it is ready. Synchronous: a sale waits for the customer's card and
// PIN, so implementations block for up to the timeout and must never be called on the GUI thread.
#include "PaymentTerminalResult.h"

#include <QString>
#include <QtGlobal>

namespace pc::drivers {

struct SaleApproval {
    QString authCode;  // the issuer's authorisation code, printed on the receipt
    QString rrn;       // retrieval reference number (12 digits): identifies the sale for a cancel
    QString maskedPan; // "**** 1234"
    qint64 amountKop = 0;
};

class PaymentTerminal {
public:
    virtual ~PaymentTerminal() = default;
    // Charges amountKop (kopecks, > 0); reference is printed on the terminal's slip ("receipt 1-000123").
    // Fails with Declined, Timeout (after cancelling best-effort), Unavailable or ProtocolError.
    virtual PaymentTerminalResult<SaleApproval> sale(qint64 amountKop, const QString& reference,
                                                     int timeoutMs) = 0;
    // Reverses an approved sale (the commit after approval failed, or the clerk voids the receipt).
    virtual PaymentTerminalStatus cancel(const QString& rrn, qint64 amountKop) = 0;
    // Ok when the terminal is connected and idle.
    virtual PaymentTerminalStatus status() = 0;
    // host:port or similar, for messages and the devices page.
    virtual QString address() const = 0;
};

} // namespace pc::drivers
