// Queue durability: a child process records a job and is SIGKILLed before the printer finishes.
// After "restart" (a new service on the same database) the job is there and prints, byte-for-byte.
#include "db/Connection.h"
#include "drivers/printer/SimulatedPrinter.h"
#include "services/printing/PrintQueueService.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pc;

class TestPrintQueueDurability : public QObject {
    Q_OBJECT
private slots:
    void killedBeforeSendingStillPrints()
    {
        QTemporaryDir dir;
        const QString dbPath = dir.filePath(QStringLiteral("queue.db"));
        const QByteArray label = "^XA^CI28^FO40,40^A0N,50,50^FDRA123456785RU^FS^XZ";
        for (int round = 0; round < 3; ++round) {
            QProcess child;
            child.start(QStringLiteral(PC_PRINTQUEUE_CHILD),
                        {dbPath, dir.filePath(QStringLiteral("never")), QString::fromLatin1(label)});
            QVERIFY(child.waitForStarted());
            QVERIFY2(child.waitForReadyRead(10000), "child did not record the job");
            const QByteArray line = child.readLine().trimmed();
            QVERIFY2(line.startsWith("committed "), line.constData());
            child.kill(); // SIGKILL: no destructor, no cleanup
            QVERIFY(child.waitForFinished(10000));
        }

        auto c = db::openSqlite({dbPath});
        QVERIFY(c.ok());
        services::PrinterRegistry printers;
        auto sim = std::make_shared<drivers::SimulatedPrinter>(QStringLiteral("label"),
                                                               dir.filePath(QStringLiteral("printed")));
        printers.add(sim);
        services::PrintQueueService queue(*c, printers);
        auto before = queue.recent(10);
        QVERIFY(before.ok());
        QCOMPARE(before->size(), 3); // every recorded job survived the kill
        for (const auto& e : *before)
            QVERIFY2(e.state == u"queued" || e.state == u"sending", qPrintable(e.state));

        auto resumed = queue.resumeUnfinished();
        QVERIFY(resumed.ok());
        QCOMPARE(*resumed, 3);
        QVERIFY(queue.waitForIdle(10000));
        for (const auto& e : *queue.recent(10))
            QCOMPARE(e.state, QStringLiteral("printed"));
        QCOMPARE(sim->printedCount(), 3);
        QFile f(sim->printedFiles().first());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), label);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("never/000001.zpl"))));
    }
};

QTEST_GUILESS_MAIN(TestPrintQueueDurability)
#include "test_printqueue_durability.moc"
