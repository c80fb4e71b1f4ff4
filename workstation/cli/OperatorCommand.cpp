// postcounter-cli operator add --id ID --name N --role admin|supervisor|operator [--password P]
//                 operator list [--json] | unlock ID | passwd ID [--password P]
// Without --password the password is read from the first line of stdin (so it stays out of the
// shell history and the process list). The first administrator is created this way.
#include "CliContext.h"
#include "services/shift/OperatorService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <iostream>
#include <string>

namespace pc::cli {

namespace {

QString readSecretLine()
{
    std::string line;
    std::getline(std::cin, line);
    return QString::fromStdString(line).trimmed();
}

int add(CliContext& ctx)
{
    bool usageError = false;
    const auto id = ctx.takeOption(QStringLiteral("--id"), &usageError);
    const auto name = ctx.takeOption(QStringLiteral("--name"), &usageError);
    const auto roleText = ctx.takeOption(QStringLiteral("--role"), &usageError);
    auto password = ctx.takeOption(QStringLiteral("--password"), &usageError);
    if (usageError || !id || !name || !roleText)
        return ctx.usage(QStringLiteral("operator add --id ID --name NAME --role admin|supervisor|operator "
                                        "[--password P | password on stdin]"));
    if (!ctx.args.isEmpty())
        return ctx.usage(QStringLiteral("unexpected argument %1").arg(ctx.args.first()));
    const auto role = services::parseRole(*roleText);
    if (!role)
        return ctx.usage(QStringLiteral("--role is admin, supervisor or operator, not %1").arg(*roleText));
    if (!password)
        password = readSecretLine();
    auto ws = ctx.openWorkstation();
    if (!ws)
        return ctx.fail(ws.error());
    SystemClock clock;
    services::OperatorService ops(ws->connection, clock);
    if (auto st = ops.add({*id, *name, *role, *password}); !st)
        return ctx.refuse(st.error());
    ctx.out << "operator " << *id << " added (" << services::roleName(*role) << ")\n";
    return ExitOk;
}

int list(CliContext& ctx)
{
    const bool json = ctx.takeFlag(QStringLiteral("--json"));
    auto ws = ctx.openWorkstation();
    if (!ws)
        return ctx.fail(ws.error());
    auto all = db::OperatorRepository(ws->connection).all();
    if (!all)
        return ctx.fail(all.error());
    QJsonArray arr;
    for (const auto& o : *all) {
        const bool locked = o.lockedUntilUtc.isValid() && o.lockedUntilUtc > QDateTime::currentDateTimeUtc();
        if (json)
            arr.append(QJsonObject{{QStringLiteral("id"), o.id},
                                   {QStringLiteral("name"), o.name},
                                   {QStringLiteral("role"), o.role},
                                   {QStringLiteral("active"), o.active},
                                   {QStringLiteral("locked"), locked}});
        else
            ctx.out << o.id << "\t" << o.name << "\t" << o.role << (o.active ? "" : "\tinactive")
                    << (locked ? "\tlocked" : "") << "\n";
    }
    if (json)
        ctx.out << QJsonDocument(arr).toJson(QJsonDocument::Compact) << "\n";
    return ExitOk;
}

int unlock(CliContext& ctx)
{
    if (ctx.args.size() != 1)
        return ctx.usage(QStringLiteral("operator unlock ID"));
    auto ws = ctx.openWorkstation();
    if (!ws)
        return ctx.fail(ws.error());
    SystemClock clock;
    if (auto st = services::OperatorService(ws->connection, clock).unlock(ctx.args.first()); !st)
        return ctx.refuse(st.error());
    ctx.out << "operator " << ctx.args.first() << " unlocked\n";
    return ExitOk;
}

int passwd(CliContext& ctx)
{
    bool usageError = false;
    auto password = ctx.takeOption(QStringLiteral("--password"), &usageError);
    if (usageError || ctx.args.size() != 1)
        return ctx.usage(QStringLiteral("operator passwd ID [--password P | new password on stdin]"));
    if (!password)
        password = readSecretLine();
    auto ws = ctx.openWorkstation();
    if (!ws)
        return ctx.fail(ws.error());
    SystemClock clock;
    if (auto st = services::OperatorService(ws->connection, clock).resetPassword(ctx.args.first(), *password);
        !st)
        return ctx.refuse(st.error());
    ctx.out << "password of operator " << ctx.args.first() << " set\n";
    return ExitOk;
}

} // namespace

int runOperatorCommand(CliContext& ctx)
{
    return runSubcommand(ctx, "operator",
                         {
                             {"add", add},
                             {"list", list},
                             {"unlock", unlock},
                             {"passwd", passwd},
                         });
}

} // namespace pc::cli
