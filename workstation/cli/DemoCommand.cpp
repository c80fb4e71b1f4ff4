// postcounter-cli demo --out DIR
#include "CliContext.h"
#include "services/DemoShift.h"

namespace pc::cli {

int runDemoCommand(CliContext& ctx)
{
    bool usageError = false;
    const auto outDir = ctx.takeOption(QStringLiteral("--out"), &usageError);
    if (usageError || !outDir)
        return ctx.usage(QStringLiteral("demo --out DIR"));
    auto result = services::DemoShift(*outDir).run();
    if (!result)
        return ctx.fail(result.error());
    ctx.out << "demo shift done: " << result->itemCount << " items; manifest: " << result->manifestPath
            << "\n";
    return ExitOk;
}

} // namespace pc::cli
