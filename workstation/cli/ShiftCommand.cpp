// postcounter-cli shift open --operator ID --float AMOUNT
//                 shift close (--counted AMOUNT | --count 5000x2,100x3,…) [--reason R --supervisor ID
//                             [--supervisor-password P | password on stdin]]
//                 shift status [--json]
//                 shift cash-in|cash-out --amount AMOUNT --reason R
// The shift is the configured counter's. Amounts are roubles ("1500", "1500.50", "1 500,50").
#include "CliContext.h"
#include "domain/Money.h"
#include "services/shift/ShiftReportFormat.h"
#include "services/shift/ShiftService.h"

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

std::optional<qint64> parseRoubles(const QString& text)
{
    auto m = Money::parse(text, NumberStyle::English);
    if (!m)
        m = Money::parse(text, NumberStyle::Russian);
    return m ? std::optional<qint64>(m->kopecks()) : std::nullopt;
}

QString rub(qint64 kop)
{
    return Money::fromKopecks(kop).format(NumberStyle::English, false);
}

// The shift services over the opened workstation (CliContext::openWorkstation).
struct ShiftEnv {
    services::AppConfig cfg;
    db::Connection conn;
    SystemClock clock;
    services::OperatorService ops;
    services::ShiftService shifts;
    explicit ShiftEnv(CliContext::Workstation&& ws)
        : cfg(std::move(ws.config)), conn(std::move(ws.connection)), ops(conn, clock),
          shifts(conn, clock, ops)
    {}
};

std::unique_ptr<ShiftEnv> openEnv(CliContext& ctx, int* exitCode)
{
    auto ws = ctx.openWorkstation();
    if (!ws) {
        *exitCode = ctx.fail(ws.error());
        return nullptr;
    }
    return std::make_unique<ShiftEnv>(std::move(*ws));
}

int open(CliContext& ctx)
{
    bool usageError = false;
    const auto op = ctx.takeOption(QStringLiteral("--operator"), &usageError);
    const auto amount = ctx.takeOption(QStringLiteral("--float"), &usageError);
    if (usageError || !op || !amount || !ctx.args.isEmpty())
        return ctx.usage(QStringLiteral("shift open --operator ID --float AMOUNT"));
    const auto floatKop = parseRoubles(*amount);
    if (!floatKop)
        return ctx.usage(QStringLiteral("--float is an amount in roubles, e.g. 5000 or 5000.50"));
    int code = ExitOk;
    auto env = openEnv(ctx, &code);
    if (!env)
        return code;
    auto s = env->shifts.open(env->cfg.counterId, *op, *floatKop);
    if (!s)
        return ctx.refuse(s.error());
    ctx.out << "shift " << s->id << " opened at counter " << s->counterId << " by " << s->operatorId
            << ", float " << rub(s->floatKop) << "\n";
    return ExitOk;
}

int moveCash(CliContext& ctx, bool in)
{
    bool usageError = false;
    const auto amount = ctx.takeOption(QStringLiteral("--amount"), &usageError);
    const auto reason = ctx.takeOption(QStringLiteral("--reason"), &usageError);
    if (usageError || !amount || !reason || !ctx.args.isEmpty())
        return ctx.usage(QStringLiteral("shift cash-in|cash-out --amount AMOUNT --reason R"));
    const auto kop = parseRoubles(*amount);
    if (!kop)
        return ctx.usage(QStringLiteral("--amount is an amount in roubles"));
    int code = ExitOk;
    auto env = openEnv(ctx, &code);
    if (!env)
        return code;
    auto st = env->shifts.state(env->cfg.counterId);
    if (!st)
        return ctx.fail(st.error());
    if (!st->shift)
        return ctx.refuse(env->shifts.requireOpenShift(env->cfg.counterId).error());
    auto id = in ? env->shifts.cashIn(st->shift->id, *kop, *reason, st->shift->operatorId)
                 : env->shifts.cashOut(st->shift->id, *kop, *reason, st->shift->operatorId);
    if (!id)
        return ctx.refuse(id.error());
    ctx.out << "cash " << (in ? "in " : "out ") << rub(*kop) << " recorded in shift " << st->shift->id
            << "\n";
    return ExitOk;
}

int close(CliContext& ctx)
{
    bool usageError = false;
    const auto counted = ctx.takeOption(QStringLiteral("--counted"), &usageError);
    const auto count = ctx.takeOption(QStringLiteral("--count"), &usageError);
    const auto reason = ctx.takeOption(QStringLiteral("--reason"), &usageError);
    const auto supervisor = ctx.takeOption(QStringLiteral("--supervisor"), &usageError);
    auto supPassword = ctx.takeOption(QStringLiteral("--supervisor-password"), &usageError);
    const bool json = ctx.takeFlag(QStringLiteral("--json"));
    if (usageError || (!counted && !count) || !ctx.args.isEmpty())
        return ctx.usage(
            QStringLiteral("shift close --counted AMOUNT | --count 5000x2,100x3 [--reason R --supervisor "
                           "ID [--supervisor-password P]] [--json]"));
    services::CloseRequest req;
    if (counted) {
        req.countedTotalKop = parseRoubles(*counted);
        if (!req.countedTotalKop)
            return ctx.usage(QStringLiteral("--counted is an amount in roubles"));
    }
    if (count) {
        auto c = services::CashCount::parse(*count);
        if (!c)
            return ctx.usage(c.error().message);
        req.count = *c;
    }
    req.reason = reason.value_or(QString());
    if (supervisor) {
        req.supervisorId = *supervisor;
        req.supervisorPassword = supPassword ? *supPassword : readSecretLine();
    }
    int code = ExitOk;
    auto env = openEnv(ctx, &code);
    if (!env)
        return code;
    auto st = env->shifts.state(env->cfg.counterId);
    if (!st)
        return ctx.fail(st.error());
    if (!st->shift)
        return ctx.refuse(env->shifts.requireOpenShift(env->cfg.counterId).error());
    req.operatorId = st->shift->operatorId;
    auto closed = env->shifts.close(st->shift->id, req);
    if (!closed)
        return ctx.refuse(closed.error());
    const auto& z = closed->report;
    if (json) {
        ctx.out << QJsonDocument(services::shiftReportJson(z)).toJson(QJsonDocument::Compact) << "\n";
    } else {
        ctx.out << "shift " << z.shiftId << " closed and sealed: expected " << rub(z.expectedCashKop)
                << ", counted " << rub(z.countedCashKop.value_or(0));
        if (z.discrepancyKop && *z.discrepancyKop != 0)
            ctx.out << ", discrepancy " << rub(*z.discrepancyKop) << " approved by " << z.approvedBy;
        ctx.out << "\n";
    }
    return ExitOk;
}

int status(CliContext& ctx)
{
    const bool json = ctx.takeFlag(QStringLiteral("--json"));
    if (!ctx.args.isEmpty())
        return ctx.usage(QStringLiteral("shift status [--json]"));
    int code = ExitOk;
    auto env = openEnv(ctx, &code);
    if (!env)
        return code;
    auto st = env->shifts.state(env->cfg.counterId);
    if (!st)
        return ctx.fail(st.error());
    if (!st->shift) {
        if (json)
            ctx.out << QJsonDocument(QJsonObject{{QStringLiteral("open"), false},
                                                 {QStringLiteral("counter"), env->cfg.counterId}})
                           .toJson(QJsonDocument::Compact)
                    << "\n";
        else
            ctx.out << "counter " << env->cfg.counterId << ": no open shift\n";
        return ExitOk;
    }
    auto x = env->shifts.xReport(env->cfg.counterId);
    if (!x)
        return ctx.fail(x.error());
    const auto& s = *st->shift;
    if (json) {
        QJsonObject o{{QStringLiteral("open"), true},
                      {QStringLiteral("counter"), s.counterId},
                      {QStringLiteral("shift"), static_cast<double>(s.id)},
                      {QStringLiteral("operator"), s.operatorId},
                      {QStringLiteral("opened_at"), s.openedAtUtc.toString(Qt::ISODateWithMs)},
                      {QStringLiteral("age_secs"), static_cast<double>(st->ageSecs)},
                      {QStringLiteral("near_limit"), st->nearLimit},
                      {QStringLiteral("over_limit"), st->overLimit},
                      {QStringLiteral("operations"), static_cast<double>(x->operationCount)},
                      {QStringLiteral("expected_cash_kop"), static_cast<double>(x->expectedCashKop)}};
        if (!st->warning.isEmpty())
            o.insert(QStringLiteral("warning"), st->warning);
        ctx.out << QJsonDocument(o).toJson(QJsonDocument::Compact) << "\n";
    } else {
        ctx.out << "shift " << s.id << " open at counter " << s.counterId << " by " << s.operatorId
                << " since " << s.openedAtUtc.toString(Qt::ISODate) << " (" << st->ageSecs / 3600 << " h "
                << st->ageSecs % 3600 / 60 << " min); " << x->operationCount << " operations; cash expected "
                << rub(x->expectedCashKop) << "\n";
        if (!st->warning.isEmpty())
            ctx.out << "warning: " << st->warning << "\n";
    }
    return ExitOk;
}

} // namespace

int runShiftCommand(CliContext& ctx)
{
    if (ctx.args.isEmpty())
        return ctx.usage(QStringLiteral("shift open|close|status|cash-in|cash-out"));
    const QString sub = ctx.args.takeFirst();
    if (sub == QStringLiteral("open"))
        return open(ctx);
    if (sub == QStringLiteral("close"))
        return close(ctx);
    if (sub == QStringLiteral("status"))
        return status(ctx);
    if (sub == QStringLiteral("cash-in"))
        return moveCash(ctx, true);
    if (sub == QStringLiteral("cash-out"))
        return moveCash(ctx, false);
    return ctx.usage(QStringLiteral("unknown shift subcommand %1").arg(sub));
}

} // namespace pc::cli
