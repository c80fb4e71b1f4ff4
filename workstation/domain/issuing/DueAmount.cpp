#include "DueAmount.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pc::issuing {

CodFeeSchedule CodFeeSchedule::sample()
{
    return CodFeeSchedule{
        {{100000, 8000, 500}, {500000, 9000, 400}, {2000000, 19000, 200}, {50000000, 29000, 150}}};
}

Result<CodFeeSchedule> CodFeeSchedule::fromJson(const QByteArray& json)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    const auto bad = [](const QString& why) {
        return Error{QStringLiteral("cod.fees_invalid"),
                     QCoreApplication::translate("CodFees", "COD fee brackets: %1").arg(why)};
    };
    if (!doc.isObject())
        return bad(pe.errorString());
    CodFeeSchedule out;
    qint64 prev = 0;
    for (const auto& v : doc.object().value(u"brackets").toArray()) {
        const QJsonObject o = v.toObject();
        CodFeeBracket b{o.value(u"up_to_kop").toInteger(-1), o.value(u"base_kop").toInteger(-1),
                        int(o.value(u"rate_bp").toInteger(-1))};
        if (b.upToKop <= prev || b.baseKop < 0 || b.rateBp < 0)
            return bad(QStringLiteral("brackets must ascend and carry non-negative base_kop and rate_bp"));
        prev = b.upToKop;
        out.brackets << b;
    }
    if (out.brackets.isEmpty())
        return bad(QStringLiteral("no brackets"));
    return out;
}

Result<std::int64_t> codTransferFee(const CodFeeSchedule& schedule, std::int64_t codKop)
{
    if (codKop <= 0)
        return std::int64_t(0);
    for (const auto& b : schedule.brackets)
        if (codKop <= b.upToKop)
            return b.baseKop + (codKop * b.rateBp + 5000) / 10000; // half up to the kopeck
    return Error{QStringLiteral("cod.over_max"),
                 QCoreApplication::translate("CodFees", "The COD amount is above the maximum of %1 RUB.")
                     .arg(schedule.brackets.isEmpty() ? 0 : schedule.brackets.back().upToKop / 100)};
}

Result<ItemDue> computeDue(const CodFeeSchedule& schedule, const DueInput& in)
{
    auto fee = codTransferFee(schedule, in.codKop);
    if (!fee)
        return fee.error();
    ItemDue d;
    d.itemId = in.itemId;
    d.codKop = in.codKop;
    d.senderPaysCodFee = in.senderPaysCodFee;
    (in.senderPaysCodFee ? d.codFeeSenderKop : d.codFeeKop) = *fee;
    d.customsDutyKop = in.customsDutyKop;
    d.storageChargeKop = in.storageChargeKop;
    return d;
}

} // namespace pc::issuing
