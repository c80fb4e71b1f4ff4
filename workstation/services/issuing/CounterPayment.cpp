#include "CounterPayment.h"

#include <QCoreApplication>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcCounterPayment, "pc.services.payment")

namespace pc::services {

using acceptance::PaymentMethod;

Result<drivers::SaleApproval> CounterPayment::chargeCard(qint64 totalKop) const
{
    if (!m_terminal)
        return Error{QStringLiteral("payment.no_terminal"),
                     QCoreApplication::translate("Payment",
                                                 "No card terminal is configured at this counter: take "
                                                 "cash, or ask the administrator to set one up.")};
    auto paid = m_terminal->sale(totalKop, QStringLiteral("counter %1").arg(m_counterId), m_timeoutMs);
    if (!paid)
        return Error{paid.error().code, paid.error().message};
    return *paid;
}

Result<PaymentTaken> CounterPayment::take(const acceptance::PaymentChoice& choice, qint64 totalKop,
                                          const std::optional<drivers::SaleApproval>& preApproved,
                                          bool allowContract) const
{
    PaymentTaken t;
    t.method = choice.method;
    t.totalKop = totalKop;
    switch (choice.method) {
    case PaymentMethod::Cash: {
        auto tender = acceptance::tenderCash(totalKop, choice.tenderedKop.value_or(totalKop));
        if (!tender)
            return tender.error();
        t.tenderedKop = tender->tenderedKop;
        t.changeKop = tender->changeKop;
        return t;
    }
    case PaymentMethod::Contract:
        if (!allowContract)
            return Error{QStringLiteral("payment.method_not_allowed"),
                         QCoreApplication::translate("Payment",
                                                     "This payment cannot be made on a contract: take "
                                                     "cash or a card.")};
        return t;
    case PaymentMethod::Card:
        break;
    }
    if (totalKop == 0)
        return t;
    if (preApproved) {
        if (preApproved->amountKop != totalKop) {
            if (m_terminal)
                (void)m_terminal->cancel(preApproved->rrn, preApproved->amountKop);
            return Error{QStringLiteral("payment.amount_mismatch"),
                         QCoreApplication::translate("Payment",
                                                     "The card was charged %1 kopecks but %2 are due: the "
                                                     "charge was reversed, take the payment again.")
                             .arg(preApproved->amountKop)
                             .arg(totalKop)};
        }
        t.approval = *preApproved;
        return t;
    }
    auto paid = chargeCard(totalKop);
    if (!paid)
        return paid.error();
    t.approval = *paid;
    return t;
}

Error CounterPayment::reverse(const PaymentTaken& taken, const Error& why) const
{
    if (taken.approval && m_terminal) {
        auto cancelled = m_terminal->cancel(taken.approval->rrn, taken.approval->amountKop);
        if (!cancelled)
            qCWarning(lcCounterPayment)
                << "card payment" << taken.approval->rrn << "not reversed:" << cancelled.error().message;
        else
            qCInfo(lcCounterPayment) << "card payment" << taken.approval->rrn
                                     << "reversed after:" << why.code;
    }
    return why;
}

void CounterPayment::fillReceipt(const PaymentTaken& taken, db::ReceiptRecord& receipt)
{
    receipt.method = acceptance::paymentMethodName(taken.method);
    if (taken.method == PaymentMethod::Cash) {
        receipt.tenderedKop = taken.tenderedKop;
        receipt.changeKop = taken.changeKop;
    }
    if (taken.approval) {
        receipt.cardAuthCode = taken.approval->authCode;
        receipt.cardRrn = taken.approval->rrn;
        receipt.cardPan = taken.approval->maskedPan;
    }
}

} // namespace pc::services
