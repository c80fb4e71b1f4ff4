// postcounter-cli id check|next|ranges|add-range|split-range
#include "CliContext.h"
#include "db/IdentifierRangeRepository.h"
#include "db/Transaction.h"
#include "db/TransactionRunner.h"
#include "services/AcceptanceService.h"
#include "services/OfficeSetup.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace pc::cli {

namespace {

int check(CliContext& ctx)
{
    const bool json = ctx.takeFlag(QStringLiteral("--json"));
    if (ctx.args.isEmpty())
        return ctx.usage(QStringLiteral("id check needs at least one identifier"));
    bool allValid = true;
    for (const QString& raw : ctx.args) {
        if (raw.startsWith(QStringLiteral("--")))
            return ctx.usage(QStringLiteral("unknown option %1").arg(raw));
        const QByteArray utf8 = raw.toUtf8();
        const IdCheck c =
            checkIdentifier(std::string_view(utf8.constData(), static_cast<size_t>(utf8.size())));
        const auto parsed = parseItemId(raw);
        // The normalised form: spaces removed, letters upper-cased (the whole input, even when long).
        QString normalized = raw.simplified().remove(u' ').toUpper();
        allValid = allValid && c.valid();
        if (json) {
            QJsonObject o{{QStringLiteral("id"), normalized}, {QStringLiteral("valid"), c.valid()}};
            if (c.kindKnown)
                o.insert(QStringLiteral("kind"), idKindName(c.kind));
            if (!parsed) {
                o.insert(QStringLiteral("error"), parsed.error().message);
                o.insert(QStringLiteral("error_code"), parsed.error().code);
            }
            ctx.out << QJsonDocument(o).toJson(QJsonDocument::Compact) << "\n";
        } else if (parsed) {
            ctx.out << normalized << "\tvalid\t" << idKindName(c.kind) << "\n";
        } else {
            ctx.out << normalized << "\tinvalid\t" << parsed.error().message << "\n";
        }
    }
    return allValid ? ExitOk : ExitRefused;
}

int next(CliContext& ctx)
{
    bool usageError = false;
    const QString kindName =
        ctx.takeOption(QStringLiteral("--kind"), &usageError).value_or(QStringLiteral("rpo14"));
    const auto service = ctx.takeOption(QStringLiteral("--service"), &usageError);
    if (usageError)
        return ExitUsage;
    if (!ctx.args.isEmpty())
        return ctx.usage(QStringLiteral("unexpected argument %1").arg(ctx.args.first()));
    IdKind kind;
    if (kindName == QStringLiteral("rpo14"))
        kind = IdKind::Rpo14;
    else if (kindName == QStringLiteral("s10"))
        kind = IdKind::S10;
    else
        return ctx.usage(QStringLiteral("--kind is rpo14 or s10, not %1").arg(kindName));
    // --service R: one letter takes any range of that service (RA, RB…); two letters pick one.
    const QString si = service.value_or(QStringLiteral("R")).toUpper();
    if (si.isEmpty() || si.size() > 2)
        return ctx.usage(QStringLiteral("--service is one or two letters (R, C, E, RA…)"));

    auto ws = ctx.openWorkstation();
    if (!ws)
        return ctx.fail(ws.error());
    SystemClock clock;
    services::AcceptanceService acceptance(ws->connection, clock, services::counterContextFrom(ws->config));
    auto id = acceptance.allocateIdentifier(kind, si);
    if (!id)
        return ctx.refuse(id.error());
    ctx.out << id->text << "\n";
    return ExitOk;
}

int ranges(CliContext& ctx)
{
    const bool json = ctx.takeFlag(QStringLiteral("--json"));
    auto ws = ctx.openWorkstation();
    if (!ws)
        return ctx.fail(ws.error());
    auto list = db::IdentifierRangeRepository(ws->connection).ranges(ws->config.officePostcode);
    if (!list)
        return ctx.fail(list.error());
    for (const auto& r : *list) {
        if (json) {
            ctx.out << QJsonDocument(
                           QJsonObject{{QStringLiteral("id"), static_cast<double>(r.id)},
                                       {QStringLiteral("counter"), r.counterId},
                                       {QStringLiteral("kind"), idKindName(r.kind)},
                                       {QStringLiteral("prefix"), r.prefix},
                                       {QStringLiteral("country"), r.country},
                                       {QStringLiteral("first"), static_cast<double>(r.firstSerial)},
                                       {QStringLiteral("last"), static_cast<double>(r.lastSerial)},
                                       {QStringLiteral("next"), static_cast<double>(r.nextSerial)},
                                       {QStringLiteral("remaining"), static_cast<double>(r.remaining())}})
                           .toJson(QJsonDocument::Compact)
                    << "\n";
        } else {
            ctx.out << r.id << "\t" << idKindName(r.kind) << "\t" << r.prefix << r.country << "\t"
                    << r.firstSerial << ".." << r.lastSerial << "\tnext " << r.nextSerial << "\t"
                    << r.remaining() << " left\t"
                    << (r.counterId.isEmpty() ? QStringLiteral("shared")
                                              : QStringLiteral("counter ") + r.counterId)
                    << "\n";
        }
    }
    return ExitOk;
}

int addRange(CliContext& ctx)
{
    bool usageError = false;
    const auto kindName = ctx.takeOption(QStringLiteral("--kind"), &usageError);
    const auto prefix = ctx.takeOption(QStringLiteral("--prefix"), &usageError);
    const auto country = ctx.takeOption(QStringLiteral("--country"), &usageError);
    const auto first = ctx.takeOption(QStringLiteral("--first"), &usageError);
    const auto last = ctx.takeOption(QStringLiteral("--last"), &usageError);
    const auto counter = ctx.takeOption(QStringLiteral("--counter"), &usageError);
    if (usageError || !kindName || !prefix || !first || !last)
        return ctx.usage(QStringLiteral(
            "id add-range --kind rpo14|s10 --prefix P --first N --last N [--country RU] [--counter ID]"));
    db::IdentifierRange r;
    r.kind = *kindName == QStringLiteral("s10") ? IdKind::S10 : IdKind::Rpo14;
    r.prefix = *prefix;
    r.country = country.value_or(r.kind == IdKind::S10 ? QStringLiteral("RU") : QString());
    bool ok1 = false, ok2 = false;
    r.firstSerial = first->toLongLong(&ok1);
    r.lastSerial = last->toLongLong(&ok2);
    r.nextSerial = r.firstSerial;
    r.counterId = counter.value_or(QString());
    if (!ok1 || !ok2 || r.firstSerial > r.lastSerial)
        return ctx.usage(QStringLiteral("--first and --last are serial numbers with first <= last"));
    auto ws = ctx.openWorkstation();
    if (!ws)
        return ctx.fail(ws.error());
    r.officePostcode = ws->config.officePostcode;
    auto id = db::IdentifierRangeRepository(ws->connection).addRange(r);
    if (!id) {
        ctx.err << "postcounter-cli: " << id.error().message << "\n";
        return ExitRefused;
    }
    ctx.out << "range " << *id << " added\n";
    return ExitOk;
}

// A busy office gives each window its own part of a shared range, so windows stop queueing on one row.
int splitRange(CliContext& ctx)
{
    bool usageError = false;
    const auto counters = ctx.takeOption(QStringLiteral("--counters"), &usageError);
    bool ok = false;
    const qint64 rangeId = ctx.args.size() == 1 ? ctx.args.first().toLongLong(&ok) : 0;
    if (usageError || !counters || !ok)
        return ctx.usage(QStringLiteral("id split-range RANGE_ID --counters 1,2,3 (see id ranges)"));
    const QStringList ids = counters->split(u',', Qt::SkipEmptyParts);
    auto ws = ctx.openWorkstation();
    if (!ws)
        return ctx.fail(ws.error());
    auto parts = db::runInTransaction<QList<qint64>>(ws->connection, [&]() -> Result<QList<qint64>> {
        return db::IdentifierRangeRepository(ws->connection).splitAmongCounters(rangeId, ids);
    });
    if (!parts) {
        ctx.err << "postcounter-cli: " << parts.error().message << "\n";
        return ExitRefused;
    }
    for (int i = 0; i < parts->size(); ++i)
        ctx.out << "range " << parts->at(i) << " → counter " << ids[i] << "\n";
    return ExitOk;
}

} // namespace

int runIdCommand(CliContext& ctx)
{
    return runSubcommand(ctx, "id",
                         {
                             {"check", check},
                             {"next", next},
                             {"ranges", ranges},
                             {"add-range", addRange},
                             {"split-range", splitRange},
                         });
}

} // namespace pc::cli
