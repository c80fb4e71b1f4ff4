#pragma once
// The JSON shapes of the CLI contract (issue 3): a quote request in, a quote or a refusal out.
// Kept in the domain so the CLI, services and tests share one definition of the contract.
#include "Quote.h"

#include <QJsonObject>

namespace pc::tariff {

// Keys: object, from, to | country, weight_g, dims_mm [l,w,h], declared_value_kop, cod_kop, services [],
// date "YYYY-MM-DD" (absent → defaultDate). A malformed request is "tariff.bad_request" naming the key.
Result<QuoteRequest> quoteRequestFromJson(const QJsonObject& o, QDate defaultDate);

// {"ok":true,"tariff_version":…,"zone":…,"lines":[…],"total_ex_vat_kop":…,"vat_kop":…,"total_kop":…,
//  "cod_fee_kop":…,"cod_fee_payer":"recipient"|"sender","delivery_days":{"min":…,"max":…}}
QJsonObject quoteToJson(const Quote& quote);

// {"ok":false,"errors":[{"code":…,"message":…}]}
QJsonObject refusalToJson(const QList<Error>& errors);

} // namespace pc::tariff
