// postcounter-cli: the counter's services without a window, for scripting, support, the demo and
// batch work. See CliContext.h for the exit codes.
#include "CliContext.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <algorithm>
#include <cstdio>
#include <memory>

using namespace pc::cli;

namespace {
void printHelp(QTextStream& out)
{
    out << "usage: postcounter-cli [--db FILE] [--config FILE] COMMAND [ARGS]\n"
           "       postcounter-cli --version\n\ncommands:\n";
    for (const CliCommand& c : commands())
        out << "  " << c.synopsis << "\n";
    out << "\nDefaults: config $XDG_CONFIG_HOME/postcounter/postcounter.conf, "
           "database $XDG_DATA_HOME/postcounter/postcounter.db\n";
}
} // namespace

int main(int argc, char** argv)
{
    // Forms are drawn with fonts, which need QtGui: the commands that render or print documents get an
    // offscreen QGuiApplication.
    const bool gui = std::any_of(argv + 1, argv + argc, [](const char* a) {
        for (const char* c : {"render", "demo", "accept", "void", "business-list", "--pdf"})
            if (!qstrcmp(a, c))
                return true;
        return false;
    });
    if (gui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> holder(gui ? new QGuiApplication(argc, argv)
                                                       : new QCoreApplication(argc, argv));
    QCoreApplication& app = *holder;
    QCoreApplication::setApplicationName(QStringLiteral("postcounter"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PC_VERSION));
    pc::installTranslations(app);
    // Routine progress goes to the log only when asked for (QT_LOGGING_RULES="pc.*.info=true").
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("pc.*.debug=false\npc.*.info=false"));

    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args = app.arguments().mid(1);
    CliContext ctx{{}, {}, {}, out, err};
    ctx.args = args;
    bool usageError = false;
    if (auto v = ctx.takeOption(QStringLiteral("--db"), &usageError))
        ctx.dbPath = *v;
    if (auto v = ctx.takeOption(QStringLiteral("--config"), &usageError))
        ctx.configPath = *v;
    if (usageError)
        return ExitUsage;
    if (ctx.takeFlag(QStringLiteral("--version"))) {
        out << "postcounter-cli " << PC_VERSION << "\n";
        return ExitOk;
    }
    if (ctx.args.isEmpty() || ctx.args.first() == QStringLiteral("--help") ||
        ctx.args.first() == QStringLiteral("help")) {
        printHelp(ctx.args.isEmpty() ? err : out);
        return ctx.args.isEmpty() ? ExitUsage : ExitOk;
    }
    const QString name = ctx.args.takeFirst();
    for (const CliCommand& c : commands()) {
        if (name == QLatin1StringView(c.name)) {
            const int rc = c.run(ctx);
            out.flush();
            err.flush();
            return rc;
        }
    }
    err << "postcounter-cli: unknown command \"" << name << "\"\n";
    printHelp(err);
    return ExitUsage;
}
