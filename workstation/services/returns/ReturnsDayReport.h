#pragma once
// The day's easy returns per shop as data: the JSON the CLI prints and the "returns-day" form
// prints (the list each shop's contract is billed for), and the same rows as CSV for the office.
#include "services/returns/EasyReturnService.h"

#include <QJsonObject>

namespace pc::services {

// One return code, with the item and counter once a return was accepted with it.
QJsonObject returnAuthorizationJson(const db::ReturnAuthorizationRecord& r);
// {"date","office","shops":[{"shop","contract","count","items":[…]}],"total"}
QJsonObject returnsDayJson(QDate day, const QList<ShopReturns>& shops, const QString& office = {});
// One row per accepted return: date,shop,contract,code,order,item,counter,declared_value (roubles);
// RFC 4180 quoting and CRLF line ends, as the shift reports.
QString returnsDayCsv(QDate day, const QList<ShopReturns>& shops);

} // namespace pc::services
