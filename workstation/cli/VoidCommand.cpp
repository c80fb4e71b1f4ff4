// postcounter-cli void ITEM --reason TEXT --supervisor ID [--supervisor-password P | password on stdin]
//                      [--senders-request]
// Voids an item accepted in the counter's open shift: reversal 26.2 (26.1 with --senders-request),
// refund receipt, cancellation event; a supervisor approves. Nothing is deleted.
#include "CliContext.h"
#include "services/acceptance/CardTerminal.h"
#include "services/acceptance/CounterServices.h"
#include "services/printing/PrintQueueService.h"

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

    auto ws = ctx.openWorkstation();
    if (!ws)
        return ctx.fail(ws.error());
    SystemClock clock;
    services::CounterServices counter(ws->config, ws->connection, clock, true);
    auto printing = services::loadPrintingConfig(ws->config.configPath);
    if (!printing)
        return ctx.fail(printing.error());
    services::PrinterRegistry printers;
    printers.configure(*printing);
    std::unique_ptr<services::PrintQueueService> queue;
    if (!printing->printers.isEmpty())
        queue = std::make_unique<services::PrintQueueService>(ws->connection, printers);
    counter.setPrinting(&printers, queue.get());
    auto terminalConfig = services::loadPaymentTerminalConfig(ws->config.configPath, ws->config.demo);
    if (!terminalConfig)
        return ctx.fail(terminalConfig.error());
    auto card = services::CardTerminal::start(*terminalConfig);
    if (!card)
        return ctx.fail(card.error());
    counter.setPaymentTerminal((*card)->terminal(), (*card)->timeoutMs());
    auto done = counter.voids.voidItem(req);
    if (!done)
        return ctx.refuse(done.error());
    if (queue)
        queue->waitForIdle(60000);
    ctx.out << "voided " << done->itemId << ": operation " << done->operationId;
    if (done->refundReceiptNumber)
        ctx.out << ", refund receipt " << done->refundReceiptNumber << " (" << done->method << ")";
    ctx.out << "\n";
    return ExitOk;
}

} // namespace pc::cli
