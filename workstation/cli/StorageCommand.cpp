// postcounter-cli storage expiring [--date D] [--json] | remind [--date D] [--days N] | find TEXT [--json] |
// extend ID --days N [--sender]
//                        | return-expired [--date D] | calendar [list | set DAY working|holiday [--note N] |
//                        remove DAY]
// The storage room: what expires when, where an item is and what is due, extensions (6.4 addressee,
// 6.5 with --sender), and the batch return of expired items (3.1; "not to be returned" items are kept
// as unclaimed), and the office calendar's exceptions to the Monday–Friday week (holidays, working
// Saturdays) that storage periods are counted by. Recipient name and phone are never printed.
#include "CliContext.h"
#include "db/storage/OfficeCalendarRepository.h"
#include "services/OfficeSetup.h"
#include "services/storage/StorageService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pc::cli {

namespace {

QJsonObject viewJson(const services::StoredItemView& v)
{
    const auto& s = v.stored;
    QJsonObject o{{QStringLiteral("id"), s.itemId},
                  {QStringLiteral("place"), s.place},
                  {QStringLiteral("holding"), storage::holdingName(s.holding)},
                  {QStringLiteral("category"), storage::categoryName(s.category)},
                  {QStringLiteral("state"), s.state},
                  {QStringLiteral("storage_from"), s.storageFrom.toString(Qt::ISODate)},
                  {QStringLiteral("storage_until"), s.storageUntil.toString(Qt::ISODate)},
                  {QStringLiteral("extended_days"), s.extendedDays},
                  {QStringLiteral("no_return"), s.noReturn},
                  {QStringLiteral("due_kop"), double(v.dueKop)}};
    if (v.objectCode)
        o.insert(QStringLiteral("object"), *v.objectCode);
    return o;
}

void printViews(CliContext& ctx, const QList<services::StoredItemView>& views, bool json)
{
    for (const auto& v : views) {
        if (json) {
            ctx.out << QJsonDocument(viewJson(v)).toJson(QJsonDocument::Compact) << "\n";
            continue;
        }
        const auto& s = v.stored;
        ctx.out << s.itemId << "\t" << s.place << "\t" << storage::holdingName(s.holding) << "\t" << s.state
                << "\tuntil " << s.storageUntil.toString(Qt::ISODate);
        if (v.dueKop > 0)
            ctx.out << "\tCOD " << QString::number(double(v.dueKop) / 100.0, 'f', 2);
        if (s.noReturn)
            ctx.out << "\tno-return";
        ctx.out << "\n";
    }
}

// The date option, or the office's local today. nullopt after reporting a usage error.
std::optional<QDate> dateOption(CliContext& ctx, const services::StorageService& storage, bool* usageError)
{
    const auto text = ctx.takeOption(QStringLiteral("--date"), usageError);
    if (!text)
        return storage.localToday();
    const QDate d = QDate::fromString(*text, Qt::ISODate);
    if (!d.isValid()) {
        ctx.usage(QStringLiteral("--date is YYYY-MM-DD, not %1").arg(*text));
        *usageError = true;
        return std::nullopt;
    }
    return d;
}

template <typename Fn> int withStorage(CliContext& ctx, Fn fn)
{
    auto ws = ctx.openWorkstation();
    if (!ws)
        return ctx.fail(ws.error());
    SystemClock clock;
    services::StorageService storage(ws->connection, clock, services::counterContextFrom(ws->config),
                                     services::extensionLimitsFrom(ws->config));
    return fn(storage);
}

int expiring(CliContext& ctx)
{
    const bool json = ctx.takeFlag(QStringLiteral("--json"));
    return withStorage(ctx, [&](services::StorageService& storage) {
        bool usageError = false;
        const auto date = dateOption(ctx, storage, &usageError);
        if (usageError || !ctx.args.isEmpty())
            return ctx.usage(QStringLiteral("storage expiring [--date YYYY-MM-DD] [--json]"));
        auto list = storage.expiring(*date);
        if (!list)
            return ctx.fail(list.error());
        printViews(ctx, *list, json);
        return int(ExitOk);
    });
}

// The daily reminder run: secondary notices (8.24) for items ending within --days (5) of the date.
int remind(CliContext& ctx)
{
    const bool json = ctx.takeFlag(QStringLiteral("--json"));
    return withStorage(ctx, [&](services::StorageService& storage) {
        bool usageError = false;
        const auto date = dateOption(ctx, storage, &usageError);
        const auto days = ctx.takeOption(QStringLiteral("--days"), &usageError);
        bool ok = true;
        const int ahead = days ? days->toInt(&ok) : 5;
        if (usageError || !ok || ahead < 0 || !ctx.args.isEmpty())
            return ctx.usage(QStringLiteral("storage remind [--date YYYY-MM-DD] [--days N] [--json]"));
        auto list = storage.remind(*date, ahead);
        if (!list)
            return ctx.fail(list.error());
        printViews(ctx, *list, json);
        return int(ExitOk);
    });
}

int find(CliContext& ctx)
{
    const bool json = ctx.takeFlag(QStringLiteral("--json"));
    if (ctx.args.isEmpty())
        return ctx.usage(
            QStringLiteral("storage find TEXT [--json]   (identifier, fragment, phone or name)"));
    const QString text = ctx.args.join(u' ');
    return withStorage(ctx, [&](services::StorageService& storage) {
        auto found = storage.find(text);
        if (!found)
            return ctx.fail(found.error());
        if (found->isEmpty() && !json) {
            ctx.err << "nothing stored matches\n";
            return int(ExitRefused);
        }
        printViews(ctx, *found, json);
        return int(found->isEmpty() ? ExitRefused : ExitOk);
    });
}

int extend(CliContext& ctx)
{
    bool usageError = false;
    const auto days = ctx.takeOption(QStringLiteral("--days"), &usageError);
    const bool sender = ctx.takeFlag(QStringLiteral("--sender"));
    bool ok = false;
    const int n = days ? days->toInt(&ok) : 0;
    if (usageError || !days || !ok || ctx.args.size() != 1)
        return ctx.usage(QStringLiteral("storage extend ID --days N [--sender]"));
    const QString id = ctx.args.takeFirst();
    return withStorage(ctx, [&](services::StorageService& storage) {
        auto done = storage.extend(id, n, !sender);
        if (!done)
            return ctx.refuse(done.error());
        printViews(ctx, {*done}, false);
        return int(ExitOk);
    });
}

int returnExpired(CliContext& ctx)
{
    return withStorage(ctx, [&](services::StorageService& storage) {
        bool usageError = false;
        const auto date = dateOption(ctx, storage, &usageError);
        if (usageError || !ctx.args.isEmpty())
            return ctx.usage(QStringLiteral("storage return-expired [--date YYYY-MM-DD]"));
        auto batch = storage.returnExpired(*date);
        if (!batch)
            return ctx.fail(batch.error());
        for (const QString& id : batch->returned)
            ctx.out << id << "\treturned\n";
        for (const QString& id : batch->unclaimed)
            ctx.out << id << "\tunclaimed\n";
        ctx.out << batch->returned.size() << " returned to sender, " << batch->unclaimed.size()
                << " kept as unclaimed\n";
        return int(ExitOk);
    });
}

int calendar(CliContext& ctx)
{
    bool usageError = false;
    const QString note = ctx.takeOption(QStringLiteral("--note"), &usageError).value_or(QString());
    const QString synopsis = QStringLiteral(
        "storage calendar [list | set YYYY-MM-DD working|holiday [--note N] | remove YYYY-MM-DD]");
    const QString sub = ctx.args.isEmpty() ? QStringLiteral("list") : ctx.args.takeFirst();
    if (usageError)
        return ctx.usage(synopsis);
    auto ws = ctx.openWorkstation();
    if (!ws)
        return ctx.fail(ws.error());
    db::OfficeCalendarRepository repo(ws->connection);
    if (sub == u"list" && ctx.args.isEmpty()) {
        auto days = repo.list();
        if (!days)
            return ctx.fail(days.error());
        for (const auto& d : *days)
            ctx.out << d.day.toString(Qt::ISODate) << "\t" << (d.working ? "working" : "holiday") << "\t"
                    << d.note << "\n";
        return ExitOk;
    }
    const QDate day = ctx.args.isEmpty() ? QDate() : QDate::fromString(ctx.args.takeFirst(), Qt::ISODate);
    if (!day.isValid())
        return ctx.usage(synopsis);
    if (sub == u"remove" && ctx.args.isEmpty()) {
        if (auto st = repo.remove(day); !st)
            return ctx.fail(st.error());
        return ExitOk;
    }
    if (sub != u"set" || ctx.args.size() != 1 || (ctx.args[0] != u"working" && ctx.args[0] != u"holiday"))
        return ctx.usage(synopsis);
    if (auto st = repo.set({day, ctx.args[0] == u"working", note}); !st)
        return ctx.fail(st.error());
    return ExitOk;
}

} // namespace

int runStorageCommand(CliContext& ctx)
{
    return runSubcommand(ctx, "storage",
                         {{"expiring", expiring},
                          {"remind", remind},
                          {"find", find},
                          {"extend", extend},
                          {"return-expired", returnExpired},
                          {"calendar", calendar}});
}

} // namespace pc::cli
