#pragma once
// The counter receipt, 80 mm or 58 mm roll: office, counter, operator, shift and receipt number,
// lines with VAT, totals, payment and change, item identifiers, and the 54-ФЗ fiscal attributes
// (ФН, ФД, ФПД, РН ККТ, СНО, признак расчёта) with the fiscal QR code, so a fiscal register can
// be attached later without changing the form.
#include "forms/layout/JsonFields.h"
#include "forms/layout/Layout.h"

namespace pc::forms {

struct ReceiptLine {
    QString name;
    std::int64_t quantity = 1;
    Money price;
    QString vat;    // "22%", "20%", "10%", "0%", "none"
    QString itemId; // optional
    Money amount() const;
    int vatPercent() const;  // 22, 20, 10; 0 for "0%" and "none"
    Money vatAmount() const; // included VAT (22/122, 20/120, 10/110), rounded half up
};

struct ReceiptData {
    int widthMm = 80; // 80 or 58
    QString officeName, officeAddress, inn;
    int counter = 0;
    QString operatorName;
    std::int64_t shift = 0, number = 0;
    QString dateTime;   // "24.11.2026 15:30"
    QString qrDateTime; // "20261124T1530"
    std::vector<ReceiptLine> lines;
    Money total;
    QString paymentMethod; // "cash" / "card"
    Money paid, change;
    QString fn, fd, fpd, kktReg, taxSystem, calcType;
};

Result<ReceiptData> receiptFromJson(const QJsonObject& json);
Result<layout::Document> buildReceipt(const ReceiptData& data);
// The 54-ФЗ receipt QR: t=…&s=…&fn=…&i=…&fp=…&n=1
QString receiptQrData(const ReceiptData& data);

} // namespace pc::forms
