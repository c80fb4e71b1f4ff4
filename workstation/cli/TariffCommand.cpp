// postcounter-cli tariff quote JSON|- | import FILE | versions [--json]   (contract: issue 3)
#include "CliContext.h"
#include "domain/tariff/QuoteJson.h"
#include "services/tariff/TariffService.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <optional>

namespace pc::cli {

namespace {

// The tariff service on the configured database, with the bundled sample imported when it has none.
struct TariffSession {
    SystemClock clock;
    std::optional<db::Connection> conn;
    std::optional<services::TariffService> service;
};

std::optional<Error> open(CliContext& ctx, TariffSession& s)
{
    auto cfg = ctx.config();
    if (!cfg)
        return cfg.error();
    auto conn = ctx.openDatabase(*cfg);
    if (!conn)
        return conn.error();
    s.conn.emplace(std::move(*conn));
    s.service.emplace(*s.conn, s.clock, cfg->utcOffsetMin);
    if (auto st = s.service->ensureTariffs(); !st)
        return st.error();
    return std::nullopt;
}

void printJson(CliContext& ctx, const QJsonObject& o)
{
    ctx.out << QJsonDocument(o).toJson(QJsonDocument::Compact) << "\n";
    ctx.out.flush();
}

int refuse(CliContext& ctx, const QList<Error>& errors)
{
    printJson(ctx, tariff::refusalToJson(errors));
    return ExitRefused;
}

int quote(CliContext& ctx)
{
    if (ctx.args.size() != 1)
        return ctx.usage(
            QStringLiteral("tariff quote JSON   (or - to read the request from standard input)"));
    QByteArray text = ctx.args.first().toUtf8();
    if (ctx.args.first() == QStringLiteral("-")) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return ctx.fail(Error{QStringLiteral("cli.stdin"), QStringLiteral("cannot read standard input")});
        text = in.readAll();
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return refuse(
            ctx, {Error{QStringLiteral("tariff.bad_request"),
                        QStringLiteral("The quote request is not a JSON object: %1")
                            .arg(pe.error != QJsonParseError::NoError ? pe.errorString()
                                                                      : QStringLiteral("expected {…}"))}});
    TariffSession s;
    if (auto e = open(ctx, s))
        return ctx.fail(*e);
    auto request = tariff::quoteRequestFromJson(doc.object(), s.service->today());
    if (!request)
        return refuse(ctx, {request.error()});
    const tariff::QuoteResult r = s.service->quote(*request);
    if (!r.ok())
        return refuse(ctx, r.errors);
    printJson(ctx, tariff::quoteToJson(r.quote));
    return ExitOk;
}

QJsonObject recordJson(const db::TariffVersionRecord& r, bool inForce)
{
    return QJsonObject{{QStringLiteral("name"), r.name},
                       {QStringLiteral("effective_from"), r.effectiveFrom.toString(Qt::ISODate)},
                       {QStringLiteral("sample"), r.sample},
                       {QStringLiteral("sha256"), r.sha256},
                       {QStringLiteral("imported_at"), r.importedAtUtc.toString(Qt::ISODateWithMs)},
                       {QStringLiteral("in_force"), inForce}};
}

int import(CliContext& ctx)
{
    const bool json = ctx.takeFlag(QStringLiteral("--json"));
    if (ctx.args.size() != 1)
        return ctx.usage(QStringLiteral("tariff import FILE [--json]"));
    TariffSession s;
    if (auto e = open(ctx, s))
        return ctx.fail(*e);
    tariff::TariffFileError fileError;
    auto imported = s.service->importFile(ctx.args.first(), &fileError);
    if (!imported) {
        if (imported.error().code == QLatin1String("tariff.file_unreadable"))
            return ctx.fail(imported.error());
        if (json) {
            QJsonObject o = tariff::refusalToJson({imported.error()});
            if (fileError.line > 0)
                o.insert(QStringLiteral("line"), fileError.line);
            printJson(ctx, o);
        } else {
            ctx.err << "postcounter-cli: refused, the tariff versions are unchanged: "
                    << imported.error().message << " [" << imported.error().code << "]\n";
        }
        return ExitRefused;
    }
    const auto& r = imported->record;
    if (json) {
        QJsonObject o{{QStringLiteral("ok"), true},
                      {QStringLiteral("already_present"), imported->alreadyPresent}};
        o.insert(QStringLiteral("version"), recordJson(r, false));
        printJson(ctx, o);
    } else {
        ctx.out << (imported->alreadyPresent ? "already imported: " : "imported: ") << r.name
                << "\teffective from " << r.effectiveFrom.toString(Qt::ISODate)
                << (r.sample ? "\tsample" : "") << "\n";
    }
    return ExitOk;
}

int versions(CliContext& ctx)
{
    const bool json = ctx.takeFlag(QStringLiteral("--json"));
    if (!ctx.args.isEmpty())
        return ctx.usage(QStringLiteral("tariff versions [--json]"));
    TariffSession s;
    if (auto e = open(ctx, s))
        return ctx.fail(*e);
    auto list = s.service->versions();
    if (!list)
        return ctx.fail(list.error());
    const QDate today = s.service->today();
    qsizetype inForce = -1;
    for (qsizetype i = 0; i < list->size(); ++i)
        if (list->at(i).effectiveFrom <= today)
            inForce = i;
    QJsonArray a;
    for (qsizetype i = 0; i < list->size(); ++i) {
        const auto& r = list->at(i);
        if (json)
            a.append(recordJson(r, i == inForce));
        else
            ctx.out << r.name << "\t" << r.effectiveFrom.toString(Qt::ISODate) << "\t"
                    << (r.sample ? "sample" : "official") << "\t" << r.sha256.left(12)
                    << (i == inForce ? "\tin force" : "") << "\n";
    }
    if (json)
        ctx.out << QJsonDocument(a).toJson(QJsonDocument::Compact) << "\n";
    return ExitOk;
}

} // namespace

int runTariffCommand(CliContext& ctx)
{
    return runSubcommand(ctx, "tariff",
                         {
                             {"quote", quote},
                             {"import", import},
                             {"versions", versions},
                         });
}

} // namespace pc::cli
