#include "ReturnsDayReport.h"

#include "services/shift/ShiftReportFormat.h"

#include <QJsonArray>

namespace pc::services {

QJsonObject returnAuthorizationJson(const db::ReturnAuthorizationRecord& r)
{
    const returns::ReturnAuthorization& a = r.authorization;
    QJsonObject o{{QStringLiteral("code"), a.code},
                  {QStringLiteral("shop"), a.shop.name},
                  {QStringLiteral("contract"), a.shop.contract},
                  {QStringLiteral("order"), a.orderRef},
                  {QStringLiteral("object"), a.object},
                  {QStringLiteral("declared_value_kop"), double(a.declaredValueKop)},
                  {QStringLiteral("max_weight_g"), double(a.maxWeightG)},
                  {QStringLiteral("valid_until"), a.validUntil.toString(Qt::ISODate)},
                  {QStringLiteral("recipient_postcode"), a.shop.address.postcode}};
    if (r.used()) {
        o.insert(QStringLiteral("item"), r.itemId);
        o.insert(QStringLiteral("accepted_on"), r.acceptedOn.toString(Qt::ISODate));
        o.insert(QStringLiteral("accepted_at"), r.acceptedAtUtc.toString(Qt::ISODate));
        o.insert(QStringLiteral("counter"), r.counterId);
    }
    return o;
}

QJsonObject returnsDayJson(QDate day, const QList<ShopReturns>& shops, const QString& office)
{
    QJsonArray out;
    int total = 0;
    for (const ShopReturns& s : shops) {
        QJsonArray items;
        for (const auto& r : s.items)
            items.append(returnAuthorizationJson(r));
        total += int(s.items.size());
        out.append(QJsonObject{{QStringLiteral("shop"), s.shopName},
                               {QStringLiteral("contract"), s.contract},
                               {QStringLiteral("count"), int(s.items.size())},
                               {QStringLiteral("items"), items}});
    }
    QJsonObject o{{QStringLiteral("date"), day.toString(Qt::ISODate)},
                  {QStringLiteral("shops"), out},
                  {QStringLiteral("total"), total}};
    if (!office.isEmpty())
        o.insert(QStringLiteral("office"), office);
    return o;
}

QString returnsDayCsv(QDate day, const QList<ShopReturns>& shops)
{
    QString csv = QStringLiteral("date,shop,contract,code,order,item,counter,declared_value\r\n");
    for (const ShopReturns& s : shops)
        for (const auto& r : s.items) {
            const QStringList row{day.toString(Qt::ISODate),
                                  s.shopName,
                                  s.contract,
                                  r.authorization.code,
                                  r.authorization.orderRef,
                                  r.itemId,
                                  r.counterId,
                                  QString::number(double(r.authorization.declaredValueKop) / 100.0, 'f', 2)};
            QStringList quoted;
            for (const QString& f : row)
                quoted << csvField(f);
            csv += quoted.join(u',') + QStringLiteral("\r\n");
        }
    return csv;
}

} // namespace pc::services
