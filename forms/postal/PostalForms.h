#pragma once
// Russian Post paper forms of an item: Ф.107 inventory of contents, Ф.112ЭП money transfer of the
// COD amount, Ф.116 dispatch note, Ф.22 arrival notice (DOMAIN.md §5); Ф.103 list of a business
// client's batch. Russian only.
#include "forms/layout/JsonFields.h"
#include "forms/layout/Layout.h"

namespace pc::forms {

struct InventoryLine {
    QString description;
    std::int64_t quantity = 1;
    Money value;
};

// Ф.107: only with declared value; the lines' values add up to it. Two copies: one goes into the
// parcel, the sender keeps the other with the operator's stamp.
struct F107Data {
    ItemId id;
    QString product;
    layout::Party sender, recipient;
    std::vector<InventoryLine> lines;
    Money declaredValue;
    QString operatorName, office, date;
    Money total() const;
};

// Ф.112ЭП: the COD amount goes to the payee (the parcel's sender) from the payer (its recipient).
struct F112Data {
    ItemId id; // the COD item the transfer belongs to
    Money amount;
    layout::Party payee, payer;
    QString payeeInn, message, office, date;
};

// Ф.116: the dispatch note travelling with a parcel; with COD it carries the amount (Ф.117 variant).
struct F116Data {
    ItemId id;
    QString product;
    layout::Party sender, recipient;
    std::int64_t weightGrams = 0;
    Money declaredValue, cod, fee;
    QString office, date;
};

// Ф.22: the notice left for the addressee; front with the barcode, back for the hand-over.
struct F22Data {
    ItemId id;
    QString product;
    layout::Party recipient;
    layout::Party sender; // name and city are enough
    std::int64_t weightGrams = 0;
    Money declaredValue, cod, charge;
    QString office, officeAddress, officeHours, arrivalDate, storageUntil, date;
};

// Ф.103: the list of a business client's batch of items handed over at once, one row per item, with
// totals; the operator signs the sender's copy as the receipt for the whole batch.
struct BatchListItem {
    ItemId id;
    layout::Party recipient;
    std::int64_t weightGrams = 0;
    Money declaredValue, cod, fee;
};

struct F103Data {
    QString listNumber, date;
    QString senderName, senderInn, senderContract;
    QString officePostcode, officeName;
    QString mailType, mailCategory;
    QString operatorName;
    std::vector<BatchListItem> items;
    std::int64_t totalGrams() const;
    Money totalDeclaredValue() const;
    Money totalCod() const;
    Money totalFee() const;
};

Result<F107Data> f107FromJson(const QJsonObject& json);
Result<layout::Document> buildF107(const F107Data& data);
Result<F112Data> f112FromJson(const QJsonObject& json);
Result<layout::Document> buildF112(const F112Data& data);
Result<F116Data> f116FromJson(const QJsonObject& json);
Result<layout::Document> buildF116(const F116Data& data);
Result<F103Data> f103FromJson(const QJsonObject& json);
Result<layout::Document> buildF103(const F103Data& data);
Result<F22Data> f22FromJson(const QJsonObject& json);
Result<layout::Document> buildF22(const F22Data& data);

} // namespace pc::forms
