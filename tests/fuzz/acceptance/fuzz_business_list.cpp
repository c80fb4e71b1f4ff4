// Fuzzes the business-list import (files come from clients' own systems): any bytes, read as JSON
// and as CSV, must give a clean error or lines whose shipments the rules and the JSON form handle.
#include "domain/acceptance/BusinessOrder.h"
#include "domain/acceptance/ShipmentJson.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace pc::acceptance;
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    for (const char* hint : {"list.json", "list.csv"}) {
        const auto list = parseBusinessList(bytes, QString::fromLatin1(hint));
        if (!list)
            continue;
        for (const BusinessListLine& l : list->lines) {
            if (!l.shipment)
                continue;
            (void)requiredCustomsForm(*l.shipment, CustomsRules{});
            (void)weightMismatch(*l.shipment, 1000, ShipmentRules{});
            const auto back = shipmentFromJson(shipmentToJson(*l.shipment));
            if (!back)
                __builtin_trap(); // what we write we must read
        }
    }
    return 0;
}
