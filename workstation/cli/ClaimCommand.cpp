// postcounter-cli claim open ITEM --by sender|recipient --name N [--phone P] [--address A] [--value RUB]
//                        [--contents TEXT] [--accepted YYYY-MM-DD] [--accepted-office POSTCODE]
//                        [--sender-name N] [--recipient-name N] [--offline] [--json]
//                      | answer NUMBER --text T | close NUMBER --outcome found|returned|lost|rejected
//                        [--compensation RUB] [--text T] | show NUMBER [--json] | list [--open|--overdue]
//                        [--json]
// Search claims (docs/claims.md): opened from the item's identifier, prefilled from the item row,
// the journal and (unless --offline) the tracking network; the claim form and the claimant's slip go
// to the print queue. Items not accepted here are claimed with their acceptance date typed in.
#include "CliContext.h"
#include "services/OfficeSetup.h"
#include "services/acceptance/CounterServices.h"
#include "services/claims/ClaimService.h"
#include "services/printing/PrintQueueService.h"
#include "services/printing/PrinterConfig.h"
#include "services/printing/PrinterRegistry.h"
#include "services/tracking/ItemEventsClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pc::cli {

namespace {

using services::ClaimService;

QString rubText(qint64 kop)
{
    return QString::number(double(kop) / 100.0, 'f', 2);
}

QJsonObject claimJson(const db::ClaimRecord& c, const QList<db::ClaimEventRecord>* events = nullptr)
{
    QJsonObject o{{QStringLiteral("number"), c.number},
                  {QStringLiteral("item"), c.itemId},
                  {QStringLiteral("item_known"), c.itemKnown},
                  {QStringLiteral("international"), c.international},
                  {QStringLiteral("accepted_on"), c.acceptedOn.toString(Qt::ISODate)},
                  {QStringLiteral("accepted_office"), c.acceptedOffice},
                  {QStringLiteral("claimant_role"), claims::roleName(c.claimantRole)},
                  {QStringLiteral("claimant_name"), c.claimantName},
                  {QStringLiteral("declared_value_kop"), double(c.declaredValueKop)},
                  {QStringLiteral("contents"), c.contents},
                  {QStringLiteral("filed_on"), c.filedOn.toString(Qt::ISODate)},
                  {QStringLiteral("deadline"), c.deadline.toString(Qt::ISODate)},
                  {QStringLiteral("state"), claims::stateName(c.state)}};
    if (!c.answer.isEmpty())
        o.insert(QStringLiteral("answer"), c.answer);
    if (c.outcome)
        o.insert(QStringLiteral("outcome"), claims::outcomeName(*c.outcome));
    if (c.compensationKop)
        o.insert(QStringLiteral("compensation_kop"), double(c.compensationKop));
    if (c.formJob)
        o.insert(QStringLiteral("form_job"), double(*c.formJob));
    if (c.slipJob)
        o.insert(QStringLiteral("slip_job"), double(*c.slipJob));
    if (events) {
        QJsonArray h;
        for (const auto& e : *events)
            h.append(QJsonObject{{QStringLiteral("at"), e.atUtc.toString(Qt::ISODate)},
                                 {QStringLiteral("state"), claims::stateName(e.state)},
                                 {QStringLiteral("operator"), e.operatorId},
                                 {QStringLiteral("text"), e.text}});
        o.insert(QStringLiteral("history"), h);
    }
    return o;
}

void printLine(CliContext& ctx, const db::ClaimRecord& c)
{
    ctx.out << c.number << "\t" << c.itemId << "\t" << claims::stateName(c.state) << "\tdue "
            << c.deadline.toString(Qt::ISODate);
    if (c.outcome)
        ctx.out << "\t" << claims::outcomeName(*c.outcome);
    if (c.compensationKop)
        ctx.out << "\t" << rubText(c.compensationKop);
    ctx.out << "\n";
}

// Money typed in roubles ("5000", "5 000,50"). nullopt after reporting a usage error.
std::optional<Money> roubles(CliContext& ctx, const QString& option, const QString& text, bool* usageError)
{
    auto m = Money::parse(text, NumberStyle::Russian);
    if (!m || m->isNegative()) {
        ctx.usage(
            QStringLiteral("%1 is an amount in roubles such as 5000 or 4990,50, not %2").arg(option, text));
        *usageError = true;
        return std::nullopt;
    }
    return *m;
}

// The claims of the configured workstation, with its printers when a command prints.
struct ClaimsDesk {
    explicit ClaimsDesk(CliContext::Workstation w) : ws(std::move(w)) {}
    CliContext::Workstation ws;
    SystemClock clock;
    services::PrinterRegistry printers;
    std::unique_ptr<services::PrintQueueService> queue;
    std::unique_ptr<ClaimService> claims;
};

std::unique_ptr<ClaimsDesk> openDesk(CliContext& ctx, int* exitCode, bool printing)
{
    auto ws = ctx.openWorkstation();
    if (!ws) {
        *exitCode = ctx.fail(ws.error());
        return nullptr;
    }
    auto desk = std::make_unique<ClaimsDesk>(std::move(*ws));
    desk->claims = std::make_unique<ClaimService>(desk->ws.connection, desk->clock,
                                                  services::counterContextFrom(desk->ws.config),
                                                  services::officeInfoFrom(desk->ws.config));
    if (printing) {
        auto cfg = services::loadPrintingConfig(desk->ws.config.configPath);
        if (!cfg) {
            *exitCode = ctx.fail(cfg.error());
            return nullptr;
        }
        desk->printers.configure(*cfg);
        if (!cfg->printers.isEmpty())
            desk->queue = std::make_unique<services::PrintQueueService>(desk->ws.connection, desk->printers);
        desk->claims->setPrinting(&desk->printers, desk->queue.get());
    }
    return desk;
}

int openClaim(CliContext& ctx)
{
    const QString synopsis = QStringLiteral(
        "claim open ITEM --by sender|recipient --name N [--phone P] [--address A] [--value RUB] "
        "[--contents TEXT] [--accepted YYYY-MM-DD] [--accepted-office POSTCODE] [--sender-name N] "
        "[--recipient-name N] [--offline] [--json]");
    bool usageError = false;
    const bool json = ctx.takeFlag(QStringLiteral("--json"));
    const bool offline = ctx.takeFlag(QStringLiteral("--offline"));
    const auto by = ctx.takeOption(QStringLiteral("--by"), &usageError);
    const auto name = ctx.takeOption(QStringLiteral("--name"), &usageError);
    const auto phone = ctx.takeOption(QStringLiteral("--phone"), &usageError);
    const auto address = ctx.takeOption(QStringLiteral("--address"), &usageError);
    const auto value = ctx.takeOption(QStringLiteral("--value"), &usageError);
    const auto contents = ctx.takeOption(QStringLiteral("--contents"), &usageError);
    const auto accepted = ctx.takeOption(QStringLiteral("--accepted"), &usageError);
    const auto acceptedOffice = ctx.takeOption(QStringLiteral("--accepted-office"), &usageError);
    const auto senderName = ctx.takeOption(QStringLiteral("--sender-name"), &usageError);
    const auto recipientName = ctx.takeOption(QStringLiteral("--recipient-name"), &usageError);
    if (usageError || ctx.args.size() != 1 || !by || !name)
        return ctx.usage(synopsis);
    services::ClaimRequest r;
    r.itemId = ctx.args.takeFirst();
    const auto role = claims::roleFromName(*by);
    if (!role)
        return ctx.usage(QStringLiteral("--by is sender or recipient, not %1").arg(*by));
    r.role = *role;
    r.name = *name;
    r.phone = phone.value_or(QString());
    r.address = address.value_or(QString());
    if (value) {
        const auto m = roubles(ctx, QStringLiteral("--value"), *value, &usageError);
        if (!m)
            return ExitUsage;
        r.declaredValueKop = m->kopecks();
    }
    r.contents = contents;
    if (accepted) {
        const QDate d = QDate::fromString(*accepted, Qt::ISODate);
        if (!d.isValid())
            return ctx.usage(QStringLiteral("--accepted is YYYY-MM-DD, not %1").arg(*accepted));
        r.acceptedOn = d;
    }
    r.acceptedOffice = acceptedOffice.value_or(QString());
    r.senderName = senderName.value_or(QString());
    r.recipientName = recipientName.value_or(QString());

    int code = ExitOk;
    auto desk = openDesk(ctx, &code, true);
    if (!desk)
        return code;
    std::optional<services::sync::SyncConfig> sync;
    if (!offline) {
        auto loaded = services::sync::SyncConfig::load(desk->ws.config.configPath);
        if (loaded && !loaded->endpoint.isEmpty())
            sync = *loaded;
    }
    if (sync)
        desk->claims->setNetworkHistory([&sync](const QString& id) {
            return services::tracking::ItemEventsClient(*sync).fetchAndWait(id);
        });
    auto opened = desk->claims->open(r);
    if (!opened)
        return ctx.refuse(opened.error());
    if (desk->queue)
        desk->queue->waitForIdle(60000);
    if (json) {
        QJsonObject o = claimJson(opened->claim);
        if (!opened->warning.isEmpty())
            o.insert(QStringLiteral("warning"), opened->warning);
        ctx.out << QJsonDocument(o).toJson(QJsonDocument::Compact) << "\n";
    } else {
        printLine(ctx, opened->claim);
        if (!opened->warning.isEmpty())
            ctx.err << "warning: " << opened->warning << "\n";
    }
    return ExitOk;
}

int answerClaim(CliContext& ctx)
{
    bool usageError = false;
    const auto text = ctx.takeOption(QStringLiteral("--text"), &usageError);
    if (usageError || ctx.args.size() != 1 || !text)
        return ctx.usage(QStringLiteral("claim answer NUMBER --text T"));
    int code = ExitOk;
    auto desk = openDesk(ctx, &code, false);
    if (!desk)
        return code;
    auto done = desk->claims->answer(ctx.args.first(), *text);
    if (!done)
        return ctx.refuse(done.error());
    printLine(ctx, *done);
    return ExitOk;
}

int closeClaim(CliContext& ctx)
{
    const QString synopsis = QStringLiteral(
        "claim close NUMBER --outcome found|returned|lost|rejected [--compensation RUB] [--text T]");
    bool usageError = false;
    const auto outcomeText = ctx.takeOption(QStringLiteral("--outcome"), &usageError);
    const auto compensationText = ctx.takeOption(QStringLiteral("--compensation"), &usageError);
    const auto text = ctx.takeOption(QStringLiteral("--text"), &usageError);
    if (usageError || ctx.args.size() != 1 || !outcomeText)
        return ctx.usage(synopsis);
    const auto outcome = claims::outcomeFromName(*outcomeText);
    if (!outcome)
        return ctx.usage(synopsis);
    std::optional<Money> compensation;
    if (compensationText) {
        compensation = roubles(ctx, QStringLiteral("--compensation"), *compensationText, &usageError);
        if (!compensation)
            return ExitUsage;
    }
    int code = ExitOk;
    auto desk = openDesk(ctx, &code, false);
    if (!desk)
        return code;
    auto done = desk->claims->close(ctx.args.first(), *outcome, compensation, text.value_or(QString()));
    if (!done)
        return ctx.refuse(done.error());
    printLine(ctx, *done);
    return ExitOk;
}

int showClaim(CliContext& ctx)
{
    const bool json = ctx.takeFlag(QStringLiteral("--json"));
    if (ctx.args.size() != 1)
        return ctx.usage(QStringLiteral("claim show NUMBER [--json]"));
    int code = ExitOk;
    auto desk = openDesk(ctx, &code, false);
    if (!desk)
        return code;
    auto claim = desk->claims->find(ctx.args.first());
    if (!claim)
        return ctx.refuse(claim.error());
    auto events = desk->claims->history(*claim);
    if (!events)
        return ctx.fail(events.error());
    if (json) {
        ctx.out << QJsonDocument(claimJson(*claim, &*events)).toJson(QJsonDocument::Compact) << "\n";
        return ExitOk;
    }
    printLine(ctx, *claim);
    ctx.out << "claimant\t" << claims::roleName(claim->claimantRole) << "\t" << claim->claimantName << "\n";
    ctx.out << "accepted\t" << claim->acceptedOn.toString(Qt::ISODate) << "\t" << claim->acceptedOffice
            << "\n";
    ctx.out << "value\t" << rubText(claim->declaredValueKop) << "\n";
    if (!claim->contents.isEmpty())
        ctx.out << "contents\t" << claim->contents << "\n";
    if (!claim->answer.isEmpty())
        ctx.out << "answer\t" << claim->answer << "\n";
    for (const auto& e : *events)
        ctx.out << e.atUtc.toString(Qt::ISODate) << "\t" << claims::stateName(e.state) << "\t" << e.operatorId
                << "\t" << e.text << "\n";
    return ExitOk;
}

int listClaims(CliContext& ctx)
{
    const bool json = ctx.takeFlag(QStringLiteral("--json"));
    const bool overdue = ctx.takeFlag(QStringLiteral("--overdue"));
    ctx.takeFlag(QStringLiteral("--open")); // the default
    if (!ctx.args.isEmpty())
        return ctx.usage(QStringLiteral("claim list [--open|--overdue] [--json]"));
    int code = ExitOk;
    auto desk = openDesk(ctx, &code, false);
    if (!desk)
        return code;
    auto list = overdue ? desk->claims->listOverdue() : desk->claims->listOpen();
    if (!list)
        return ctx.fail(list.error());
    const QDate today = desk->claims->localToday();
    for (const auto& c : *list) {
        if (json) {
            QJsonObject o = claimJson(c);
            o.insert(QStringLiteral("overdue"), c.state == claims::ClaimState::Opened && c.deadline < today);
            ctx.out << QJsonDocument(o).toJson(QJsonDocument::Compact) << "\n";
        } else {
            printLine(ctx, c);
        }
    }
    return ExitOk;
}

} // namespace

int runClaimCommand(CliContext& ctx)
{
    return runSubcommand(ctx, "claim",
                         {{"open", openClaim},
                          {"answer", answerClaim},
                          {"close", closeClaim},
                          {"show", showClaim},
                          {"list", listClaims}});
}

} // namespace pc::cli
