// Fuzzes the customer's pre-filled shipment QR payload (anything a QR code or a keyboard wedge can
// deliver): a clean refusal or a shipment that makes a payload again and reads back the same.
#include "domain/acceptance/ShipmentJson.h"
#include "domain/prefill/PrefillPayload.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace pc;
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const QDate today(2026, 11, 25);
    (void)prefill::looksLikePrefill(text);
    const auto p = prefill::parsePrefillPayload(text, today);
    if (!p)
        return 0;
    const auto again = prefill::makePrefillPayload(p->shipment, p->created, p->expires);
    if (!again)
        return 0; // e.g. a shipment that only fits the code because the fuzzer compressed it
    const auto back = prefill::parsePrefillPayload(*again, today);
    if (!back || acceptance::shipmentToJson(back->shipment) != acceptance::shipmentToJson(p->shipment))
        __builtin_trap(); // what we write we must read
    return 0;
}
