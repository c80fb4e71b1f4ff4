// The printer disappearing, through the real print queue (PrintQueueService) and a real cupsd
// (tests/integration/cups/CupsdFixture): the CUPS queue is deleted before a job reaches it, and
// while a job is printing on it. The job ends failed with a message for the clerk and stays in the queue
// with its bytes; once the printer is back, retry and reprint print it byte-for-byte.
// (A USB printer unplugged mid-job: tests/integration/usbprinter, unplugMidJobFailsAndKeepsTheJob.)
#include "../cups/CupsdFixture.h"
#include "db/Connection.h"
#include "drivers/printer/CupsPrinter.h"
#include "services/printing/PrintQueueService.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <sys/stat.h>
#include <unistd.h>

using namespace pc;

namespace {
const QByteArray kLabel = "^XA^CI28^FO40,40^A0N,50,50^FDRA644000001RU^FS^XZ\n";

// The bytes of the captured jobs (one file per CUPS job), once one holds `expected`.
bool captured(const QString& dir, const QByteArray& expected, int timeoutMs)
{
    QDeadlineTimer d(timeoutMs);
    while (!d.hasExpired()) {
        for (const QFileInfo& fi : QDir(dir).entryInfoList(QDir::Files)) {
            QFile f(fi.filePath());
            if (f.open(QIODevice::ReadOnly) && f.readAll() == expected)
                return true;
        }
        QThread::msleep(50);
    }
    return false;
}
} // namespace

class TestPrinterVanishes : public QObject {
    Q_OBJECT
    std::unique_ptr<CupsdFixture> m_cups;
    QTemporaryDir m_dir;
    std::optional<db::Connection> m_c;
    services::PrinterRegistry m_printers;
    std::unique_ptr<services::PrintQueueService> m_queue;

    Result<qint64> printLabel(const QString& printer = QStringLiteral("label"))
    {
        services::PrintRequest r;
        r.documentRef = QStringLiteral("operation:1/label");
        r.documentKind = QStringLiteral("label");
        r.printer = printer;
        r.job = drivers::PrintJob{drivers::PrintLanguage::Zpl, kLabel, {}, 1, QStringLiteral("label 1")};
        return m_queue->enqueue(r);
    }

private slots:
    void initTestCase()
    {
        if (::geteuid() != 0)
            QSKIP("the private cupsd of CupsdFixture needs root (CI runs as root)");
        m_cups = std::make_unique<CupsdFixture>();
        QVERIFY2(m_cups->start(), qPrintable(m_cups->error()));
        QVERIFY2(m_cups->addRawQueue(QStringLiteral("vanishing")), qPrintable(m_cups->error()));
        auto c = db::openSqlite({m_dir.filePath(QStringLiteral("queue.db"))});
        QVERIFY(c);
        m_c.emplace(std::move(*c));
        m_printers.add(std::make_shared<drivers::CupsPrinter>(
            QStringLiteral("label"), QStringLiteral("vanishing"), m_cups->server(), 15000));
        m_queue = std::make_unique<services::PrintQueueService>(*m_c, m_printers);
    }
    void cleanupTestCase()
    {
        m_queue.reset();
        m_cups.reset();
    }

    void queueDeletedBeforeTheJob()
    {
        QVERIFY2(m_cups->admin(QStringLiteral("/usr/sbin/lpadmin"),
                               {QStringLiteral("-x"), QStringLiteral("vanishing")}),
                 qPrintable(m_cups->error()));
        QSignalSpy failed(m_queue.get(), &services::PrintQueueService::jobFailed);
        auto id = printLabel();
        QVERIFY(id);
        QVERIFY(failed.wait(20000));
        QCOMPARE(failed.first().at(1).toString(), QStringLiteral("printer.not_found"));
        const QString clerk = failed.first().at(2).toString();
        QVERIFY2(!clerk.isEmpty(), "no message for the clerk");
        qInfo("the clerk reads: %s", qPrintable(clerk));
        auto job = m_queue->job(*id);
        QVERIFY(job);
        QCOMPARE(job->state, QStringLiteral("failed"));
        QCOMPARE(job->reasonCode, QStringLiteral("printer.not_found"));

        // The printer is back: Retry prints the very same job.
        QVERIFY2(m_cups->addRawQueue(QStringLiteral("vanishing")), qPrintable(m_cups->error()));
        QSignalSpy printed(m_queue.get(), &services::PrintQueueService::jobPrinted);
        QVERIFY(m_queue->retry(*id));
        QVERIFY(printed.wait(20000));
        QCOMPARE(m_queue->job(*id)->state, QStringLiteral("printed"));
        QVERIFY(captured(m_cups->captureDir(), kLabel, 10000));
    }

    void queueDeletedWhileTheJobPrints()
    {
        // A printer that takes the job's first bytes and then stops reading: the capture backend
        // writes into FIFOs nobody reads, so the CUPS job stays "processing" until the queue goes.
        const QString stall = QDir(m_cups->captureDir()).filePath(QStringLiteral("../stall"));
        QVERIFY(QDir().mkpath(stall));
        ::chmod(QFile::encodeName(stall).constData(), 0777);
        for (int job = 1; job <= 50; ++job) {
            const QByteArray fifo = QFile::encodeName(stall + QStringLiteral("/job-%1.bin").arg(job));
            QVERIFY(::mkfifo(fifo.constData(), 0666) == 0);
            ::chmod(fifo.constData(), 0666);
        }
        const QStringList addStalling{
            QStringLiteral("-p"), QStringLiteral("stalling"),         QStringLiteral("-E"),
            QStringLiteral("-v"), QStringLiteral("capture:") + stall, QStringLiteral("-m"),
            QStringLiteral("raw")};
        QVERIFY2(m_cups->admin(QStringLiteral("/usr/sbin/lpadmin"), addStalling),
                 qPrintable(m_cups->error()));
        m_printers.add(std::make_shared<drivers::CupsPrinter>(
            QStringLiteral("stall"), QStringLiteral("stalling"), m_cups->server(), 30000));

        QSignalSpy failed(m_queue.get(), &services::PrintQueueService::jobFailed);
        QSignalSpy sending(m_queue.get(), &services::PrintQueueService::jobSending);
        auto id = printLabel(QStringLiteral("stall"));
        QVERIFY(id);
        if (sending.isEmpty())
            QVERIFY(sending.wait(10000));
        QTest::qWait(1500); // the job is in CUPS, its backend blocked on the printer
        QVERIFY(failed.isEmpty());
        QVERIFY2(m_cups->admin(QStringLiteral("/usr/sbin/lpadmin"),
                               {QStringLiteral("-x"), QStringLiteral("stalling")}),
                 qPrintable(m_cups->error()));
        QVERIFY(failed.wait(40000));
        const QString code = failed.first().at(1).toString();
        QVERIFY2(code.startsWith(QStringLiteral("printer.")) || code.startsWith(QStringLiteral("cups.")),
                 qPrintable(code));
        QVERIFY(!failed.first().at(2).toString().isEmpty());
        qInfo("%s: the clerk reads: %s", qPrintable(code), qPrintable(failed.first().at(2).toString()));
        QCOMPARE(m_queue->job(*id)->state, QStringLiteral("failed")); // kept for Retry / Reprint

        // The printer is back (a working device this time): Reprint prints a linked copy.
        QVERIFY2(m_cups->admin(QStringLiteral("/usr/sbin/lpadmin"),
                               {QStringLiteral("-p"), QStringLiteral("stalling"), QStringLiteral("-E"),
                                QStringLiteral("-v"), QStringLiteral("capture:") + m_cups->captureDir(),
                                QStringLiteral("-m"), QStringLiteral("raw")}),
                 qPrintable(m_cups->error()));
        QSignalSpy printed(m_queue.get(), &services::PrintQueueService::jobPrinted);
        auto again = m_queue->reprint(*id);
        QVERIFY(again);
        QVERIFY(printed.wait(20000));
        QCOMPARE(m_queue->job(*again)->state, QStringLiteral("printed"));
        QCOMPARE(m_queue->job(*again)->reprintOf, std::optional<qint64>(*id));
    }
};

QTEST_GUILESS_MAIN(TestPrinterVanishes)
#include "test_printer_vanishes.moc"
