// postcounter-cli setup --office POSTCODE --office-name NAME --counter N [--range SPEC]...
//                       [--region R] [--counter-name N] [--tracking-url URL] [--tracking-token T]
//                       [--printer ROLE=QUEUE[:LANGUAGE]]...
// Writes the counter's configuration for a scripted deployment (as root: /etc/postcounter/postcounter.conf,
// or --config FILE). Each value is checked first; nothing is written when one is wrong (exit 1).
#include "CliContext.h"
#include "services/setup/WorkstationSetup.h"

namespace pc::cli {

namespace {
const char* const kUsage = "setup --office POSTCODE --office-name NAME --counter N [--range SPEC]... "
                           "[--region R] [--counter-name NAME] [--tracking-url URL] [--tracking-token T] "
                           "[--printer ROLE=QUEUE[:LANGUAGE]]...";

// Every "--name VALUE" occurrence, in order.
QStringList takeAll(CliContext& ctx, const QString& name, bool* usageError)
{
    QStringList values;
    while (auto v = ctx.takeOption(name, usageError))
        values << *v;
    return values;
}
} // namespace

int runSetupCommand(CliContext& ctx)
{
    bool usageError = false;
    services::SetupRequest r;
    const auto office = ctx.takeOption(QStringLiteral("--office"), &usageError);
    const auto name = ctx.takeOption(QStringLiteral("--office-name"), &usageError);
    const auto counter = ctx.takeOption(QStringLiteral("--counter"), &usageError);
    r.officeRegion = ctx.takeOption(QStringLiteral("--region"), &usageError).value_or(QString());
    r.counterName = ctx.takeOption(QStringLiteral("--counter-name"), &usageError).value_or(QString());
    r.trackingUrl = ctx.takeOption(QStringLiteral("--tracking-url"), &usageError).value_or(QString());
    r.trackingToken = ctx.takeOption(QStringLiteral("--tracking-token"), &usageError).value_or(QString());
    r.ranges = takeAll(ctx, QStringLiteral("--range"), &usageError);
    const QStringList printers = takeAll(ctx, QStringLiteral("--printer"), &usageError);
    if (usageError || !office || !name || !counter || !ctx.args.isEmpty())
        return ctx.usage(QString::fromLatin1(kUsage));
    r.officePostcode = *office;
    r.officeName = *name;
    r.counterId = *counter;
    for (const QString& spec : printers) {
        auto p = services::parsePrinterRole(spec);
        if (!p)
            return ctx.refuse(p.error());
        r.printers << *p;
    }
    const QString path = ctx.configPath.isEmpty() ? services::AppConfig::defaultConfigPath() : ctx.configPath;
    if (auto st = services::validateSetup(r); !st)
        return ctx.refuse(st.error());
    if (auto st = services::writeSetup(path, r); !st)
        return ctx.fail(st.error());
    ctx.out << "configuration written to " << path << "\n";
    return ExitOk;
}

} // namespace pc::cli
