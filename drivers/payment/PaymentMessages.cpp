#include "PaymentMessages.h"

#include <QCoreApplication>

namespace pc::drivers {

namespace {

// The response codes a counter sees most (ISO 8583 field 39 as Russian acquirers use it).
QString reasonFor(const QString& code)
{
    if (code == QLatin1StringView("51"))
        return QCoreApplication::translate("PaymentTerminal", "insufficient funds");
    if (code == QLatin1StringView("54"))
        return QCoreApplication::translate("PaymentTerminal", "the card has expired");
    if (code == QLatin1StringView("55"))
        return QCoreApplication::translate("PaymentTerminal", "wrong PIN");
    if (code == QLatin1StringView("75"))
        return QCoreApplication::translate("PaymentTerminal", "too many wrong PIN attempts");
    if (code == QLatin1StringView("05"))
        return QCoreApplication::translate("PaymentTerminal", "refused by the bank");
    if (code == QLatin1StringView("14"))
        return QCoreApplication::translate("PaymentTerminal", "invalid card number");
    if (code == QLatin1StringView("41") || code == QLatin1StringView("43"))
        return QCoreApplication::translate("PaymentTerminal", "the card is blocked (lost or stolen)");
    if (code == QLatin1StringView("61"))
        return QCoreApplication::translate("PaymentTerminal", "the card's spending limit is exceeded");
    if (code == QLatin1StringView("91"))
        return QCoreApplication::translate("PaymentTerminal", "the card's bank does not answer");
    return {};
}

} // namespace

QString declineMessage(const QString& bankCode, const QString& terminalText)
{
    QString reason = reasonFor(bankCode);
    if (reason.isEmpty())
        reason = terminalText.isEmpty() ? QCoreApplication::translate("PaymentTerminal", "no reason given")
                                        : terminalText;
    if (bankCode == QLatin1StringView("55"))
        return QCoreApplication::translate("PaymentTerminal",
                                           "The card was declined: %1 (code %2). Ask the customer to try "
                                           "again, or to pay with another card or cash.")
            .arg(reason, bankCode);
    return QCoreApplication::translate("PaymentTerminal",
                                       "The card was declined: %1 (code %2). Ask for another card or cash.")
        .arg(reason, bankCode);
}

} // namespace pc::drivers
