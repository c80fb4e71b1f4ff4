#pragma once
// What the customers of the demo shift bring to the counter: a parcel with declared value, COD and
// an inventory, a registered letter, a pre-labelled fragile parcel, an international small packet
// (CN 22), an international parcel (CN 23) and an EMS item. Sample people and addresses.
#include "domain/acceptance/Payment.h"
#include "domain/acceptance/Shipment.h"

#include <QList>

namespace pc::services::demo {

struct DemoCustomer {
    QList<acceptance::Shipment> basket;
    qint64 tenderedRoundUpKop = 0; // cash tendered: the total rounded up to this (0 = exact)
    acceptance::PaymentMethod method = acceptance::PaymentMethod::Cash;
};

QList<DemoCustomer> demoCustomers();

// A sample person's street address (Russian data as the clerk types it).
acceptance::Address person(const char* name, const char* postcode, const char* place, const char* street,
                           const char* house, const char* room, const char* phone,
                           const char* country = "RU");

} // namespace pc::services::demo
