// postcounter-cli import-list FILE [--client NAME] [--inn INN] [--contract N] [--json]
// postcounter-cli business-list open [--json] | show ID [--json] | close ID [--allow-missing]
// A business client's pre-registered list ("Отправка" JSON or CSV): the good lines are imported, each
// bad line is reported with its line number and every reason. Exit 1 when no line could be imported.
#include "CliContext.h"
#include "CounterSession.h"
#include "domain/Money.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pc::cli {

namespace {

QJsonObject listJson(const db::BusinessListRecord& l)
{
    return {{QStringLiteral("id"), double(l.id)},
            {QStringLiteral("client"), l.clientName},
            {QStringLiteral("contract"), l.contract},
            {QStringLiteral("source"), l.sourceName},
            {QStringLiteral("state"), l.state},
            {QStringLiteral("expected"), l.expected},
            {QStringLiteral("accepted"), l.accepted},
            {QStringLiteral("lines_total"), l.linesTotal},
            {QStringLiteral("lines_rejected"), l.linesRejected}};
}

std::optional<qint64> listIdArg(CliContext& ctx)
{
    if (ctx.args.size() != 1)
        return std::nullopt;
    bool ok = false;
    const qint64 id = ctx.args.takeFirst().toLongLong(&ok);
    return ok && id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

int openLists(CliContext& ctx)
{
    const bool json = ctx.takeFlag(QStringLiteral("--json"));
    int code = ExitOk;
    auto env = CounterSession::open(ctx, &code, false);
    if (!env)
        return code;
    auto lists = env->counter().lists.openLists();
    if (!lists)
        return ctx.fail(lists.error());
    QJsonArray arr;
    for (const auto& l : *lists) {
        arr.append(listJson(l));
        if (!json)
            ctx.out << l.id << "  " << l.clientName << "  " << l.accepted << "/" << (l.accepted + l.expected)
                    << " accepted  " << l.sourceName << "\n";
    }
    if (json)
        ctx.out << QJsonDocument(arr).toJson();
    return ExitOk;
}

int showList(CliContext& ctx)
{
    const bool json = ctx.takeFlag(QStringLiteral("--json"));
    const auto id = listIdArg(ctx);
    if (!id)
        return ctx.usage(QStringLiteral("business-list show ID [--json]"));
    int code = ExitOk;
    auto env = CounterSession::open(ctx, &code, false);
    if (!env)
        return code;
    auto l = env->counter().lists.progress(*id);
    if (!l)
        return ctx.refuse(l.error());
    auto missing = env->counter().lists.missing(*id);
    if (!missing)
        return ctx.fail(missing.error());
    if (json) {
        QJsonObject o = listJson(*l);
        o.insert(QStringLiteral("missing"), QJsonArray::fromStringList(*missing));
        ctx.out << QJsonDocument(o).toJson();
        return ExitOk;
    }
    ctx.out << "list " << l->id << " (" << l->clientName << ", " << l->state << "): " << l->accepted
            << " accepted, " << l->expected << " still to scan\n";
    for (const QString& b : *missing)
        ctx.out << "  missing " << b << "\n";
    return ExitOk;
}

int closeList(CliContext& ctx)
{
    const bool allowMissing = ctx.takeFlag(QStringLiteral("--allow-missing"));
    const auto id = listIdArg(ctx);
    if (!id)
        return ctx.usage(QStringLiteral("business-list close ID [--allow-missing]"));
    int code = ExitOk;
    auto env = CounterSession::open(ctx, &code);
    if (!env)
        return code;
    auto closed = env->counter().lists.close(*id, allowMissing);
    if (!closed)
        return ctx.refuse(closed.error());
    env->waitForPrinting();
    ctx.out << "list " << *id << " closed: " << closed->list.accepted << " items on Ф.103 (print job "
            << closed->f103Job << ")";
    if (!closed->missing.isEmpty())
        ctx.out << ", not presented: " << closed->missing.join(QStringLiteral(", "));
    ctx.out << "\n";
    return ExitOk;
}

} // namespace

int runImportListCommand(CliContext& ctx)
{
    bool usageError = false;
    services::BusinessClient client;
    client.name = ctx.takeOption(QStringLiteral("--client"), &usageError).value_or(QString());
    client.inn = ctx.takeOption(QStringLiteral("--inn"), &usageError).value_or(QString());
    client.contract = ctx.takeOption(QStringLiteral("--contract"), &usageError).value_or(QString());
    const bool json = ctx.takeFlag(QStringLiteral("--json"));
    if (usageError || ctx.args.size() != 1)
        return ctx.usage(
            QStringLiteral("import-list FILE [--client NAME] [--inn INN] [--contract N] [--json]"));
    const QString path = ctx.args.takeFirst();
    int code = ExitOk;
    auto env = CounterSession::open(ctx, &code, false);
    if (!env)
        return code;
    auto report = env->counter().lists.importFile(path, client);
    if (!report)
        return ctx.refuse(report.error());
    if (json) {
        QJsonArray rejected;
        for (const auto& r : report->rejected) {
            QJsonArray reasons;
            for (const auto& i : r.issues)
                reasons.append(QJsonObject{{QStringLiteral("field"), i.field},
                                           {QStringLiteral("code"), i.code},
                                           {QStringLiteral("message"), i.message}});
            rejected.append(QJsonObject{{QStringLiteral("line"), r.line},
                                        {QStringLiteral("barcode"), r.barcode},
                                        {QStringLiteral("reasons"), reasons}});
        }
        ctx.out << QJsonDocument(QJsonObject{{QStringLiteral("list_id"), double(report->listId)},
                                             {QStringLiteral("format"), report->format},
                                             {QStringLiteral("lines"), report->total},
                                             {QStringLiteral("imported"), report->imported},
                                             {QStringLiteral("total_kop"), double(report->totalKop)},
                                             {QStringLiteral("rejected"), rejected}})
                       .toJson();
    } else {
        ctx.out << "imported " << report->imported << " of " << report->total << " lines";
        if (report->listId)
            ctx.out << " as list " << report->listId << " (tariff total "
                    << Money::fromKopecks(report->totalKop).format(NumberStyle::English, false) << " RUB)";
        ctx.out << "\n";
        for (const auto& r : report->rejected) {
            QStringList reasons;
            for (const auto& i : r.issues)
                reasons << i.message;
            ctx.out << "line " << r.line
                    << (r.barcode.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(r.barcode)) << ": "
                    << reasons.join(QStringLiteral("; ")) << "\n";
        }
    }
    return report->imported > 0 ? ExitOk : ExitRefused;
}

int runBusinessListCommand(CliContext& ctx)
{
    return runSubcommand(ctx, "business-list",
                         {{"open", openLists}, {"show", showList}, {"close", closeList}});
}

} // namespace pc::cli
