#pragma once
// The shift report as JSON (CLI, manifest, GUI preview) and as CSV (spreadsheet export). Money is in
// kopecks in both, so the figures survive a round trip exactly.
#include "ShiftReport.h"

#include <QJsonObject>
#include <QString>

namespace pc::services {

QJsonObject shiftReportJson(const ShiftReport& report);
// One row per figure: section,key,count,amount_kop,detail (RFC 4180 quoting, CRLF line ends).
QString shiftReportCsv(const ShiftReport& report);
// One CSV field quoted as RFC 4180 wants when it holds a comma, a quote or a line break.
QString csvField(const QString& s);

} // namespace pc::services
