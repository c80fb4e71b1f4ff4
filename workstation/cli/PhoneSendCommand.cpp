// postcounter-cli phone-send address ITEM --postcode NNNNNN [--address TEXT] [--json]
//                 phone-send show ITEM [--json]
// Items sent by the recipient's phone number (docs/phone-send.md). `address` records the office the
// recipient chose (in the real network: their answer to the SMS or in the app; here the clerk or a
// script enters it): once, as tracking operation 4.1 with the office as destination. `show` tells
// whether the item is addressed yet; the phone is shown masked. Accepting such an item:
// `accept --item FILE.json --to-phone +7… --to-name NAME`.
#include "CliContext.h"
#include "services/OfficeSetup.h"
#include "services/phonesend/PhoneSendService.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace pc::cli {

namespace {

template <typename Fn> int withPhoneSend(CliContext& ctx, Fn fn)
{
    auto ws = ctx.openWorkstation();
    if (!ws)
        return ctx.fail(ws.error());
    SystemClock clock;
    services::PhoneSendService service(ws->connection, clock, services::counterContextFrom(ws->config));
    return fn(service);
}

QJsonObject itemJson(const services::PhoneSendItem& i)
{
    QJsonObject o{{QStringLiteral("item"), i.itemId},
                  {QStringLiteral("recipient"), i.recipientName},
                  {QStringLiteral("phone"), i.maskedPhone},
                  {QStringLiteral("accepted_at_office"), i.acceptedAtOffice},
                  {QStringLiteral("addressed"), bool(i.addressed)}};
    if (i.addressed) {
        o.insert(QStringLiteral("office"), i.addressed->postcode);
        o.insert(QStringLiteral("address"), i.addressed->address);
        o.insert(QStringLiteral("addressed_at"), i.addressed->addressedAtUtc.toString(Qt::ISODateWithMs));
        o.insert(QStringLiteral("operation_id"), double(i.addressed->operationId));
    }
    return o;
}

void print(CliContext& ctx, const services::PhoneSendItem& i, bool json)
{
    if (json) {
        ctx.out << QJsonDocument(itemJson(i)).toJson(QJsonDocument::Compact) << "\n";
        return;
    }
    ctx.out << i.itemId << "\t" << i.recipientName << "\t" << i.maskedPhone << "\t";
    if (i.addressed)
        ctx.out << "addressed to office " << i.addressed->postcode << "\n";
    else
        ctx.out << "not addressed yet (the recipient chooses the office)\n";
}

int address(CliContext& ctx)
{
    bool bad = false;
    const bool json = ctx.takeFlag(QStringLiteral("--json"));
    const auto postcode = ctx.takeOption(QStringLiteral("--postcode"), &bad);
    const auto text = ctx.takeOption(QStringLiteral("--address"), &bad);
    if (bad || !postcode || ctx.args.size() != 1 || ctx.args.first().startsWith(QStringLiteral("--")))
        return ctx.usage(
            QStringLiteral("phone-send address ITEM --postcode NNNNNN [--address TEXT] [--json]"));
    return withPhoneSend(ctx, [&](services::PhoneSendService& service) {
        auto done = service.address(ctx.args.first(), *postcode, text.value_or(QString()));
        if (!done)
            return ctx.refuse(done.error());
        print(ctx, *done, json);
        return int(ExitOk);
    });
}

int show(CliContext& ctx)
{
    const bool json = ctx.takeFlag(QStringLiteral("--json"));
    if (ctx.args.size() != 1 || ctx.args.first().startsWith(QStringLiteral("--")))
        return ctx.usage(QStringLiteral("phone-send show ITEM [--json]"));
    return withPhoneSend(ctx, [&](services::PhoneSendService& service) {
        auto item = service.show(ctx.args.first());
        if (!item)
            return ctx.refuse(item.error());
        print(ctx, *item, json);
        return int(ExitOk);
    });
}

} // namespace

int runPhoneSendCommand(CliContext& ctx)
{
    return runSubcommand(ctx, "phone-send", {{"address", address}, {"show", show}});
}

} // namespace pc::cli
