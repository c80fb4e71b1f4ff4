// Contract of parseTerminalLine(): no crash on any bytes; a failure is always payment.protocol; an
// approval always carries a 12-digit RRN, an auth code and a positive amount; a decline a code.
#include "drivers/payment/PaymentProtocol.h"

#include <cstdint>
#include <cstdlib>

using namespace pc::drivers;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray b(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const auto r = parseTerminalLine(b);
    if (!r.ok()) {
        if (r.error().code != QLatin1StringView("payment.protocol") ||
            r.error().failure != PaymentFailure::ProtocolError)
            std::abort();
        return 0;
    }
    switch (r->type) {
    case TerminalMessage::Type::Approved:
        if (r->rrn.size() != 12 || r->authCode.isEmpty() || r->amountKop <= 0)
            std::abort();
        break;
    case TerminalMessage::Type::Declined:
        if (r->code.isEmpty())
            std::abort();
        break;
    case TerminalMessage::Type::Progress:
        if (r->status.isEmpty())
            std::abort();
        break;
    default:
        break;
    }
    return 0;
}
