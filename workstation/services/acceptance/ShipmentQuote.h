#pragma once
// The tariff question a shipment asks: from the office, to the recipient's postcode or country, with
// its weight, sizes, money and services.
#include "domain/acceptance/Shipment.h"
#include "domain/tariff/Quote.h"

namespace pc::services {

tariff::QuoteRequest quoteRequestFor(const acceptance::Shipment& s, const QString& officePostcode);

} // namespace pc::services
