#pragma once
// How the customer pays for an acceptance: cash (with change), card, or the client's contract.
#include "domain/Result.h"

#include <QString>
#include <cstdint>
#include <optional>

namespace pc::acceptance {

enum class PaymentMethod { Cash, Card, Contract };

QString paymentMethodName(PaymentMethod method); // "cash" / "card" / "contract"
std::optional<PaymentMethod> paymentMethodFromName(QStringView name);

struct CashTender {
    std::int64_t totalKop = 0;
    std::int64_t tenderedKop = 0;
    std::int64_t changeKop = 0;
};

// Refuses a tender below the total ("payment.insufficient") and negative amounts.
Result<CashTender> tenderCash(std::int64_t totalKop, std::int64_t tenderedKop);

struct PaymentChoice {
    PaymentMethod method = PaymentMethod::Cash;
    std::optional<std::int64_t> tenderedKop; // cash only; nullopt = the exact amount
};

// The CLI syntax: "cash" (exact amount), "cash:700", "cash:700.50", "cash:700,50", "card", "contract".
Result<PaymentChoice> parsePaymentChoice(const QString& text);

} // namespace pc::acceptance
