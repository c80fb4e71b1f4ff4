#include "CliContext.h"

namespace pc::cli {

int runIdCommand(CliContext& ctx);
int runDbCommand(CliContext& ctx);
int runDemoCommand(CliContext& ctx);
int runDevicesCommand(CliContext& ctx);
int runRenderCommand(CliContext& ctx);
int runTariffCommand(CliContext& ctx);

const QList<CliCommand>& commands()
{
    static const QList<CliCommand> table = {
        {"id", "id check [--json] ID... | id next [--kind rpo14|s10 --service R]", runIdCommand},
        {"db", "db migrate|info", runDbCommand},
        {"devices", "devices list [--json] | watch [--json] [--sim] | decode --protocol P --hex BYTES [--json] | udev-rules", runDevicesCommand},
        {"demo", "demo --out DIR   (run the scripted counter shift headless)", runDemoCommand},
        {"render", "render FORM --data FILE.json --format pdf|png|zpl|tspl|escpos [--dpi N] --out FILE | render --list", runRenderCommand},
        {"tariff", "tariff quote JSON|- | import FILE [--json] | versions [--json]", runTariffCommand},
    };
    return table;
}

} // namespace pc::cli
