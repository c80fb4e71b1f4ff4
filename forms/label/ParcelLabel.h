#pragma once
// The parcel address label, 100×150 mm thermal (Ф.7п style), and the 58×40 mm label for letters,
// which becomes the S10 label (CN 04 style, a large service letter) for an S10 identifier.
#include "forms/layout/JsonFields.h"
#include "forms/layout/Layout.h"

namespace pc::forms {

struct ParcelLabelData {
    ItemId id;
    QString product; // "Посылка 1 класса"
    layout::Party sender;
    layout::Party recipient;
    std::int64_t weightGrams = 0;
    Money declaredValue; // zero: none
    Money cod;           // zero: none
    bool fragile = false;
    bool noReturn = false;
    QString office; // "101000 Москва"
    QString date;   // dd.MM.yyyy
};

Result<ParcelLabelData> parcelLabelFromJson(const QJsonObject& json);
Result<layout::Document> buildParcelLabel(const ParcelLabelData& data);
// What the label's DataMatrix carries: "id|recipient postcode|weight g|declared kop|cod kop".
QString parcelLabelMatrixData(const ParcelLabelData& data);

struct SmallLabelData {
    ItemId id;
    QString product;
    layout::Party recipient; // name, address, city, postcode (country for international)
    std::int64_t weightGrams = 0;
    QString date;
};

Result<SmallLabelData> smallLabelFromJson(const QJsonObject& json);
Result<layout::Document> buildSmallLabel(const SmallLabelData& data);

// Shared by the forms: "24.11.2026" from "2026-11-24" (or as given when already dd.MM.yyyy).
QString readDate(layout::JsonFields& f, const QString& key);

} // namespace pc::forms
