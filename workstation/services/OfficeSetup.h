#pragma once
// Makes sure the configured office and counter exist in the database, and seeds the sample office
// (identifier ranges) for demo mode.
#include "AppConfig.h"
#include "CounterContext.h"
#include "db/Connection.h"

namespace pc::services {

Status ensureOfficeAndCounter(const db::Connection& c, const AppConfig& config);
// Sample identifier ranges for a demo office: domestic 14-digit, and S10 RA/CP/EE/CA/UA… for RU.
Status seedDemoRanges(const db::Connection& c, const QString& officePostcode);
CounterContext counterContextFrom(const AppConfig& config);

} // namespace pc::services
