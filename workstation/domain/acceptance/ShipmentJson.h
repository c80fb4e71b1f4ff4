#pragma once
// Our own snake_case JSON form of one shipment: the `postcounter-cli accept --item FILE.json` input
// and how an accepted item's details are stored. Described in docs/acceptance-item-json.md.
#include "domain/Result.h"
#include "domain/acceptance/Shipment.h"

#include <QJsonObject>
#include <QString>

namespace pc::acceptance {

QJsonObject shipmentToJson(const Shipment& shipment);
// Refuses unknown keys, wrong types, non-integral numbers and unknown enum strings; the error
// (code "shipment.json") names the field, e.g. "customs.lines[1].quantity".
Result<Shipment> shipmentFromJson(const QJsonObject& json);

// One address object ("name", "postcode", …, "address_type"), as inside a shipment.
QJsonObject addressJson(const Address& address);
Result<Address> addressFromJson(const QJsonObject& json, const QString& path);

// Enum names as used in the JSON ("street", "po_box", ...; "gift", "sale_of_goods", ...).
QString addressTypeName(AddressType type);
std::optional<AddressType> addressTypeFromName(QStringView name);
QString customsCategoryName(CustomsCategory category);
std::optional<CustomsCategory> customsCategoryFromName(QStringView name);

} // namespace pc::acceptance
