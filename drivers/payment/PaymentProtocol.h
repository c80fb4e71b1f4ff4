#pragma once
// The terminal protocol (docs/payment-terminal.md): newline-delimited JSON over TCP. Requests are
// built here and every line the terminal sends is parsed by parseTerminalLine(), a pure function
// (fuzzed in tests/fuzz/payment).
#include "PaymentTerminalResult.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace pc::drivers {

struct TerminalMessage {
    enum class Type { Progress, Approved, Declined, Cancelled, Ready, Busy, Error };
    Type type = Type::Error;
    QString id;           // the request this answers; empty when the terminal did not say
    QString status;       // Progress: waiting_card, pin, processing (others are passed through)
    QString authCode;     // Approved
    QString rrn;          // Approved
    QString card;         // Approved: masked PAN
    qint64 amountKop = 0; // Approved
    QString code;         // Declined: bank response code
    QString message;      // Declined / Error: the terminal's text
};

// One line without its trailing newline. Fails with payment.protocol and a short technical reason.
PaymentTerminalResult<TerminalMessage> parseTerminalLine(QByteArrayView line);

// Each request is one JSON object followed by '\n'.
QByteArray saleRequest(const QString& id, qint64 amountKop, const QString& reference);
QByteArray cancelRequest(const QString& id, const QString& rrn, qint64 amountKop);
// Cancels a sale whose outcome the client does not know (timed out, connection lost) by its id.
QByteArray cancelSaleByIdRequest(const QString& id, const QString& saleId);
QByteArray statusRequest(const QString& id);

} // namespace pc::drivers
