#pragma once
// Taking the customer's money at the counter, the part every paid operation shares: a cash tender
// with change, or a card charged on the terminal before the transaction (or charged by the GUI on a
// worker thread and passed in) and reversed when the transaction fails afterwards.
#include "db/sale/ReceiptRepository.h"
#include "domain/acceptance/Payment.h"
#include "drivers/payment/PaymentTerminal.h"

#include <optional>

namespace pc::services {

struct PaymentTaken {
    acceptance::PaymentMethod method = acceptance::PaymentMethod::Cash;
    qint64 totalKop = 0;
    qint64 tenderedKop = 0;
    qint64 changeKop = 0;
    std::optional<drivers::SaleApproval> approval;
};

class CounterPayment {
public:
    CounterPayment(drivers::PaymentTerminal* terminal, int timeoutMs, QString counterId)
        : m_terminal(terminal), m_timeoutMs(timeoutMs), m_counterId(std::move(counterId))
    {}

    Result<drivers::SaleApproval> chargeCard(qint64 totalKop) const;
    // Cash: the tender is checked ("payment.insufficient"). Card: the pre-approval must be for exactly
    // the total ("payment.amount_mismatch", reversed), else the card is charged here, blocking.
    // Contract payments are refused ("payment.method_not_allowed") where allowContract is false.
    Result<PaymentTaken> take(const acceptance::PaymentChoice& choice, qint64 totalKop,
                              const std::optional<drivers::SaleApproval>& preApproved,
                              bool allowContract) const;
    // After a failed commit: reverses a card charge (logged when the terminal refuses) and returns why.
    Error reverse(const PaymentTaken& taken, const Error& why) const;
    // The receipt's payment fields.
    static void fillReceipt(const PaymentTaken& taken, db::ReceiptRecord& receipt);

private:
    drivers::PaymentTerminal* m_terminal;
    int m_timeoutMs;
    QString m_counterId;
};

} // namespace pc::services
