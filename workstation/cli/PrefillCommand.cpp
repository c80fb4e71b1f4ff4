// postcounter-cli prefill make FILE.json [--days N] [--png OUT.png] | check PAYLOAD|-
// A customer's pre-filled shipment as a QR payload (docs/prefill-qr.md): `make` is what a customer's
// tool (or a test) does, `check` what the counter does with a scan, so both sides can be scripted.
#include "CliContext.h"
#include "domain/acceptance/ShipmentJson.h"
#include "domain/prefill/PrefillPayload.h"
#include "forms/render/QrImage.h"

#include <QDate>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace pc::cli {

namespace {

int make(CliContext& ctx)
{
    bool bad = false;
    const auto days = ctx.takeOption(QStringLiteral("--days"), &bad);
    const auto png = ctx.takeOption(QStringLiteral("--png"), &bad);
    if (bad)
        return ExitUsage;
    if (ctx.args.size() != 1)
        return ctx.usage(QStringLiteral("prefill make needs one shipment JSON file"));
    int validity = 14;
    if (days) {
        bool ok = false;
        validity = days->toInt(&ok);
        if (!ok || validity < 1)
            return ctx.usage(QStringLiteral("--days needs a whole number of days, at least 1"));
    }
    QFile f(ctx.args.first());
    if (!f.open(QIODevice::ReadOnly))
        return ctx.fail({QStringLiteral("prefill.file"),
                         QStringLiteral("cannot read %1: %2").arg(f.fileName(), f.errorString())});
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return ctx.refuse(
            {QStringLiteral("prefill.json"),
             QStringLiteral("%1 is not a JSON object: %2").arg(f.fileName(), pe.errorString())});
    auto shipment = acceptance::shipmentFromJson(doc.object());
    if (!shipment)
        return ctx.refuse(
            {shipment.error().code, QStringLiteral("%1: %2").arg(f.fileName(), shipment.error().message)});
    const QDate today = QDate::currentDate();
    auto payload = prefill::makePrefillPayload(*shipment, today, today.addDays(validity));
    if (!payload)
        return ctx.refuse(payload.error());
    if (png) {
        auto img = forms::renderQrImage(*payload);
        if (!img)
            return ctx.fail(img.error());
        if (!img->save(*png, "PNG"))
            return ctx.fail({QStringLiteral("prefill.png"), QStringLiteral("cannot write %1").arg(*png)});
    }
    ctx.out << *payload << "\n";
    return ExitOk;
}

int check(CliContext& ctx)
{
    if (ctx.args.size() != 1)
        return ctx.usage(
            QStringLiteral("prefill check needs one payload, or - to read it from standard input"));
    QString payload = ctx.args.first();
    if (payload == u"-") {
        QTextStream in(stdin);
        payload = in.readAll().trimmed();
    }
    auto p = prefill::parsePrefillPayload(payload, QDate::currentDate());
    if (!p)
        return ctx.refuse(p.error());
    QJsonObject o{{QStringLiteral("created"), p->created.toString(Qt::ISODate)},
                  {QStringLiteral("expires"), p->expires.toString(Qt::ISODate)},
                  {QStringLiteral("shipment"), acceptance::shipmentToJson(p->shipment)}};
    ctx.out << QJsonDocument(o).toJson(QJsonDocument::Compact) << "\n";
    return ExitOk;
}

} // namespace

int runPrefillCommand(CliContext& ctx)
{
    return runSubcommand(ctx, "prefill", {{"make", make}, {"check", check}});
}

} // namespace pc::cli
