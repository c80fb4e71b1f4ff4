#pragma once
// Clerk-facing texts for payment failures (translation context "PaymentTerminal").
#include <QString>

namespace pc::drivers {

// "The card was declined: insufficient funds (code 51). Ask for another card or cash." Known ISO 8583
// response codes get a specific reason; others use the terminal's own text.
QString declineMessage(const QString& bankCode, const QString& terminalText);

} // namespace pc::drivers
