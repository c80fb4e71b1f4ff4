// Child for the durability test: records a label job through the print queue with a printer that
// takes a minute, says "committed <id>" and waits to be killed (SIGKILL) before the print finishes.
#include "db/Connection.h"
#include "drivers/printer/SimulatedPrinter.h"
#include "services/printing/PrintQueueService.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace pc;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 4)
        return 2;
    auto c = db::openSqlite({QString::fromLocal8Bit(argv[1])});
    if (!c)
        return 3;
    services::PrinterRegistry printers;
    auto sim =
        std::make_shared<drivers::SimulatedPrinter>(QStringLiteral("label"), QString::fromLocal8Bit(argv[2]));
    sim->setDelayMs(60000); // the plug is pulled long before this printer finishes
    printers.add(sim);
    services::PrintQueueService queue(*c, printers);
    services::PrintRequest r;
    r.documentRef = QStringLiteral("operation:1/label");
    r.documentKind = QStringLiteral("label");
    r.operationId = 1;
    r.printer = QStringLiteral("label");
    r.job = {drivers::PrintLanguage::Zpl, QByteArray(argv[3]), QStringLiteral("Custom.100x150mm"), 1,
             QStringLiteral("label 1")};
    auto id = queue.enqueue(r);
    if (!id)
        return 4;
    QTextStream(stdout) << "committed " << *id << Qt::endl;
    return app.exec();
}
