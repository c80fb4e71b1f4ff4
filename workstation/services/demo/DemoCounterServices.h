#pragma once
// The demo shift's customers who come with something prepared: a pre-filled shipment shown as a QR
// code (the clerk scans, weighs and takes cash), and an easy return to an online shop (the shop's
// return code is scanned, its contract pays). Each gives the sale to commit; the payload, its QR
// image and the shop's return list are written next to the demo's documents.
#include "services/acceptance/CounterServices.h"

#include <QDir>

namespace pc::services::demo {

struct PreparedSale {
    SaleRequest request;
    QJsonObject manifest; // what the demo's manifest says of it (payload, code, files)
};

Result<PreparedSale> prefilledSale(QDate today, const QDir& out);
Result<PreparedSale> easyReturnSale(CounterServices& counter, QDate today, const QDir& out);
// The day's returns per shop as the A4 list (form "returns-day") in documents/; its relative path.
Result<QString> writeReturnsDayList(CounterServices& counter, QDate today, const QString& officeName,
                                    const QDir& out);

} // namespace pc::services::demo
