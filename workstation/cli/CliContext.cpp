#include "CliContext.h"

#include "services/OfficeSetup.h"

#include <QFileInfo>

namespace pc::cli {

bool CliContext::takeFlag(const QString& name)
{
    return args.removeAll(name) > 0;
}

std::optional<QString> CliContext::takeOption(const QString& name, bool* usageError)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == name) {
            if (i + 1 >= args.size()) {
                *usageError = true;
                err << "postcounter-cli: " << name << " needs a value\n";
                return std::nullopt;
            }
            const QString v = args[i + 1];
            args.remove(i, 2);
            return v;
        }
        if (args[i].startsWith(name + u'=')) {
            const QString v = args[i].mid(name.size() + 1);
            args.remove(i);
            return v;
        }
    }
    return std::nullopt;
}

Result<services::AppConfig> CliContext::config() const
{
    auto cfg = services::AppConfig::load(configPath);
    if (cfg && !dbPath.isEmpty())
        cfg->databasePath = dbPath;
    return cfg;
}

Result<db::Connection> CliContext::openDatabase(const services::AppConfig& cfg) const
{
    auto c = db::openSqlite({cfg.databasePath});
    if (!c)
        return c.error();
    if (auto st = services::ensureOfficeAndCounter(*c, cfg); !st)
        return st.error();
    // Without a configuration file the workstation is the built-in sample office: give it the sample
    // identifier ranges so a newcomer can allocate at once. A real office loads its own ranges.
    if (cfg.demo || !QFileInfo::exists(cfg.configPath))
        if (auto st = services::seedDemoRanges(*c, cfg.officePostcode); !st)
            return st.error();
    return c;
}

Result<CliContext::Workstation> CliContext::openWorkstation() const
{
    auto cfg = config();
    if (!cfg)
        return cfg.error();
    auto conn = openDatabase(*cfg);
    if (!conn)
        return conn.error();
    return Workstation{std::move(*cfg), std::move(*conn)};
}

int CliContext::usage(const QString& message) const
{
    err << "postcounter-cli: " << message << "\n";
    err.flush();
    return ExitUsage;
}

int CliContext::refuse(const Error& e) const
{
    err << "postcounter-cli: " << e.message << " [" << e.code << "]\n";
    err.flush();
    return ExitRefused;
}

int CliContext::fail(const Error& e) const
{
    err << "postcounter-cli: " << e.message << " [" << e.code << "]\n";
    err.flush();
    return ExitEnvironment;
}

int runSubcommand(CliContext& ctx, const char* command, std::initializer_list<Subcommand> subcommands)
{
    QStringList names;
    for (const Subcommand& s : subcommands)
        names << QLatin1StringView(s.name);
    const QString choices = QStringLiteral("%1 %2").arg(QLatin1StringView(command), names.join(u'|'));
    if (ctx.args.isEmpty())
        return ctx.usage(choices);
    const QString sub = ctx.args.takeFirst();
    for (const Subcommand& s : subcommands)
        if (sub == QLatin1StringView(s.name))
            return s.run(ctx);
    return ctx.usage(
        QStringLiteral("unknown %1 subcommand %2; use %3").arg(QLatin1StringView(command), sub, choices));
}

} // namespace pc::cli
