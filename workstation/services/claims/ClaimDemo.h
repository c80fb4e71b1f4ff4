#pragma once
// The demo shift's search claim: the recipient of the first parcel sold says it is lost; the claim is
// opened (prefilled from the sale), and its form and slip are written as PDF next to the manifest.
#include "db/Connection.h"
#include "domain/Clock.h"
#include "services/AppConfig.h"

#include <QJsonArray>

namespace pc::services {

// One manifest entry per claim: {"number","item","deadline","state","documents":{"claim_pdf","slip_pdf"}}.
Result<QJsonArray> openDemoClaims(const db::Connection& c, const Clock& clock, const AppConfig& cfg,
                                  const QString& itemId, const QString& documentsDir);

} // namespace pc::services
