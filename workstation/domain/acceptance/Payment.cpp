#include "domain/acceptance/Payment.h"

#include "domain/Money.h"

#include <QCoreApplication>

namespace pc::acceptance {

namespace {
QString rub(std::int64_t kop)
{
    return Money::fromKopecks(kop).format(NumberStyle::Russian);
}
} // namespace

QString paymentMethodName(PaymentMethod method)
{
    switch (method) {
    case PaymentMethod::Cash:
        return QStringLiteral("cash");
    case PaymentMethod::Card:
        return QStringLiteral("card");
    case PaymentMethod::Contract:
        return QStringLiteral("contract");
    }
    return {};
}

std::optional<PaymentMethod> paymentMethodFromName(QStringView name)
{
    for (PaymentMethod m : {PaymentMethod::Cash, PaymentMethod::Card, PaymentMethod::Contract})
        if (name.compare(paymentMethodName(m), Qt::CaseInsensitive) == 0)
            return m;
    return std::nullopt;
}

Result<CashTender> tenderCash(std::int64_t totalKop, std::int64_t tenderedKop)
{
    if (totalKop < 0 || tenderedKop < 0)
        return Result<CashTender>::fail(
            QStringLiteral("payment.negative"),
            QCoreApplication::translate("Payment", "Amounts cannot be negative (total %1, tendered %2).")
                .arg(rub(totalKop), rub(tenderedKop)));
    if (tenderedKop < totalKop)
        return Result<CashTender>::fail(
            QStringLiteral("payment.insufficient"),
            QCoreApplication::translate("Payment", "Tendered %1 is less than the total %2: take %3 more.")
                .arg(rub(tenderedKop), rub(totalKop), rub(totalKop - tenderedKop)));
    return CashTender{totalKop, tenderedKop, tenderedKop - totalKop};
}

Result<PaymentChoice> parsePaymentChoice(const QString& text)
{
    const QString t = text.trimmed();
    const qsizetype colon = t.indexOf(u':');
    const QString name = colon < 0 ? t : t.left(colon).trimmed();
    const auto method = paymentMethodFromName(name);
    if (!method)
        return Result<PaymentChoice>::fail(
            QStringLiteral("payment.method"),
            QCoreApplication::translate(
                "Payment", "Unknown payment \"%1\": use cash, cash:AMOUNT (e.g. cash:700,50), card "
                           "or contract.")
                .arg(t));
    PaymentChoice choice{*method, std::nullopt};
    if (colon < 0)
        return choice;
    if (*method != PaymentMethod::Cash)
        return Result<PaymentChoice>::fail(
            QStringLiteral("payment.amount_not_cash"),
            QCoreApplication::translate("Payment", "An amount can only be given for cash: use \"%1\" alone.")
                .arg(name));
    // Russian style accepts both "700,50" and "700.50" (a keypad's point is a decimal point).
    const auto amount = Money::parse(QStringView(t).mid(colon + 1), NumberStyle::Russian);
    if (!amount)
        return Result<PaymentChoice>::fail(
            QStringLiteral("payment.amount"),
            QCoreApplication::translate("Payment", "Tendered amount: %1").arg(amount.error().message));
    if (amount->isNegative())
        return Result<PaymentChoice>::fail(
            QStringLiteral("payment.amount"),
            QCoreApplication::translate("Payment", "The tendered amount cannot be negative."));
    choice.tenderedKop = amount->kopecks();
    return choice;
}

} // namespace pc::acceptance
