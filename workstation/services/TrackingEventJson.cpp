#include "TrackingEventJson.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace pc::services {

QString rfc3339WithOffset(const QDateTime& utc, int offsetMin)
{
    return utc.toUTC().toTimeZone(QTimeZone(offsetMin * 60)).toString(Qt::ISODateWithMs);
}

QByteArray trackingEventJson(const TrackingEventData& e, const CounterContext& ctx)
{
    QJsonObject o{
        {QStringLiteral("event_id"), e.eventId},
        {QStringLiteral("item_id"), e.itemId},
        {QStringLiteral("op_type"), e.op.type},
        {QStringLiteral("op_attr"), e.op.attr},
        {QStringLiteral("occurred_at"), rfc3339WithOffset(e.occurredAtUtc, ctx.utcOffsetMin)},
        {QStringLiteral("office"), ctx.officePostcode},
        {QStringLiteral("counter"), ctx.counterId},
        {QStringLiteral("operator"), ctx.operatorId},
    };
    if (const QString upu = upuEventCode(e.op); !upu.isEmpty())
        o.insert(QStringLiteral("upu_event"), upu);
    auto put = [&](const char* key, const std::optional<qint64>& v) {
        if (v)
            o.insert(QLatin1StringView(key), static_cast<double>(*v));
    };
    put("weight_g", e.weightG);
    put("declared_value_kop", e.declaredValueKop);
    put("cod_kop", e.codKop);
    put("payment_kop", e.paymentKop);
    if (!e.destination.isEmpty())
        o.insert(QStringLiteral("destination"), e.destination);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace pc::services
