// Printer figures (no timed assertions; results go to docs/perf/printers.md):
//  - enqueue(): recording a job in the durable queue (on disk when it returns) and handing it to the
//    worker, on the caller's thread, SQLite WAL synchronous=FULL on the disk given by --dir;
//  - dispatch() of a job already recorded in the caller's transaction (the acceptance path);
//  - submit(): the GUI path, recorded on the print thread;
//  - submitting a 100×150 mm ZPL label to a CUPS raw queue (--cups HOST:PORT --queue NAME), create
//    + send + finish, not waiting for the printer;
//  - status parser throughput.
// Run: build-printers/bin/bench_printers [--dir DIR] [--private-cups | --cups HOST:PORT --queue NAME]
//      --private-cups starts the test fixture's cupsd (root) with a raw capture queue.
#include "../../integration/cups/CupsdFixture.h"
#include "db/Connection.h"
#include "db/printqueue/PrintQueueRepository.h"
#include "drivers/printer/CupsClient.h"
#include "drivers/printer/SimulatedPrinter.h"
#include "drivers/printer/StatusParsers.h"
#include "services/printing/PrintQueueService.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <vector>

using namespace pc;

namespace {
void report(const char* what, std::vector<double> us)
{
    std::sort(us.begin(), us.end());
    const auto at = [&](double q) { return us[std::min(us.size() - 1, size_t(q * double(us.size())))]; };
    std::printf("%-44s n=%-5zu p50 %8.1f us  p95 %8.1f us  p99 %8.1f us  max %8.1f us\n", what, us.size(),
                at(0.5), at(0.95), at(0.99), us.back());
}

QByteArray label100x150()
{
    // A realistic 203 dpi 100×150 mm label: text fields, a Code 128 and a DataMatrix, ~1.5 KB.
    QByteArray z = "^XA^CI28^PW800^LL1200\n";
    for (int i = 0; i < 20; ++i)
        z += "^FO40," + QByteArray::number(40 + i * 45) + "^A0N,32,32^FDПолучатель строка " +
             QByteArray::number(i) + "^FS\n";
    z += "^FO60,950^BY3,3,120^BCN,120,Y,N,N^FDRA123456785RU^FS\n^FO600,950^BXN,6,200,0,0,6,_^FDRA123456785RU^"
         "FS\n^XZ\n";
    return z;
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    auto opt = [&](const QString& n) {
        const auto i = args.indexOf(n);
        return i >= 0 && i + 1 < args.size() ? args[i + 1] : QString();
    };
    QTemporaryDir tmp;
    const QString dir = opt(QStringLiteral("--dir")).isEmpty() ? tmp.path() : opt(QStringLiteral("--dir"));
    const QByteArray label = label100x150();
    std::printf("label: %lld bytes, database in %s\n", static_cast<long long>(label.size()), qPrintable(dir));

    {
        auto c = db::openSqlite({dir + QStringLiteral("/bench-queue.db")});
        if (!c) {
            std::fprintf(stderr, "%s\n", qPrintable(c.error().message));
            return 1;
        }
        services::PrinterRegistry printers;
        printers.add(std::make_shared<drivers::SimulatedPrinter>(QStringLiteral("label"),
                                                                 tmp.filePath(QStringLiteral("sim"))));
        services::PrintQueueService queue(*c, printers);
        std::vector<double> us;
        for (int i = 0; i < 300; ++i) {
            services::PrintRequest r;
            r.documentRef = QStringLiteral("operation:%1/label").arg(i);
            r.documentKind = QStringLiteral("label");
            r.printer = QStringLiteral("label");
            r.job = {drivers::PrintLanguage::Zpl, label, QStringLiteral("Custom.100x150mm"), 1,
                     QStringLiteral("label")};
            QElapsedTimer t;
            t.start();
            auto id = queue.enqueue(r);
            us.push_back(double(t.nsecsElapsed()) / 1000.0);
            if (!id)
                return 1;
            queue.waitForIdle(5000);
        }
        report("enqueue (record + hand to worker)", us);

        us.clear();
        db::PrintQueueRepository repo(*c);
        for (int i = 0; i < 300; ++i) {
            db::PrintQueueEntry e;
            e.documentRef = QStringLiteral("op/%1").arg(i);
            e.printer = QStringLiteral("label");
            e.language = QStringLiteral("zpl");
            e.bytes = label;
            auto id = repo.insert(e); // in the real flow: inside the acceptance transaction
            QElapsedTimer t;
            t.start();
            queue.dispatch(*id);
            us.push_back(double(t.nsecsElapsed()) / 1000.0);
            queue.waitForIdle(5000);
        }
        report("dispatch (job recorded in caller's commit)", us);

        us.clear();
        for (int i = 0; i < 300; ++i) {
            services::PrintRequest r;
            r.documentRef = QStringLiteral("operation:%1/receipt").arg(i);
            r.documentKind = QStringLiteral("receipt");
            r.printer = QStringLiteral("label");
            r.job = {drivers::PrintLanguage::EscPos, label, {}, 1, QStringLiteral("receipt")};
            QElapsedTimer t;
            t.start();
            (void)queue.submit(r);
            us.push_back(double(t.nsecsElapsed()) / 1000.0);
            queue.waitForIdle(5000);
        }
        report("submit (recorded on the print thread)", us);
    }

    QString server = opt(QStringLiteral("--cups"));
    std::unique_ptr<CupsdFixture> cupsd;
    if (args.contains(QStringLiteral("--private-cups"))) {
        cupsd = std::make_unique<CupsdFixture>();
        if (!cupsd->start() || !cupsd->addRawQueue(QStringLiteral("label_raw"))) {
            std::fprintf(stderr, "private cupsd: %s\n", qPrintable(cupsd->error()));
            return 1;
        }
        server = cupsd->server();
    }
    if (!server.isEmpty()) {
        const drivers::CupsClient cups(server);
        const QString q = opt(QStringLiteral("--queue")).isEmpty() ? QStringLiteral("label_raw")
                                                                   : opt(QStringLiteral("--queue"));
        std::vector<double> us;
        for (int i = 0; i < 100; ++i) {
            QElapsedTimer t;
            t.start();
            auto id = cups.submit(q, {drivers::PrintLanguage::Zpl, label, drivers::customMediaName(100, 150),
                                      1, QStringLiteral("bench label")});
            us.push_back(double(t.nsecsElapsed()) / 1000.0);
            if (!id) {
                std::fprintf(stderr, "%s\n", qPrintable(id.error().message));
                return 1;
            }
        }
        report("CUPS submit 100x150 label (raw queue)", us);
    }

    const QByteArray hs = "\x02"
                          "030,1,0,1245,000,0,0,0,000,0,0,0\x03\r\n\x02"
                          "001,0,1,0,1,2,6,0,00000000,1,000\x03\r\n"
                          "\x02"
                          "1234,0\x03\r\n";
    QElapsedTimer t;
    t.start();
    int ok = 0;
    for (int i = 0; i < 200000; ++i)
        ok += drivers::parseZplHostStatus(hs).ok() ? 1 : 0;
    std::printf("ZPL ~HS parse: %.2f M answers/s (%d ok)\n", 200000.0 / double(t.nsecsElapsed()) * 1000.0,
                ok);
    return 0;
}
