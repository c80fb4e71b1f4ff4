#pragma once
// The documents the demo shift prints for an accepted item: the label (PDF, ZPL, TSPL), the receipt
// (ESC/POS, PDF) and, where they apply, CN 22 / CN 23, Ф.107, Ф.112ЭП, Ф.116 and Ф.22. The item's
// own figures come from the shift; names, addresses and contents are sample data (it is a demo).
#include "domain/Result.h"

#include <QJsonObject>
#include <QString>

namespace pc::services {

struct DemoDocumentItem {
    QString id;     // RPO 14 digits or S10
    int object = 0; // tariff object code (DOMAIN.md §2): mailtype*1000 + category*10 + direction
    qint64 weightG = 0;
    qint64 declaredValueKop = 0;
    qint64 codKop = 0;
    qint64 totalKop = 0;    // what the customer paid (receipt)
    QString destination;    // six-digit postcode, or ISO country (alpha-2) for international items
    bool inventory = false; // service 23: Ф.107
};

// Which documents apply to an item: keys "label_pdf", … "f22_pdf" (see renderDemoDocuments).
QStringList demoDocumentKeys(const DemoDocumentItem& item);

// Renders the applicable documents into outDir (created if needed) as "<id>-<key>.<ext>" and returns
// { key: path relative to outDir }. Fails naming the document and the field when one cannot be built.
Result<QJsonObject> renderDemoDocuments(const DemoDocumentItem& item, const QString& outDir);

namespace demo_documents {
// The JSON data each form is built from (the same as `postcounter-cli render FORM --data`).
QJsonObject labelData(const DemoDocumentItem& item);
QJsonObject receiptData(const DemoDocumentItem& item);
QJsonObject customsData(const DemoDocumentItem& item, bool cn23);
QJsonObject f107Data(const DemoDocumentItem& item);
QJsonObject f112Data(const DemoDocumentItem& item);
QJsonObject f116Data(const DemoDocumentItem& item);
QJsonObject f22Data(const DemoDocumentItem& item);
bool isInternational(const DemoDocumentItem& item);
bool isParcel(const DemoDocumentItem& item); // parcels, EMS: the 100×150 label and Ф.116
} // namespace demo_documents

} // namespace pc::services
