#include "ReturnList.h"

#include "ReturnCode.h"
#include "domain/acceptance/ShipmentJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace pc::returns {

namespace {

Error listError(const QString& message)
{
    return Error{QStringLiteral("returns.list"), message};
}

bool isInn(const QString& s)
{
    if (s.size() != 10 && s.size() != 12)
        return false;
    for (QChar c : s)
        if (!c.isDigit())
            return false;
    return true;
}

} // namespace

Result<ReturnList> parseReturnList(const QByteArray& json)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError)
        return listError(
            QCoreApplication::translate("EasyReturn", "The return list is not JSON: %1 at offset %2.")
                .arg(pe.errorString())
                .arg(pe.offset));
    if (!doc.isObject() || !doc.object().value(u"shop").isObject() ||
        !doc.object().value(u"returns").isArray())
        return listError(QCoreApplication::translate(
            "EasyReturn", "The return list needs a \"shop\" object and a \"returns\" array."));
    const QJsonObject shop = doc.object().value(u"shop").toObject();
    ReturnList list;
    list.shop.name = shop.value(u"name").toString().trimmed();
    list.shop.inn = shop.value(u"inn").toString().trimmed();
    list.shop.contract = shop.value(u"contract").toString().trimmed();
    if (list.shop.name.isEmpty() || list.shop.contract.isEmpty())
        return listError(QCoreApplication::translate(
            "EasyReturn", "The shop needs a name and the contract number that pays for its returns."));
    if (!isInn(list.shop.inn))
        return listError(
            QCoreApplication::translate("EasyReturn", "The shop's INN \"%1\" must be 10 or 12 digits.")
                .arg(list.shop.inn));
    auto address =
        acceptance::addressFromJson(shop.value(u"address").toObject(), QStringLiteral("shop.address"));
    if (!address)
        return address.error();
    if (address->postcode.isEmpty() || address->place.isEmpty())
        return listError(QCoreApplication::translate(
            "EasyReturn", "The shop's return address needs at least a postcode and a place."));
    list.shop.address = *address;
    if (list.shop.address.name.isEmpty())
        list.shop.address.name = list.shop.name;

    QSet<QString> seen;
    const QJsonArray lines = doc.object().value(u"returns").toArray();
    for (qsizetype i = 0; i < lines.size(); ++i) {
        ReturnListLine line;
        line.index = int(i) + 1;
        const QJsonObject o = lines[i].toObject();
        line.code = o.value(u"code").toString();
        auto code = parseReturnCode(line.code);
        if (!code) {
            line.problem = code.error().message;
            list.lines << line;
            continue;
        }
        if (seen.contains(*code)) {
            line.problem =
                QCoreApplication::translate("EasyReturn", "Code %1 appears twice in the list.").arg(*code);
            list.lines << line;
            continue;
        }
        seen.insert(*code);
        ReturnAuthorization a;
        a.code = *code;
        a.orderRef = o.value(u"order").toString();
        a.customerName = o.value(u"customer").toString();
        a.object = o.value(u"object").toInt(0);
        a.declaredValueKop = o.value(u"declared_value_kop").toInteger(0);
        a.maxWeightG = o.value(u"max_weight_g").toInteger(0);
        a.validUntil = QDate::fromString(o.value(u"valid_until").toString(), Qt::ISODate);
        if (a.object == 0) // parcel standard, with declared value when the shop insures the return
            a.object = a.declaredValueKop > 0 ? 27020 : 27030;
        a.shop = list.shop;
        if (!a.validUntil.isValid())
            line.problem = QCoreApplication::translate(
                "EasyReturn",
                "\"valid_until\" must be a date YYYY-MM-DD: a return code does not last for ever.");
        else if (a.object <= 0 || (a.object % 10) == 1)
            line.problem = QCoreApplication::translate(
                "EasyReturn", "\"object\" must be a domestic product code (easy returns are domestic).");
        else if (a.declaredValueKop < 0 || a.maxWeightG < 0)
            line.problem =
                QCoreApplication::translate("EasyReturn", "Values and weights cannot be negative.");
        line.authorization = a;
        list.lines << line;
    }
    if (list.lines.isEmpty())
        return listError(QCoreApplication::translate("EasyReturn", "The return list has no returns."));
    return list;
}

} // namespace pc::returns
