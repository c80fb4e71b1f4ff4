#include "ShipmentQuote.h"

namespace pc::services {

tariff::QuoteRequest quoteRequestFor(const acceptance::Shipment& s, const QString& officePostcode)
{
    tariff::QuoteRequest q;
    q.object = s.object;
    q.fromPostcode = officePostcode;
    if (s.international())
        q.country = s.recipient.country;
    else if (s.byRecipientPhone())
        q.byRecipientPhone = true; // no postcode yet: the tariff's by_phone rule prices it
    else
        q.toPostcode = s.recipient.postcode;
    q.weightG = s.weightG;
    q.dimsMm = s.dimsMm;
    q.declaredValueKop = s.declaredValueKop;
    q.codKop = s.codKop;
    q.services = s.services;
    return q;
}

} // namespace pc::services
