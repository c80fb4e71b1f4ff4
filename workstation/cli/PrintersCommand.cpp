// postcounter-cli printers list [--json] [--server HOST:PORT]
// postcounter-cli printers status NAME [--json] [--server HOST:PORT]
// postcounter-cli print --printer NAME --language pdf|zpl|tspl|escpos|raster FILE
//                       [--copies N] [--media M] [--title T] [--server HOST:PORT] [--json]
// Printers are those of the configuration file ([printer.NAME] sections) plus the CUPS queues.
// JSON output is a stable contract: {"name","kind","state","conditions":[…],"reason","ready"}.
#include "CliContext.h"
#include "drivers/printer/CupsClient.h"
#include "drivers/printer/CupsPrinter.h"
#include "services/printing/ClerkMessages.h"
#include "services/printing/PrintQueueService.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pc::cli {

namespace {
using namespace pc::drivers;

QJsonObject stateJson(const QString& name, const QString& kind, const PrinterState& st)
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("state"), st.summary()},
            {QStringLiteral("conditions"), QJsonArray::fromStringList(st.conditionNames())},
            {QStringLiteral("reason"), st.reason},
            {QStringLiteral("ready"), st.canPrint()}};
}

void printJson(CliContext& ctx, const QJsonObject& o)
{
    ctx.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << "\n";
}

// The configured printers; CUPS queues are looked up on demand.
Result<services::PrintingConfig> printingConfig(CliContext& ctx)
{
    auto cfg = ctx.config();
    if (!cfg)
        return cfg.error();
    return services::loadPrintingConfig(cfg->configPath);
}

std::shared_ptr<Printer> resolve(const services::PrintingConfig& pc, const QString& name,
                                 const QString& server)
{
    for (const auto& p : pc.printers)
        if (p.name == name)
            return services::PrinterRegistry::makePrinter(p);
    if (CupsClient(server).destination(name).ok())
        return std::make_shared<CupsPrinter>(name, name, server);
    return nullptr;
}

int list(CliContext& ctx, const QString& server)
{
    const bool json = ctx.takeFlag(QStringLiteral("--json"));
    if (!ctx.args.isEmpty())
        return ctx.usage(QStringLiteral("printers list [--json] [--server HOST:PORT]"));
    auto pc = printingConfig(ctx);
    if (!pc)
        return ctx.fail(pc.error());
    QJsonArray rows;
    for (const auto& cfg : pc->printers) {
        auto p = services::PrinterRegistry::makePrinter(cfg);
        auto st = p->status();
        QJsonObject o = st ? stateJson(cfg.name, cfg.kind, *st)
                           : QJsonObject{{QStringLiteral("name"), cfg.name},
                                         {QStringLiteral("kind"), cfg.kind},
                                         {QStringLiteral("state"), QStringLiteral("unknown")},
                                         {QStringLiteral("reason"), st.error().message},
                                         {QStringLiteral("ready"), false}};
        o.insert(QStringLiteral("language"), printLanguageName(cfg.language));
        rows.append(o);
    }
    QJsonObject out;
    auto dests = CupsClient(server).destinations();
    if (dests) {
        for (const auto& d : *dests) {
            QJsonObject o = stateJson(d.name, QStringLiteral("cups"), d.state);
            o.insert(QStringLiteral("media"), QJsonArray::fromStringList(d.media));
            o.insert(QStringLiteral("accepting"), d.accepting);
            o.insert(QStringLiteral("device"), d.deviceUri);
            rows.append(o);
        }
    } else {
        out.insert(QStringLiteral("cupsError"), dests.error().message);
        if (!json)
            ctx.err << "postcounter-cli: CUPS queues not listed: " << dests.error().message << "\n";
    }
    out.insert(QStringLiteral("printers"), rows);
    if (json) {
        printJson(ctx, out);
        return ExitOk;
    }
    for (const auto& r : rows) {
        const QJsonObject o = r.toObject();
        ctx.out << o.value(QStringLiteral("name")).toString() << "\t"
                << o.value(QStringLiteral("kind")).toString() << "\t"
                << o.value(QStringLiteral("state")).toString();
        if (!o.value(QStringLiteral("reason")).toString().isEmpty())
            ctx.out << "\t" << o.value(QStringLiteral("reason")).toString();
        ctx.out << "\n";
    }
    return ExitOk;
}

int status(CliContext& ctx, const QString& server)
{
    const bool json = ctx.takeFlag(QStringLiteral("--json"));
    if (ctx.args.size() != 1)
        return ctx.usage(QStringLiteral("printers status NAME [--json] [--server HOST:PORT]"));
    const QString name = ctx.args.first();
    auto pc = printingConfig(ctx);
    if (!pc)
        return ctx.fail(pc.error());
    auto p = resolve(*pc, name, server);
    if (!p) {
        const QString msg =
            QStringLiteral("no printer called %1 (not configured, not a CUPS queue)").arg(name);
        if (json)
            printJson(ctx, {{QStringLiteral("ok"), false}, {QStringLiteral("error"), msg}});
        else
            ctx.err << "postcounter-cli: " << msg << "\n";
        return ExitRefused;
    }
    auto st = p->status();
    if (!st) {
        if (json)
            printJson(ctx, {{QStringLiteral("ok"), false}, {QStringLiteral("error"), st.error().message}});
        else
            ctx.err << "postcounter-cli: " << st.error().message << " [" << st.error().code << "]\n";
        return ExitEnvironment;
    }
    if (json)
        printJson(ctx, stateJson(name, p->kind(), *st));
    else
        ctx.out << name << "\t" << p->kind() << "\t" << st->summary()
                << (st->reason.isEmpty() ? QString() : QStringLiteral("\t") + st->reason) << "\n";
    return ExitOk;
}
} // namespace

int runPrintersCommand(CliContext& ctx)
{
    bool usageError = false;
    const QString server = ctx.takeOption(QStringLiteral("--server"), &usageError).value_or(QString());
    if (usageError)
        return ExitUsage;
    const QString sub = ctx.args.isEmpty() ? QString() : ctx.args.takeFirst();
    if (sub == u"list")
        return list(ctx, server);
    if (sub == u"status")
        return status(ctx, server);
    return ctx.usage(QStringLiteral("printers list [--json] | printers status NAME [--json]"));
}

int runPrintCommand(CliContext& ctx)
{
    bool usageError = false;
    const auto printer = ctx.takeOption(QStringLiteral("--printer"), &usageError);
    const auto language = ctx.takeOption(QStringLiteral("--language"), &usageError);
    const auto copies = ctx.takeOption(QStringLiteral("--copies"), &usageError);
    const auto media = ctx.takeOption(QStringLiteral("--media"), &usageError);
    const auto title = ctx.takeOption(QStringLiteral("--title"), &usageError);
    const QString server = ctx.takeOption(QStringLiteral("--server"), &usageError).value_or(QString());
    const bool json = ctx.takeFlag(QStringLiteral("--json"));
    if (usageError)
        return ExitUsage;
    if (!printer || !language || ctx.args.size() != 1)
        return ctx.usage(QStringLiteral("print --printer NAME --language pdf|zpl|tspl|escpos|raster FILE "
                                        "[--copies N] [--media M] [--title T]"));
    const auto lang = printLanguageFromName(*language);
    if (!lang)
        return ctx.usage(
            QStringLiteral("unknown language %1: use pdf, zpl, tspl, escpos or raster").arg(*language));
    const int n = copies ? copies->toInt() : 1;
    if (n < 1 || n > 999)
        return ctx.usage(QStringLiteral("--copies must be 1…999"));
    QFile f(ctx.args.first());
    if (!f.open(QIODevice::ReadOnly))
        return ctx.fail(
            {QStringLiteral("print.file"), QStringLiteral("%1: %2").arg(f.fileName(), f.errorString())});

    auto cfg = ctx.config();
    if (!cfg)
        return ctx.fail(cfg.error());
    auto pc = services::loadPrintingConfig(cfg->configPath);
    if (!pc)
        return ctx.fail(pc.error());
    auto p = resolve(*pc, *printer, server);
    if (!p) {
        ctx.err << "postcounter-cli: no printer called " << *printer
                << " (not configured, not a CUPS queue)\n";
        return ExitRefused;
    }
    auto c = ctx.openDatabase(*cfg);
    if (!c)
        return ctx.fail(c.error());
    services::PrinterRegistry registry;
    registry.add(p);
    services::PrintQueueService queue(*c, registry);
    queue.setAutoRetries(0, 0);
    services::PrintRequest r;
    r.documentRef = QStringLiteral("cli:") + QFileInfo(f.fileName()).fileName();
    r.printer = *printer;
    r.job = {*lang, f.readAll(), media.value_or(QString()), n,
             title.value_or(QFileInfo(f.fileName()).fileName())};
    auto id = queue.enqueue(r);
    if (!id)
        return ctx.fail(id.error());
    queue.waitForIdle(300000);
    auto job = queue.job(*id);
    if (!job)
        return ctx.fail(job.error());
    const bool ok = job->state == u"printed";
    if (json) {
        QJsonObject o{
            {QStringLiteral("ok"), ok}, {QStringLiteral("job"), *id}, {QStringLiteral("state"), job->state}};
        if (!ok) {
            o.insert(QStringLiteral("code"), job->reasonCode);
            o.insert(QStringLiteral("error"), job->reason);
            o.insert(QStringLiteral("message"), services::clerkPrintMessage(job->reasonCode, *printer));
        }
        printJson(ctx, o);
    } else if (ok) {
        ctx.out << "printed job " << *id << " on " << *printer << "\n";
    } else {
        ctx.err << "postcounter-cli: job " << *id << " " << job->state << ": " << job->reason << " ["
                << job->reasonCode << "]\n";
    }
    return ok ? ExitOk : ExitRefused;
}

} // namespace pc::cli
