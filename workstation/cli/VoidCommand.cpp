// postcounter-cli void ITEM --reason TEXT --supervisor ID [--supervisor-password P | password on stdin]
//                      [--senders-request]
// Voids an item accepted in the counter's open shift: reversal 26.2 (26.1 with --senders-request),
// refund receipt, cancellation event; a supervisor approves. Nothing is deleted.
#include "CliContext.h"
#include "CounterSession.h"

#include <iostream>
#include <string>

namespace pc::cli {

int runVoidCommand(CliContext& ctx)
{
    bool usageError = false;
    const auto reason = ctx.takeOption(QStringLiteral("--reason"), &usageError);
    const auto supervisor = ctx.takeOption(QStringLiteral("--supervisor"), &usageError);
    auto password = ctx.takeOption(QStringLiteral("--supervisor-password"), &usageError);
    const bool senders = ctx.takeFlag(QStringLiteral("--senders-request"));
    if (usageError || !reason || !supervisor || ctx.args.size() != 1)
        return ctx.usage(QStringLiteral("void ITEM --reason TEXT --supervisor ID [--supervisor-password P] "
                                        "[--senders-request]"));
    services::VoidRequest req;
    req.itemId = ctx.args.takeFirst().trimmed().toUpper();
    req.reason = *reason;
    req.supervisorId = *supervisor;
    req.sendersRequest = senders;
    if (!password) {
        std::string line;
        std::getline(std::cin, line);
        password = QString::fromStdString(line).trimmed();
    }
    req.supervisorPassword = *password;

    int code = ExitOk;
    auto session = CounterSession::open(ctx, &code);
    if (!session)
        return code;
    // A void always needs the open shift it belongs to (VoidService checks), sample office or not.
    services::CounterServices& counter = session->counter();
    auto done = counter.voids.voidItem(req);
    if (!done)
        return ctx.refuse(done.error());
    session->waitForPrinting();
    ctx.out << "voided " << done->itemId << ": operation " << done->operationId;
    if (done->refundReceiptNumber)
        ctx.out << ", refund receipt " << done->refundReceiptNumber << " (" << done->method << ")";
    ctx.out << "\n";
    return ExitOk;
}

} // namespace pc::cli
