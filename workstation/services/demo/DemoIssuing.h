#pragma once
// The issuing part of the demo shift (issue 8): of the items that arrived, some are handed over by
// identity document, one by SMS code (read back from the simulated gateway's spool), one with cash on
// delivery paid in cash (receipt + Ф.112ЭП), one is refused, and one whose storage period ran out goes
// back to the sender. Documents are written to documentsDir.
#include "domain/Clock.h"
#include "services/AppConfig.h"

#include <QJsonObject>
#include <QStringList>

namespace pc::db {
class Connection;
}

namespace pc::services {

class CounterServices;

// arrived: the identifiers of the shift's arrivals in order (a parcel, a letter with a phone, a COD
// parcel). The manifest entry: {"handed_over":[…], "refused":…, "returned":[…], "sms_spool":…,
// "arrivals":[…]}
// ("arrivals": the two items it registered itself, for the caller to list with the others).
Result<QJsonObject> runDemoIssuing(const db::Connection& c, const Clock& clock, const AppConfig& cfg,
                                   CounterServices& counter, const QStringList& arrived,
                                   const QString& documentsDir);

} // namespace pc::services
