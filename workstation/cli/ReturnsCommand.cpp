// postcounter-cli returns import FILE [--json] | show CODE [--json] | day [--date YYYY-MM-DD] [--json]
// Easy returns to online shops (docs/easy-return.md): a shop's list of return codes is registered,
// a code can be looked up as the counter would, and the day's accepted returns are listed per shop
// (what each shop's contract is billed for). Accepting a return: `accept --item FILE.json --pay
// contract` with "return_code" in the item.
#include "CliContext.h"
#include "domain/Money.h"
#include "services/OfficeSetup.h"
#include "services/returns/EasyReturnService.h"

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

QJsonObject codeJson(const db::ReturnAuthorizationRecord& r)
{
    const returns::ReturnAuthorization& a = r.authorization;
    QJsonObject o{{QStringLiteral("code"), a.code},
                  {QStringLiteral("shop"), a.shop.name},
                  {QStringLiteral("contract"), a.shop.contract},
                  {QStringLiteral("order"), a.orderRef},
                  {QStringLiteral("object"), a.object},
                  {QStringLiteral("declared_value_kop"), double(a.declaredValueKop)},
                  {QStringLiteral("max_weight_g"), double(a.maxWeightG)},
                  {QStringLiteral("valid_until"), a.validUntil.toString(Qt::ISODate)},
                  {QStringLiteral("recipient_postcode"), a.shop.address.postcode}};
    if (r.used()) {
        o.insert(QStringLiteral("item"), r.itemId);
        o.insert(QStringLiteral("accepted_on"), r.acceptedOn.toString(Qt::ISODate));
        o.insert(QStringLiteral("counter"), r.counterId);
    }
    return o;
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
            ctx.out << QJsonDocument(codeJson(*r)).toJson(QJsonDocument::Compact) << "\n";
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
    bool bad = false;
    const auto date = ctx.takeOption(QStringLiteral("--date"), &bad);
    if (bad)
        return ExitUsage;
    if (!ctx.args.isEmpty())
        return ctx.usage(QStringLiteral("returns day takes no arguments, only --date and --json"));
    return withReturns(ctx, [&](services::EasyReturnService& returns) {
        const QDate d = date ? QDate::fromString(*date, Qt::ISODate) : returns.localToday();
        if (!d.isValid())
            return ctx.usage(QStringLiteral("--date is YYYY-MM-DD, not %1").arg(*date));
        auto shops = returns.day(d);
        if (!shops)
            return ctx.fail(shops.error());
        QJsonArray out;
        for (const services::ShopReturns& s : std::as_const(*shops)) {
            QJsonArray items;
            for (const auto& r : s.items)
                items.append(codeJson(r));
            out.append(QJsonObject{{QStringLiteral("shop"), s.shopName},
                                   {QStringLiteral("contract"), s.contract},
                                   {QStringLiteral("count"), int(s.items.size())},
                                   {QStringLiteral("items"), items}});
            if (!json) {
                ctx.out << s.shopName << " (contract " << s.contract << "): " << s.items.size()
                        << " returns\n";
                for (const auto& r : s.items)
                    ctx.out << "  " << r.itemId << "\t" << r.authorization.code << "\torder "
                            << r.authorization.orderRef << "\n";
            }
        }
        if (json)
            ctx.out << QJsonDocument(QJsonObject{{QStringLiteral("date"), d.toString(Qt::ISODate)},
                                                 {QStringLiteral("shops"), out}})
                           .toJson(QJsonDocument::Compact)
                    << "\n";
        else if (shops->isEmpty())
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
