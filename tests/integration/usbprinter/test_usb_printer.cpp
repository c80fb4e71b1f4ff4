// The USB printer-class transport and UsbPrinter against a umockdev-emulated printer: usblp is
// detached and re-attached, data goes out in chunks of the configured size, status bytes become
// states, and an unplug in the middle of a job fails the job with its reason and keeps it for
// reprint in the durable queue.
#include "UsbPrinterEmulator.h"
#include "db/Connection.h"
#include "drivers/printer/UsbPrinter.h"
#include "services/printing/PrintQueueService.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pc;
using namespace pc::drivers;

namespace {
const UsbPrinterAddress kZebra{0x0a5f, 0x0120};

QByteArray bigLabel(int size)
{
    QByteArray b;
    b.reserve(size);
    for (int i = 0; b.size() < size; ++i)
        b.append(char('A' + i % 26));
    return b;
}
QByteArray hs(char paperOut, char headUp)
{
    return QByteArray("\x02"
                      "030,") +
           paperOut +
           ",0,1245,000,0,0,0,000,0,0,0\x03\r\n\x02"
           "001,0," +
           headUp +
           ",0,1,2,6,0,00000000,1,000\x03\r\n\x02"
           "1234,0\x03\r\n";
}
} // namespace

class TestUsbPrinter : public QObject {
    Q_OBJECT
private slots:
    void chunkedWriteDetachesAndReattachesUsblp()
    {
        UsbPrinterEmulator dev;
        QVERIFY(dev.ok());
        const QByteArray data = bigLabel(10000);
        {
            auto t = UsbPrinterTransport::open(kZebra, UsbTransportOptions{4096, 2000});
            QVERIFY2(t.ok(), qPrintable(t.ok() ? QString() : t.error().message));
            QVERIFY((*t)->hasStatusChannel());
            QVERIFY(dev.detachedKernelDriver());
            QVERIFY(!dev.reattachedKernelDriver());
            const auto st = (*t)->write(data);
            QVERIFY2(st.ok(), qPrintable(st.ok() ? QString() : st.error().message));
            QCOMPARE((*t)->bytesWritten(), qint64(10000));
        }
        QVERIFY(dev.reattachedKernelDriver()); // given back to usblp on close
        const auto chunks = dev.chunks();
        QCOMPARE(chunks.size(), 3); // 4096 + 4096 + 1808
        QCOMPARE(chunks[0].size(), 4096);
        QCOMPARE(chunks[2].size(), 10000 - 2 * 4096);
        QCOMPARE(dev.data(), data);
    }

    void statusBytesBecomeStates()
    {
        UsbPrinterEmulator dev;
        QVERIFY(dev.ok());
        UsbPrinter zebra(QStringLiteral("label"), kZebra, PrintLanguage::Zpl);
        zebra.setStatusTimeoutMs(300);
        dev.setStatusAnswer(hs('0', '0'));
        auto st = zebra.status();
        QVERIFY2(st.ok(), qPrintable(st.ok() ? QString() : st.error().message));
        QVERIFY(st->isReady());
        dev.setStatusAnswer(hs('1', '1'));
        st = zebra.status();
        QVERIFY(st.ok());
        QVERIFY(st->has(PrinterCondition::PaperOut));
        QVERIFY(st->has(PrinterCondition::HeadOpen));
        // A paper-out printer is not sent the job.
        const auto printed = zebra.print(PrintJob{PrintLanguage::Zpl, "^XA^XZ", {}, 1, {}});
        QCOMPARE(printed.error().code, QStringLiteral("printer.paper_out"));
        QVERIFY(dev.chunks().isEmpty());

        UsbPrinter tsc(QStringLiteral("tsc"), kZebra, PrintLanguage::Tspl);
        tsc.setStatusTimeoutMs(300);
        dev.setStatusAnswer(QByteArray(1, char(0x08)));
        QCOMPARE(tsc.status()->conditions, unsigned(PrinterCondition::RibbonOut));

        UsbPrinter receipt(QStringLiteral("receipt"), kZebra, PrintLanguage::EscPos);
        receipt.setStatusTimeoutMs(300);
        dev.setStatusAnswer(QByteArray(1, char(0x16))); // every DLE EOT n answers 0x16
        auto r = receipt.status();
        QVERIFY(r.ok());
        QVERIFY(r->has(PrinterCondition::CoverOpen)); // n=2 bit 2
    }

    void silentPrinterIsOffline()
    {
        UsbPrinterEmulator dev;
        QVERIFY(dev.ok());
        UsbPrinter zebra(QStringLiteral("label"), kZebra, PrintLanguage::Zpl);
        zebra.setStatusTimeoutMs(200);
        auto st = zebra.status(); // no answer configured
        QVERIFY(st.ok());
        QVERIFY(st->has(PrinterCondition::Offline));
    }

    void unplugMidJobFailsAndKeepsTheJob()
    {
        UsbPrinterEmulator dev;
        QVERIFY(dev.ok());
        dev.setStatusAnswer(hs('0', '0'));
        dev.unplugAfterChunks(2);

        QTemporaryDir dir;
        auto c = db::openSqlite({dir.filePath(QStringLiteral("q.db"))});
        QVERIFY(c.ok());
        services::PrinterRegistry printers;
        auto zebra = std::make_shared<UsbPrinter>(QStringLiteral("label"), kZebra, PrintLanguage::Zpl,
                                                  UsbTransportOptions{1024, 2000});
        zebra->setStatusTimeoutMs(300);
        printers.add(zebra);
        services::PrintQueueService queue(*c, printers);
        QSignalSpy failed(&queue, &services::PrintQueueService::jobFailed);
        services::PrintRequest r;
        r.documentRef = QStringLiteral("operation:9/label");
        r.documentKind = QStringLiteral("label");
        r.printer = QStringLiteral("label");
        r.job = PrintJob{PrintLanguage::Zpl, bigLabel(5000), {}, 1, QStringLiteral("label 9")};
        auto id = queue.enqueue(r);
        QVERIFY(id.ok());
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.first().at(1).toString(), QStringLiteral("usb.unplugged"));
        QVERIFY(failed.first().at(3).toString().contains(QStringLiteral("2048 bytes")));
        auto job = queue.job(*id);
        QCOMPARE(job->state, QStringLiteral("failed"));
        QCOMPARE(job->reasonCode, QStringLiteral("usb.unplugged"));
        QCOMPARE(dev.chunks().size(), 2);
        // Kept with its bytes: it can be reprinted (here: on another printer).
        auto again = queue.reprint(*id, QStringLiteral("spare"));
        QVERIFY(again.ok());
        QCOMPARE(queue.job(*again)->reprintOf, std::optional<qint64>(*id));
    }
};

QTEST_GUILESS_MAIN(TestUsbPrinter)
#include "test_usb_printer.moc"
