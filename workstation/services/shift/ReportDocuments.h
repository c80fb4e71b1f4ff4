#pragma once
// The shift area's reports as printable documents (a form and its data: the report's JSON plus the
// office's name), for the print queue, a preview or a PDF file. The Z-report prints twice when a
// shift closes: on A4 for the office printer (role "form") and on 80 mm paper for the receipt
// printer (role "receipt").
#include "services/acceptance/AcceptanceDocuments.h"
#include "services/shift/ShiftReport.h"

#include <QList>

namespace pc::services {

class PrinterRegistry;
class PrintQueueService;

// form: "shift-report", "shift-report-80", "day-report", "period-report"; kind: the printer role.
PlannedDocument reportDocument(const QString& form, QJsonObject data, const QString& officeName,
                               const QString& title, const QString& kind = QStringLiteral("form"));
// The X or Z report on A4 (role form) and on receipt paper (role receipt).
QList<PlannedDocument> shiftReportDocuments(const ShiftReport& report, const QString& officeName);
// The document as a PDF file's bytes.
Result<QByteArray> renderReportPdf(const PlannedDocument& document);
// Records each document as a queued print job (one transaction) and hands them to the queue. The ids.
Result<QList<qint64>> printReportDocuments(const db::Connection& c, PrinterRegistry* printers,
                                           PrintQueueService& queue, const QList<PlannedDocument>& documents);

} // namespace pc::services
