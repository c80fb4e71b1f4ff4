// The CUPS client against a real cupsd started by the fixture (private port and directories):
// raw jobs land byte-for-byte, a PDF goes through a PPD queue, destinations carry state and media,
// and a stopped queue, a rejecting queue, a missing queue and a cancelled job are reported as such.
#include "CupsdFixture.h"
#include "drivers/printer/CupsClient.h"
#include "drivers/printer/CupsPrinter.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QTest>
#include <QThread>

using namespace pc::drivers;

namespace {
QByteArray waitForCapture(const QString& path, int timeoutMs)
{
    QDeadlineTimer d(timeoutMs);
    while (!d.hasExpired()) {
        QFile f(path);
        if (f.exists() && f.open(QIODevice::ReadOnly)) {
            const QByteArray a = f.readAll();
            if (!a.isEmpty())
                return a;
        }
        QThread::msleep(20);
    }
    return {};
}

QByteArray everyByte()
{
    QByteArray b("^XA^CI28^FO50,50^A0N,40,40^FDПочта России^FS^XZ\n");
    for (int i = 0; i < 256; ++i) // raw means raw: NULs, ESC, 0xFF all pass
        b.append(char(i));
    return b;
}
} // namespace

class TestCups : public QObject {
    Q_OBJECT
    std::unique_ptr<CupsdFixture> m_cups;

private slots:
    void initTestCase()
    {
        m_cups = std::make_unique<CupsdFixture>();
        if (!m_cups->start())
            QFAIL(qPrintable(m_cups->error()));
        QVERIFY2(m_cups->addRawQueue(QStringLiteral("label_raw")), qPrintable(m_cups->error()));
        QVERIFY2(m_cups->addRawQueue(QStringLiteral("paused_raw")), qPrintable(m_cups->error()));
        QVERIFY2(m_cups->addRawQueue(QStringLiteral("closed_raw")), qPrintable(m_cups->error()));
        QVERIFY2(
            m_cups->addPdfQueue(QStringLiteral("office_pdf"),
                                QStringLiteral("/usr/share/ppd/cupsfilters/Generic-PDF_Printer-PDF.ppd")),
            qPrintable(m_cups->error()));
    }
    void cleanupTestCase() { m_cups.reset(); } // stops cupsd

    void destinationsWithStateAndMedia()
    {
        const CupsClient c(m_cups->server());
        auto all = c.destinations();
        QVERIFY2(all.ok(), qPrintable(all.ok() ? QString() : all.error().message));
        QStringList names;
        for (const auto& d : *all)
            names << d.name;
        names.sort();
        QCOMPARE(names, (QStringList{QStringLiteral("closed_raw"), QStringLiteral("label_raw"),
                                     QStringLiteral("office_pdf"), QStringLiteral("paused_raw")}));
        auto office = c.destination(QStringLiteral("office_pdf"));
        QVERIFY(office.ok());
        QVERIFY(office->state.isReady());
        QCOMPARE(office->ippState, 3);
        // The Generic PDF PPD offers A4 (PWG name iso_a4_210x297mm).
        QVERIFY2(office->media.contains(QStringLiteral("iso_a4_210x297mm")),
                 qPrintable(office->media.join(u' ')));
    }

    void rawJobLandsByteForByte()
    {
        const CupsClient c(m_cups->server());
        const QByteArray bytes = everyByte();
        auto id = c.submit(
            QStringLiteral("label_raw"),
            PrintJob{PrintLanguage::Zpl, bytes, customMediaName(100, 150), 1, QStringLiteral("label")});
        QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().message));
        auto done = c.waitForJob(QStringLiteral("label_raw"), *id, 20000);
        QVERIFY2(done.ok(), qPrintable(done.ok() ? QString() : done.error().message + m_cups->errorLog()));
        QCOMPARE(done->state, CupsJobState::Completed);
        QCOMPARE(waitForCapture(m_cups->captureDir() + QStringLiteral("/job-%1.bin").arg(*id), 5000), bytes);
    }

    void cupsPrinterPrintsAndReportsReady()
    {
        CupsPrinter p(QStringLiteral("label"), QStringLiteral("label_raw"), m_cups->server(), 20000);
        QVERIFY(p.status().ok());
        QVERIFY(p.status()->isReady());
        const QByteArray receipt("\x1b\x40"
                                 "Receipt\n\x1d\x56\x01",
                                 13);
        const auto st = p.print(PrintJob{PrintLanguage::EscPos, receipt, {}, 1, QStringLiteral("receipt")});
        QVERIFY2(st.ok(), qPrintable(st.ok() ? QString() : st.error().message));
    }

    void pdfThroughPpdQueue()
    {
        QFile pdf(QStringLiteral(PC_TEST_DATA_DIR "/printers/a6-test-page.pdf"));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        const CupsClient c(m_cups->server());
        auto id = c.submit(QStringLiteral("office_pdf"),
                           PrintJob{PrintLanguage::Pdf, pdf.readAll(), QStringLiteral("iso_a4_210x297mm"), 2,
                                    QStringLiteral("form")});
        QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().message));
        auto done = c.waitForJob(QStringLiteral("office_pdf"), *id, 60000);
        QVERIFY2(done.ok(), qPrintable(done.ok() ? QString() : done.error().message + m_cups->errorLog()));
        QCOMPARE(done->state, CupsJobState::Completed);
        const QByteArray out =
            waitForCapture(m_cups->captureDir() + QStringLiteral("/job-%1.bin").arg(*id), 5000);
        // The Generic PDF PPD wraps the filtered PDF in PJL; the media we asked for reaches the printer.
        QVERIFY2(out.contains("%PDF-"), out.left(200).constData());
        QVERIFY2(out.contains("@PJL SET PAPER=A4"), out.left(400).constData());
    }

    void missingQueue()
    {
        const CupsClient c(m_cups->server());
        auto d = c.destination(QStringLiteral("no_such_queue"));
        QVERIFY(!d.ok());
        QCOMPARE(d.error().code, QStringLiteral("printer.not_found"));
        auto id =
            c.submit(QStringLiteral("no_such_queue"), PrintJob{PrintLanguage::Zpl, "^XA^XZ", {}, 1, {}});
        QVERIFY(!id.ok());
        QCOMPARE(id.error().code, QStringLiteral("printer.not_found"));
        CupsPrinter p(QStringLiteral("x"), QStringLiteral("no_such_queue"), m_cups->server());
        QCOMPARE(p.print(PrintJob{PrintLanguage::Zpl, "^XA^XZ", {}, 1, {}}).error().code,
                 QStringLiteral("printer.not_found"));
    }

    void rejectingQueue()
    {
        QVERIFY2(m_cups->admin(QStringLiteral("/usr/sbin/cupsreject"), {QStringLiteral("closed_raw")}),
                 qPrintable(m_cups->error()));
        const CupsClient c(m_cups->server());
        auto d = c.destination(QStringLiteral("closed_raw"));
        QVERIFY(d.ok());
        QVERIFY(!d->accepting);
        QVERIFY(!d->state.canPrint());
        auto id = c.submit(QStringLiteral("closed_raw"), PrintJob{PrintLanguage::Zpl, "^XA^XZ", {}, 1, {}});
        QVERIFY(!id.ok());
        QCOMPARE(id.error().code, QStringLiteral("printer.not_accepting"));
    }

    void stoppedQueueAndCancelledJob()
    {
        QVERIFY2(m_cups->admin(QStringLiteral("/usr/sbin/cupsdisable"), {QStringLiteral("paused_raw")}),
                 qPrintable(m_cups->error()));
        const CupsClient c(m_cups->server());
        auto d = c.destination(QStringLiteral("paused_raw"));
        QVERIFY(d.ok());
        QCOMPARE(d->ippState, 5);
        QVERIFY(d->state.has(PrinterCondition::Paused));

        // A stopped queue still takes the job but does not print it: reported, not waited on forever.
        auto id =
            c.submit(QStringLiteral("paused_raw"), PrintJob{PrintLanguage::Tspl, "PRINT 1,1\r\n", {}, 1, {}});
        QVERIFY(id.ok());
        auto waited = c.waitForJob(QStringLiteral("paused_raw"), *id, 10000);
        QVERIFY(!waited.ok());
        QCOMPARE(waited.error().code, QStringLiteral("printer.stopped"));

        QVERIFY(c.cancel(*id).ok());
        auto js = c.jobStatus(*id);
        QVERIFY(js.ok());
        QCOMPARE(js->state, CupsJobState::Cancelled);
        QVERIFY(!QFile::exists(m_cups->captureDir() + QStringLiteral("/job-%1.bin").arg(*id)));

        // Through the Printer interface the stopped queue is an error and the CUPS job is withdrawn.
        CupsPrinter p(QStringLiteral("p"), QStringLiteral("paused_raw"), m_cups->server(), 10000);
        const auto st = p.print(PrintJob{PrintLanguage::Zpl, "^XA^XZ", {}, 1, {}});
        QCOMPARE(st.error().code, QStringLiteral("printer.stopped"));
    }
};

QTEST_GUILESS_MAIN(TestCups)
#include "test_cups.moc"
