// postcounter-cli arrive ID...|--list CONTAINER.csv [--place P] [--weight G] [--object CODE] [--category C]
//                        [--holding H] [--duty RUB] [--name N] [--phone P] [--no-return] [--sms] [--json]
// Registers items arriving at this office: 8.2, 8.48, the storage period, the Ф.22 notice (8.24).
// Each identifier is reported (arrived, or refused with the reason); exit 1 when any was refused.
// Recipient name and phone are never printed.
#include "CliContext.h"
#include "domain/Money.h"
#include "domain/storage/ContainerList.h"
#include "services/OfficeSetup.h"
#include "services/acceptance/CounterServices.h"
#include "services/issuing/IssuingPeripherals.h"
#include "services/printing/PrintQueueService.h"
#include "services/printing/PrinterConfig.h"
#include "services/printing/PrinterRegistry.h"
#include "services/storage/ArrivalService.h"

#include <QFile>
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
    const auto listFile = ctx.takeOption(QStringLiteral("--list"), &usageError);
    if (ctx.takeFlag(QStringLiteral("--no-return")))
        base.noReturn = true;
    if (ctx.takeFlag(QStringLiteral("--sms")))
        base.smsNotice = true; // service 20 for an item whose details are not known here
    const QString synopsis = QStringLiteral(
        "arrive ID...|--list CONTAINER.csv [--place P] [--weight G] [--object CODE] [--category "
        "letter|parcel|court_letter|"
        "money_transfer] [--holding standard|poste_restante|po_box] [--name N] [--phone P] [--no-return] "
        "[--sms] "
        "[--duty RUB] [--json]");
    if (usageError || (ctx.args.isEmpty() && !listFile))
        return ctx.usage(synopsis);
    // A container's list: each line is a request; lines that are not items are reported, not dropped.
    std::optional<storage::ContainerList> container;
    if (listFile) {
        QFile f(*listFile);
        if (!f.open(QIODevice::ReadOnly))
            return ctx.fail({QStringLiteral("container.file"),
                             QStringLiteral("cannot read %1: %2").arg(*listFile, f.errorString())});
        auto list = storage::parseContainerList(f.readAll());
        if (!list)
            return ctx.refuse(list.error());
        container = std::move(*list);
    }
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
    // Service 20 (SMS notice) goes through the configured gateway ([sms]); without one it is reported.
    auto peripherals = services::IssuingPeripherals::open(ws->config);
    if (!peripherals)
        return ctx.fail(peripherals.error());
    arrival.setSms((*peripherals)->sms());

    // The command line's IDs, then the container list's lines; the options apply to all, the list's
    // columns override them per item.
    QList<services::ArrivalRequest> requests;
    for (const QString& raw : ctx.args) {
        services::ArrivalRequest r = base;
        r.barcode = raw;
        requests << r;
    }
    bool allArrived = true;
    if (container) {
        for (const storage::ContainerLine& l : std::as_const(container->lines))
            requests << services::arrivalRequestFor(l, base);
        for (const storage::ContainerProblem& p : std::as_const(container->problems)) {
            allArrived = false;
            if (json)
                ctx.out << QJsonDocument(
                               QJsonObject{{QStringLiteral("line"), p.line},
                                           {QStringLiteral("status"), QStringLiteral("refused")},
                                           {QStringLiteral("error_code"), QStringLiteral("container.line")},
                                           {QStringLiteral("error"), p.reason}})
                               .toJson(QJsonDocument::Compact)
                        << "\n";
            else
                ctx.out << *listFile << ":" << p.line << "\trefused\t" << p.reason << "\n";
        }
    }
    for (const services::ArrivalRequest& r : std::as_const(requests)) {
        const QString raw = r.barcode;
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
                               {QStringLiteral("sms_sent"), done->smsSent},
                               {QStringLiteral("sms_problem"), done->smsProblem},
                               {QStringLiteral("notice_job"), double(done->noticeJob)}})
                           .toJson(QJsonDocument::Compact)
                    << "\n";
        } else {
            ctx.out << done->itemId << "\tarrived\t" << done->place << "\t"
                    << storage::holdingName(done->holding) << "\tuntil "
                    << done->period.until.toString(Qt::ISODate);
            if (done->codKop > 0)
                ctx.out << "\tCOD " << QString::number(double(done->codKop) / 100.0, 'f', 2);
            if (done->smsSent)
                ctx.out << "\tSMS sent";
            ctx.out << "\n";
            if (!done->smsProblem.isEmpty())
                ctx.err << done->itemId << ": " << done->smsProblem << "\n";
        }
    }
    if (queue)
        queue->waitForIdle(60000);
    return allArrived ? ExitOk : ExitRefused;
}

} // namespace pc::cli
