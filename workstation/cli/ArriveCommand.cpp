// postcounter-cli arrive ID... [--place P] [--weight G] [--object CODE] [--category C] [--holding H] [--duty
// RUB]
//                            [--name N] [--phone P] [--no-return] [--json]
// Registers items arriving at this office: 8.2, 8.48, the storage period, the Ф.22 notice (8.24).
// Each identifier is reported (arrived, or refused with the reason); exit 1 when any was refused.
// Recipient name and phone are never printed.
#include "CliContext.h"
#include "domain/Money.h"
#include "services/OfficeSetup.h"
#include "services/acceptance/CounterServices.h"
#include "services/printing/PrintQueueService.h"
#include "services/printing/PrinterConfig.h"
#include "services/printing/PrinterRegistry.h"
#include "services/storage/ArrivalService.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace pc::cli {

int runArriveCommand(CliContext& ctx)
{
    bool usageError = false;
    const bool json = ctx.takeFlag(QStringLiteral("--json"));
    services::ArrivalRequest base;
    base.place = ctx.takeOption(QStringLiteral("--place"), &usageError).value_or(QString());
    const auto weight = ctx.takeOption(QStringLiteral("--weight"), &usageError);
    const auto object = ctx.takeOption(QStringLiteral("--object"), &usageError);
    const auto category = ctx.takeOption(QStringLiteral("--category"), &usageError);
    const auto holding = ctx.takeOption(QStringLiteral("--holding"), &usageError);
    base.recipientName = ctx.takeOption(QStringLiteral("--name"), &usageError);
    base.recipientPhone = ctx.takeOption(QStringLiteral("--phone"), &usageError);
    const auto duty = ctx.takeOption(QStringLiteral("--duty"), &usageError);
    if (ctx.takeFlag(QStringLiteral("--no-return")))
        base.noReturn = true;
    const QString synopsis = QStringLiteral(
        "arrive ID... [--place P] [--weight G] [--object CODE] [--category letter|parcel|court_letter|"
        "money_transfer] [--holding standard|poste_restante|po_box] [--name N] [--phone P] [--no-return] "
        "[--duty RUB] [--json]");
    if (usageError || ctx.args.isEmpty())
        return ctx.usage(synopsis);
    bool ok = true;
    if (weight) {
        base.weightG = weight->toLongLong(&ok);
        if (!ok || *base.weightG <= 0)
            return ctx.usage(QStringLiteral("--weight is a positive number of grams, not %1").arg(*weight));
    }
    if (object) {
        base.objectCode = object->toInt(&ok);
        if (!ok)
            return ctx.usage(
                QStringLiteral("--object is a tariff object code such as 27030, not %1").arg(*object));
    }
    if (duty) {
        auto amount = Money::parse(*duty, NumberStyle::English);
        if (!amount || amount->kopecks() < 0)
            return ctx.usage(
                QStringLiteral("--duty is the customs duty in roubles, e.g. 420.00, not %1").arg(*duty));
        base.customsDutyKop = amount->kopecks();
    }
    if (category && !(base.category = storage::categoryFromName(*category)))
        return ctx.usage(synopsis);
    if (holding && !(base.holding = storage::holdingFromName(*holding)))
        return ctx.usage(synopsis);
    for (const QString& a : ctx.args)
        if (a.startsWith(QStringLiteral("--")))
            return ctx.usage(QStringLiteral("unknown option %1").arg(a));

    auto ws = ctx.openWorkstation();
    if (!ws)
        return ctx.fail(ws.error());
    auto printing = services::loadPrintingConfig(ws->config.configPath);
    if (!printing)
        return ctx.fail(printing.error());
    services::PrinterRegistry printers;
    printers.configure(*printing);
    std::unique_ptr<services::PrintQueueService> queue;
    if (!printing->printers.isEmpty())
        queue = std::make_unique<services::PrintQueueService>(ws->connection, printers);
    SystemClock clock;
    services::ArrivalService arrival(ws->connection, clock, services::counterContextFrom(ws->config),
                                     services::officeInfoFrom(ws->config));
    arrival.setPrinting(&printers, queue.get());

    bool allArrived = true;
    for (const QString& raw : ctx.args) {
        services::ArrivalRequest r = base;
        r.barcode = raw;
        auto done = arrival.arrive(r);
        if (!done) {
            allArrived = false;
            if (json)
                ctx.out << QJsonDocument(QJsonObject{{QStringLiteral("id"), raw},
                                                     {QStringLiteral("status"), QStringLiteral("refused")},
                                                     {QStringLiteral("error_code"), done.error().code},
                                                     {QStringLiteral("error"), done.error().message}})
                               .toJson(QJsonDocument::Compact)
                        << "\n";
            else
                ctx.out << raw << "\trefused\t" << done.error().message << "\n";
            continue;
        }
        if (json) {
            ctx.out << QJsonDocument(
                           QJsonObject{
                               {QStringLiteral("id"), done->itemId},
                               {QStringLiteral("status"), QStringLiteral("arrived")},
                               {QStringLiteral("place"), done->place},
                               {QStringLiteral("holding"), storage::holdingName(done->holding)},
                               {QStringLiteral("category"), storage::categoryName(done->category)},
                               {QStringLiteral("storage_from"), done->period.from.toString(Qt::ISODate)},
                               {QStringLiteral("storage_until"), done->period.until.toString(Qt::ISODate)},
                               {QStringLiteral("days"), done->period.days},
                               {QStringLiteral("cod_kop"), double(done->codKop)},
                               {QStringLiteral("registered_here"), done->registeredHere},
                               {QStringLiteral("sms_notice"), done->smsNotice},
                               {QStringLiteral("notice_job"), double(done->noticeJob)}})
                           .toJson(QJsonDocument::Compact)
                    << "\n";
        } else {
            ctx.out << done->itemId << "\tarrived\t" << done->place << "\t"
                    << storage::holdingName(done->holding) << "\tuntil "
                    << done->period.until.toString(Qt::ISODate);
            if (done->codKop > 0)
                ctx.out << "\tCOD " << QString::number(double(done->codKop) / 100.0, 'f', 2);
            ctx.out << "\n";
        }
    }
    if (queue)
        queue->waitForIdle(60000);
    return allArrived ? ExitOk : ExitRefused;
}

} // namespace pc::cli
