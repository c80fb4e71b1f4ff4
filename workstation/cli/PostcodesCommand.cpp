// postcounter-cli postcodes lookup POSTCODE | import FILE | search PREFIX [--limit N]   (issue 7)
#include "CliContext.h"
#include "services/address/PostcodeDirectory.h"

#include <QCoreApplication>
#include <optional>

namespace pc::cli {

namespace {

// The directory on the configured database. Lookups and searches seed the sample directory into an
// empty database (as the counter does at start); an import does not, so a real directory never mixes
// with the sample.
struct PostcodeSession {
    SystemClock clock;
    std::optional<CliContext::Workstation> ws;
    std::optional<services::PostcodeDirectory> directory;
};

std::optional<Error> open(CliContext& ctx, PostcodeSession& s, bool seedSample)
{
    auto ws = ctx.openWorkstation();
    if (!ws)
        return ws.error();
    s.ws.emplace(std::move(*ws));
    s.directory.emplace(s.ws->connection, s.clock);
    if (seedSample)
        if (auto st = s.directory->ensureSample(); !st)
            return st.error();
    return std::nullopt;
}

void printOffice(CliContext& ctx, const services::PostcodeInfo& p)
{
    ctx.out << p.postcode << "\t" << p.officeName << "\t" << p.region << "\t" << p.settlement;
    if (p.closed)
        ctx.out << "\t" << QCoreApplication::translate("PostcodesCommand", "closed");
    else if (p.kind != acceptance::OfficeKind::Office)
        ctx.out << "\t" << acceptance::officeKindCode(p.kind);
    if (p.sample)
        ctx.out << "\t" << QCoreApplication::translate("PostcodesCommand", "(sample directory)");
    ctx.out << "\n";
}

int lookup(CliContext& ctx)
{
    if (ctx.args.size() != 1)
        return ctx.usage(QStringLiteral("postcodes lookup POSTCODE"));
    PostcodeSession s;
    if (auto e = open(ctx, s, true))
        return ctx.fail(*e);
    auto info = s.directory->lookup(ctx.args.first());
    if (!info)
        return info.error().code.startsWith(QLatin1String("postcode.")) ? ctx.refuse(info.error())
                                                                        : ctx.fail(info.error());
    ctx.out << QCoreApplication::translate("PostcodesCommand", "office:") << " " << info->officeName << "\n"
            << QCoreApplication::translate("PostcodesCommand", "region:") << " " << info->region << "\n"
            << QCoreApplication::translate("PostcodesCommand", "settlement:") << " " << info->settlement
            << "\n";
    if (info->kind != acceptance::OfficeKind::Office)
        ctx.out << QCoreApplication::translate("PostcodesCommand", "kind:") << " "
                << acceptance::officeKindCode(info->kind) << "\n";
    if (info->sample)
        ctx.out << QCoreApplication::translate(
                       "PostcodesCommand",
                       "source: sample directory (import the current one before live use)")
                << "\n";
    return ExitOk;
}

int search(CliContext& ctx)
{
    bool bad = false;
    const auto limitText = ctx.takeOption(QStringLiteral("--limit"), &bad);
    if (bad)
        return ExitUsage;
    int limit = 20;
    if (limitText) {
        bool ok = false;
        limit = limitText->toInt(&ok);
        if (!ok || limit < 1)
            return ctx.usage(QStringLiteral("--limit wants a positive number, not %1").arg(*limitText));
    }
    if (ctx.args.size() != 1)
        return ctx.usage(QStringLiteral("postcodes search PREFIX [--limit N]"));
    PostcodeSession s;
    if (auto e = open(ctx, s, true))
        return ctx.fail(*e);
    auto list = s.directory->search(ctx.args.first(), limit);
    if (!list)
        return list.error().code == QLatin1String("postcode.format") ? ctx.refuse(list.error())
                                                                     : ctx.fail(list.error());
    for (const auto& p : *list)
        printOffice(ctx, p);
    if (list->isEmpty()) {
        ctx.err << "postcounter-cli: "
                << QCoreApplication::translate("PostcodesCommand", "no postcode starts with %1")
                       .arg(ctx.args.first())
                << "\n";
        return ExitRefused;
    }
    return ExitOk;
}

int import(CliContext& ctx)
{
    if (ctx.args.size() != 1)
        return ctx.usage(QStringLiteral("postcodes import FILE"));
    PostcodeSession s;
    if (auto e = open(ctx, s, false))
        return ctx.fail(*e);
    auto report = s.directory->importFile(ctx.args.first());
    if (!report)
        return report.error().code == QLatin1String("postcode.file_unreadable") ? ctx.fail(report.error())
                                                                                : ctx.refuse(report.error());
    ctx.out << QCoreApplication::translate("PostcodesCommand", "%n postcode(s) imported", nullptr,
                                           report->imported)
            << "\n";
    if (!report->rejected.isEmpty())
        ctx.out << QCoreApplication::translate("PostcodesCommand", "%n line(s) rejected:", nullptr,
                                               int(report->rejected.size()))
                << "\n";
    for (const auto& r : report->rejected)
        ctx.out << QCoreApplication::translate("PostcodesCommand", "line %1: %2").arg(r.line).arg(r.reason)
                << "\n";
    ctx.out.flush();
    if (report->imported == 0) {
        ctx.err << "postcounter-cli: "
                << QCoreApplication::translate("PostcodesCommand",
                                               "nothing was imported; the directory is unchanged")
                << "\n";
        return ExitRefused;
    }
    return ExitOk;
}

} // namespace

int runPostcodesCommand(CliContext& ctx)
{
    return runSubcommand(ctx, "postcodes",
                         {
                             {"lookup", lookup},
                             {"import", import},
                             {"search", search},
                         });
}

} // namespace pc::cli
