// postcounter-cli returns import FILE [--json] | show CODE [--json] | day [--date YYYY-MM-DD] [--json|--csv]
// Easy returns to online shops (docs/easy-return.md): a shop's list of return codes is registered,
// a code can be looked up as the counter would, and the day's accepted returns are listed per shop
// (what each shop's contract is billed for). Accepting a return: `accept --item FILE.json --pay
// contract` with "return_code" in the item.
#include "CliContext.h"
#include "domain/Money.h"
#include "services/OfficeSetup.h"
#include "services/returns/EasyReturnService.h"
#include "services/returns/ReturnsDayReport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pc::cli {

namespace {

template <typename Fn> int withReturns(CliContext& ctx, Fn fn)
{
    auto ws = ctx.openWorkstation();
    if (!ws)
        return ctx.fail(ws.error());
    SystemClock clock;
    services::EasyReturnService returns(ws->connection, clock, services::counterContextFrom(ws->config));
    return fn(returns);
}

int importList(CliContext& ctx)
{
    const bool json = ctx.takeFlag(QStringLiteral("--json"));
    if (ctx.args.size() != 1)
        return ctx.usage(QStringLiteral("returns import needs the shop's return list (JSON)"));
    const QString path = ctx.args.first();
    return withReturns(ctx, [&](services::EasyReturnService& returns) {
        auto report = returns.importFile(path);
        if (!report)
            return ctx.refuse(report.error());
        QJsonArray rejected;
        for (const auto& l : std::as_const(report->rejected))
            rejected.append(QJsonObject{{QStringLiteral("index"), l.index},
                                        {QStringLiteral("code"), l.code},
                                        {QStringLiteral("problem"), l.problem}});
        if (json) {
            ctx.out << QJsonDocument(QJsonObject{{QStringLiteral("shop"), report->shop.name},
                                                 {QStringLiteral("contract"), report->shop.contract},
                                                 {QStringLiteral("imported"), report->imported},
                                                 {QStringLiteral("already_registered"),
                                                  QJsonArray::fromStringList(report->alreadyRegistered)},
                                                 {QStringLiteral("rejected"), rejected}})
                           .toJson(QJsonDocument::Compact)
                    << "\n";
        } else {
            ctx.out << report->shop.name << " (contract " << report->shop.contract
                    << "): " << report->imported << " codes registered, " << report->alreadyRegistered.size()
                    << " already known, " << report->rejected.size() << " rejected\n";
            for (const auto& l : std::as_const(report->rejected))
                ctx.out << "  return " << l.index << " " << l.code << ": " << l.problem << "\n";
        }
        return report->rejected.isEmpty() ? int(ExitOk) : int(ExitRefused);
    });
}

int show(CliContext& ctx)
{
    const bool json = ctx.takeFlag(QStringLiteral("--json"));
    if (ctx.args.size() != 1)
        return ctx.usage(QStringLiteral("returns show needs one return code"));
    return withReturns(ctx, [&](services::EasyReturnService& returns) {
        auto r = returns.lookup(ctx.args.first());
        if (!r)
            return ctx.refuse(r.error());
        if (json)
            ctx.out << QJsonDocument(services::returnAuthorizationJson(*r)).toJson(QJsonDocument::Compact)
                    << "\n";
        else
            ctx.out << r->authorization.code << "\t" << r->authorization.shop.name << "\tcontract "
                    << r->authorization.shop.contract << "\tto " << r->authorization.shop.address.postcode
                    << "\tvalid until " << r->authorization.validUntil.toString(Qt::ISODate) << "\n";
        return int(ExitOk);
    });
}

int day(CliContext& ctx)
{
    const bool json = ctx.takeFlag(QStringLiteral("--json"));
    const bool csv = ctx.takeFlag(QStringLiteral("--csv"));
    bool bad = false;
    const auto date = ctx.takeOption(QStringLiteral("--date"), &bad);
    if (bad)
        return ExitUsage;
    if (!ctx.args.isEmpty())
        return ctx.usage(QStringLiteral("returns day takes no arguments, only --date and --json or --csv"));
    return withReturns(ctx, [&](services::EasyReturnService& returns) {
        const QDate d = date ? QDate::fromString(*date, Qt::ISODate) : returns.localToday();
        if (!d.isValid())
            return ctx.usage(QStringLiteral("--date is YYYY-MM-DD, not %1").arg(*date));
        auto shops = returns.day(d);
        if (!shops)
            return ctx.fail(shops.error());
        if (json) {
            ctx.out << QJsonDocument(services::returnsDayJson(d, *shops)).toJson(QJsonDocument::Compact)
                    << "\n";
            return int(ExitOk);
        }
        if (csv) {
            ctx.out << services::returnsDayCsv(d, *shops);
            return int(ExitOk);
        }
        for (const services::ShopReturns& s : std::as_const(*shops)) {
            ctx.out << s.shopName << " (contract " << s.contract << "): " << s.items.size() << " returns\n";
            for (const auto& r : s.items)
                ctx.out << "  " << r.itemId << "\t" << r.authorization.code << "\torder "
                        << r.authorization.orderRef << "\n";
        }
        if (shops->isEmpty())
            ctx.out << "no returns on " << d.toString(Qt::ISODate) << "\n";
        return int(ExitOk);
    });
}

} // namespace

int runReturnsCommand(CliContext& ctx)
{
    return runSubcommand(ctx, "returns", {{"import", importList}, {"show", show}, {"day", day}});
}

} // namespace pc::cli
