#include "ArrivalNotice.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace pc::services {

namespace {
QString orDash(const QString& s)
{
    return s.trimmed().isEmpty() ? QStringLiteral("—") : s;
}
} // namespace

PlannedDocument arrivalNotice(const NoticeFacts& f, const OfficeInfo& office, const QString& officeHours)
{
    QJsonObject to;
    QJsonObject from;
    if (f.shipment) {
        const auto& r = f.shipment->recipient;
        to = {{QStringLiteral("name"), orDash(r.name)},
              {QStringLiteral("address"), orDash(addressLine(r))},
              {QStringLiteral("city"), orDash(r.place)},
              {QStringLiteral("region"), r.region},
              {QStringLiteral("postcode"), r.postcode.size() == 6 ? r.postcode : office.postcode}};
        from = {{QStringLiteral("name"), orDash(f.shipment->sender.name)},
                {QStringLiteral("city"), orDash(f.shipment->sender.place)}};
    } else {
        // Only the scan is known: the notice goes to the addressee at this office's delivery area.
        to = {{QStringLiteral("name"), orDash(f.recipientName)},
              {QStringLiteral("address"), QStringLiteral("—")},
              {QStringLiteral("city"), orDash(office.name)},
              {QStringLiteral("postcode"), office.postcode}};
        from = {{QStringLiteral("name"), QStringLiteral("—")}, {QStringLiteral("city"), QStringLiteral("—")}};
    }
    const QString product = f.objectCode ? printedProductName(*f.objectCode) : QString();
    QJsonObject data{
        {QStringLiteral("id"), f.itemId},
        {QStringLiteral("product"), product.isEmpty() ? QStringLiteral("Почтовое отправление") : product},
        {QStringLiteral("recipient"), to},
        {QStringLiteral("sender"), from},
        {QStringLiteral("weight_g"), double(qMax<qint64>(1, f.weightG))},
        {QStringLiteral("declared_value"), double(f.declaredValueKop) / 100.0},
        {QStringLiteral("cod_amount"), double(f.codKop) / 100.0},
        {QStringLiteral("office"), QStringLiteral("ОПС %1").arg(office.postcode)},
        {QStringLiteral("office_address"), orDash(office.address)},
        {QStringLiteral("office_hours"), orDash(officeHours)},
        {QStringLiteral("date"), f.arrivalLocalDate.toString(Qt::ISODate)},
        {QStringLiteral("storage_until"), f.storageUntil.toString(Qt::ISODate)}};
    return PlannedDocument{QStringLiteral("form"), QStringLiteral("f22"),
                           QCoreApplication::translate("Storage", "Notice Ф.22 %1").arg(f.itemId), data};
}

} // namespace pc::services
