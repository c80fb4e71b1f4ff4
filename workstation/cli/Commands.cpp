#include "CliContext.h"

namespace pc::cli {

int runIdCommand(CliContext& ctx);
int runDbCommand(CliContext& ctx);
int runDemoCommand(CliContext& ctx);

const QList<CliCommand>& commands()
{
    static const QList<CliCommand> table = {
        {"id", "id check [--json] ID... | id next [--kind rpo14|s10 --service R]", runIdCommand},
        {"db", "db migrate|info", runDbCommand},
        {"demo", "demo --out DIR   (run the scripted counter shift headless)", runDemoCommand},
    };
    return table;
}

} // namespace pc::cli
