// The print queue's state machine over a real SQLite file and a simulated printer: jobs recorded
// before sending, queued → sending → printed | failed, refused transitions, retry, reprint (also on
// another printer), clerk wording of a failure.
#include "../../support/TestDatabase.h"
#include "db/Connection.h"
#include "db/printqueue/PrintQueueRepository.h"
#include "drivers/printer/SimulatedPrinter.h"
#include "services/printing/ClerkMessages.h"
#include "services/printing/PrintQueueService.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pc;
using namespace pc::drivers;

namespace {
services::PrintRequest labelRequest(const QByteArray& bytes, const QString& printer = {})
{
    services::PrintRequest r;
    r.documentRef = QStringLiteral("operation:7/label");
    r.documentKind = QStringLiteral("label");
    r.operationId = 7;
    r.printer = printer;
    r.job =
        PrintJob{PrintLanguage::Zpl, bytes, QStringLiteral("Custom.100x150mm"), 1, QStringLiteral("label 7")};
    return r;
}
QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestPrintQueue : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::optional<db::Connection> m_c;

private slots:
    void init()
    {
        const QString path =
            m_dir.filePath(QStringLiteral("q%1.db").arg(QDateTime::currentMSecsSinceEpoch()));
        auto c = db::openSqlite({pc::testing::orPostgres(path)});
        QVERIFY2(c.ok(), qPrintable(c.ok() ? QString() : c.error().message));
        m_c.emplace(std::move(*c));
    }
    void cleanup() { m_c.reset(); }

    void repositoryTransitions()
    {
        db::PrintQueueRepository repo(*m_c);
        db::PrintQueueEntry e;
        e.documentRef = QStringLiteral("op:1/receipt");
        e.documentKind = QStringLiteral("receipt");
        e.printer = QStringLiteral("receipt");
        e.language = QStringLiteral("escpos");
        e.bytes = QByteArray("\x1b\x40hello\x1d\x56\x01", 10);
        auto id = repo.insert(e);
        QVERIFY(id.ok());
        QCOMPARE(repo.get(*id)->state, QStringLiteral("queued"));
        QCOMPARE(repo.get(*id)->bytes, e.bytes); // binary survives the round trip
        QCOMPARE(repo.markPrinted(*id).error().code, QStringLiteral("print.bad_transition")); // not sent yet
        QVERIFY(repo.markSending(*id).ok());
        QCOMPARE(repo.markSending(*id).error().code,
                 QStringLiteral("print.bad_transition")); // no double send
        QVERIFY(repo.markFailed(*id, QStringLiteral("printer.paper_out"), QStringLiteral("paper out")).ok());
        QCOMPARE(repo.get(*id)->reason, QStringLiteral("paper out"));
        QCOMPARE(repo.unfinished()->size(), 0);
        QVERIFY(repo.requeue(*id, QStringLiteral("spare")).ok());
        QCOMPARE(repo.get(*id)->printer, QStringLiteral("spare"));
        QCOMPARE(*repo.unfinished(), QList<qint64>{*id});
        QVERIFY(repo.markSending(*id).ok());
        QVERIFY(repo.markPrinted(*id).ok());
        QCOMPARE(repo.get(*id)->attempts, 2);
        QVERIFY(repo.get(*id)->printedAtUtc.has_value());
        QCOMPARE(repo.requeue(*id).error().code, QStringLiteral("print.bad_transition")); // printed is final
        QCOMPARE(repo.get(999).error().code, QStringLiteral("print.no_such_job"));
    }

    void printsOffTheCallingThread()
    {
        services::PrinterRegistry printers;
        auto sim =
            std::make_shared<SimulatedPrinter>(QStringLiteral("label"), m_dir.filePath(QStringLiteral("a")));
        sim->setDelayMs(300); // a slow printer must not hold up enqueue()
        printers.add(sim);
        printers.setRole(QStringLiteral("label"), QStringLiteral("label"));
        services::PrintQueueService q(*m_c, printers);
        QSignalSpy printed(&q, &services::PrintQueueService::jobPrinted);
        QElapsedTimer t;
        t.start();
        auto id = q.enqueue(labelRequest("^XA^FDone^FS^XZ"));
        QVERIFY(id.ok());
        QVERIFY(t.elapsed() < 250);              // returned long before the printer finished
        const QString state = q.job(*id)->state; // recorded, not yet printed
        QVERIFY2(state == u"queued" || state == u"sending", qPrintable(state));
        QVERIFY(printed.wait(5000));
        QCOMPARE(printed.first().first().toLongLong(), *id);
        QCOMPARE(q.job(*id)->state, QStringLiteral("printed"));
        QCOMPARE(readAll(sim->printedFiles().value(0)), QByteArray("^XA^FDone^FS^XZ"));
    }

    void paperOutFailsThenRetryPrints()
    {
        services::PrinterRegistry printers;
        auto sim =
            std::make_shared<SimulatedPrinter>(QStringLiteral("label"), m_dir.filePath(QStringLiteral("b")));
        sim->setState(PrinterState::with(PrinterCondition::PaperOut));
        printers.add(sim);
        services::PrintQueueService q(*m_c, printers);
        QSignalSpy failed(&q, &services::PrintQueueService::jobFailed);
        auto id = q.enqueue(labelRequest("^XA^XZ", QStringLiteral("label")));
        QVERIFY(id.ok());
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.first().at(1).toString(), QStringLiteral("printer.paper_out"));
        QCOMPARE(failed.first().at(2).toString(),
                 services::clerkPrintMessage(QStringLiteral("printer.paper_out"), QStringLiteral("label")));
        QVERIFY(failed.first().at(2).toString().contains(QStringLiteral("out of paper")));
        QCOMPARE(q.job(*id)->state, QStringLiteral("failed"));
        QCOMPARE(q.job(*id)->reasonCode, QStringLiteral("printer.paper_out"));
        QCOMPARE(sim->printedCount(), 0);

        sim->setState(PrinterState::readyState()); // the clerk loads paper
        QVERIFY(q.retry(*id).ok());
        QVERIFY(q.waitForIdle(5000));
        QCOMPARE(q.job(*id)->state, QStringLiteral("printed"));
        QCOMPARE(q.job(*id)->attempts, 2);
        QCOMPARE(sim->printedCount(), 1);
    }

    void reprintLastLabelOnAnotherPrinter()
    {
        services::PrinterRegistry printers;
        auto a =
            std::make_shared<SimulatedPrinter>(QStringLiteral("a"), m_dir.filePath(QStringLiteral("c1")));
        auto b =
            std::make_shared<SimulatedPrinter>(QStringLiteral("b"), m_dir.filePath(QStringLiteral("c2")));
        printers.add(a);
        printers.add(b);
        printers.setRole(QStringLiteral("label"), QStringLiteral("a"));
        services::PrintQueueService q(*m_c, printers);
        auto first = q.enqueue(labelRequest("LABEL-1"));
        auto second = q.enqueue(labelRequest("LABEL-2"));
        QVERIFY(first.ok() && second.ok());
        QVERIFY(q.waitForIdle(5000));
        auto re = q.reprintLast(QStringLiteral("label"), QStringLiteral("b"));
        QVERIFY(re.ok());
        QVERIFY(q.waitForIdle(5000));
        QCOMPARE(q.job(*re)->reprintOf, std::optional<qint64>(*second));
        QCOMPARE(b->printedCount(), 1);
        QCOMPARE(readAll(b->printedFiles().value(0)), QByteArray("LABEL-2"));
        QCOMPARE(q.reprintLast(QStringLiteral("receipt")).error().code,
                 QStringLiteral("print.nothing_to_reprint"));
        auto all = q.reprintOperation(7);
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 2); // the two originals, not the reprint
    }

    void unknownPrinterFailsWithReason()
    {
        services::PrinterRegistry printers;
        services::PrintQueueService q(*m_c, printers);
        QSignalSpy failed(&q, &services::PrintQueueService::jobFailed);
        auto id = q.enqueue(labelRequest("x", QStringLiteral("nowhere")));
        QVERIFY(id.ok()); // recorded: it can be reprinted elsewhere
        QVERIFY(failed.wait(5000));
        QCOMPARE(q.job(*id)->state, QStringLiteral("failed"));
        QCOMPARE(q.job(*id)->reasonCode, QStringLiteral("print.no_printer"));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().at(2).toString(),
                 services::clerkPrintMessage(QStringLiteral("print.no_printer"), QStringLiteral("nowhere")));
    }

    void submitRecordsOnTheWorkerThenPrints()
    {
        services::PrinterRegistry printers;
        auto sim =
            std::make_shared<SimulatedPrinter>(QStringLiteral("r"), m_dir.filePath(QStringLiteral("d")));
        printers.add(sim);
        services::PrintQueueService q(*m_c, printers);
        QSignalSpy recorded(&q, &services::PrintQueueService::jobRecorded);
        services::PrintRequest r = labelRequest("RECEIPT", QStringLiteral("r"));
        r.documentKind = QStringLiteral("receipt");
        const quint64 ticket = q.submit(r);
        QVERIFY(q.waitForIdle(5000));
        QCOMPARE(recorded.size(), 1);
        QCOMPARE(recorded.first().at(0).toULongLong(), ticket);
        const qint64 id = recorded.first().at(1).toLongLong();
        QCOMPARE(q.job(id)->state, QStringLiteral("printed"));
        QCOMPARE(q.job(id)->documentKind, QStringLiteral("receipt"));
        QCOMPARE(readAll(sim->printedFiles().value(0)), QByteArray("RECEIPT"));
    }
};

QTEST_GUILESS_MAIN(TestPrintQueue)
#include "test_print_queue.moc"
