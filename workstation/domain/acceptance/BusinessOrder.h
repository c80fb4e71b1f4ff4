#pragma once
// A business client's pre-registered list ("Отправка" orders, DOMAIN.md §3) read from JSON or CSV.
// The file as a whole fails only when it cannot be read (syntax); every order gets its own line
// with its own issues, so one bad order does not block the other 9 999.
//
// Decision: a line keeps its Shipment whenever the order could be mapped to a product (so the
// clerk sees what was meant next to the problems); shipment is nullopt only when it could not
// (e.g. unknown mail-type, not an object). The importer imports exactly the lines with no issues
// (BusinessListLine::importable()).
#include "domain/Result.h"
#include "domain/acceptance/Shipment.h"
#include "domain/acceptance/ShipmentRules.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace pc::acceptance {

struct BusinessListLine {
    int line = 0;    // 1-based line in the file where that order starts
    QString barcode; // as written in the file (normalised when valid)
    std::optional<Shipment> shipment;
    QList<FieldIssue> issues;

    bool importable() const { return shipment.has_value() && issues.isEmpty(); }
};

struct BusinessList {
    QString format; // "json" | "csv"
    QList<BusinessListLine> lines;
};

// JSON: an array of orders or {"orders": [...]}. CSV: a header row of the same hyphenated names,
// ';' or ',' separated (detected from the header), quoted fields, UTF-8 with optional BOM; a
// "customs-declaration" cell holds the declaration as JSON text. The format comes from the file
// name's suffix (.json / .csv), else from the first character.
// Errors: "business_list.syntax" ("line L, column C: ..."), "business_list.empty", "business_list.shape".
Result<BusinessList> parseBusinessList(const QByteArray& bytes, const QString& fileNameHint,
                                       const ShipmentRules& rules = {});

// One order (hyphenated keys; values may be JSON numbers/booleans or CSV strings) to a line,
// without the duplicate-barcode check (that needs the whole file).
BusinessListLine mapBusinessOrder(const QJsonObject& order, int line, const ShipmentRules& rules = {});

// "POSTAL_PARCEL" + "ORDINARY" + domestic → 4030; nullopt when either name is unknown.
// A numeric mail-type ("27") is taken as the tariff mail type itself: our extension for products
// the Отправка names do not cover (27 parcel standard).
std::optional<int> objectForOrder(const QString& mailType, const QString& mailCategory, bool international);

} // namespace pc::acceptance
