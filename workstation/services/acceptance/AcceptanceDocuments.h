#pragma once
// What the counter prints for a sale, as form + JSON data (rendered later by the print thread):
// per item the address label, CN 22 / CN 23, Ф.107 (inventory), Ф.112ЭП (COD transfer) and Ф.116
// (parcels); one receipt for the sale. The data are the item's real addresses and contents.
#include "db/Connection.h"
#include "db/sale/ReceiptRepository.h"
#include "domain/acceptance/Shipment.h"
#include "domain/tariff/Quote.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <optional>

namespace pc::services {

struct OfficeInfo {
    QString postcode;
    QString name; // "Москва 101000"
    QString address;
    QString inn;
    QString counterId;
    QString operatorName;
};

struct PlannedDocument {
    QString kind;  // label | receipt | form (the printer role)
    QString form;  // FormRegistry name
    QString title; // what the queue shows
    QJsonObject data;
};

// CN 22 or CN 23 as the rules choose; "" when the item needs no declaration.
QList<PlannedDocument> itemDocuments(const acceptance::Shipment& s, const QString& itemId,
                                     const tariff::Quote& quote, acceptance::CustomsForm customsForm,
                                     const OfficeInfo& office, QDate localDate);

// The sale receipt. openDrawer: a cash sale on an ESC/POS printer kicks the drawer after it.
PlannedDocument receiptDocument(const db::ReceiptRecord& receipt, const OfficeInfo& office,
                                qint64 shiftNumber, int utcOffsetMin);

class PrinterRegistry;
// Records the document as a queued print job (form + data) for the printer with its role, inside the
// caller's transaction. The job id.
Result<qint64> recordPlannedDocument(const db::Connection& c, const PrinterRegistry* printers,
                                     const PlannedDocument& d, std::optional<qint64> operationId);

// The product as forms print it, in Russian: "Посылка с ОЦ и наложенным платежом".
QString printedProductName(int object);

// One line of the address as the forms print it ("ул. Ленина, д. 45, кв. 118", "а/я 12", "до востребования").
QString addressLine(const acceptance::Address& a);

} // namespace pc::services
