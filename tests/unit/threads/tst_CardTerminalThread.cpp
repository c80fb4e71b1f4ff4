// The card terminal as a "sim" counter runs it (services/acceptance/CardTerminal): the simulator
// server on its own thread, the blocking client on this one, the outcome setters and the operation
// log called across threads. Expected answers are the simulator's documented rules
// (docs/payment-terminal.md): kopecks 51 are declined with code 51, a silent sale times out and is
// cancelled. Runs under ThreadSanitizer in CI (label tsan).
#include "drivers/payment/PaymentTerminal.h"
#include "drivers/sim/SimulatedPaymentTerminal.h"
#include "services/acceptance/CardTerminal.h"

#include <QTest>

using namespace pc;
using drivers::SimulatedPaymentTerminal;

class TestCardTerminalThread : public QObject {
    Q_OBJECT
private slots:
    void salesAcrossTheSimulatorThread()
    {
        auto card = services::CardTerminal::start({QStringLiteral("sim"), {}, 0, 30});
        QVERIFY(card);
        SimulatedPaymentTerminal* sim = (*card)->simulator();
        QVERIFY(sim);
        QVERIFY(sim->thread() != QThread::currentThread());
        sim->setStepDelayMs(5);
        drivers::PaymentTerminal* t = (*card)->terminal();

        auto approved = t->sale(12300, QStringLiteral("receipt 1-000001"), 10000);
        QVERIFY2(approved, approved ? "" : qPrintable(approved.error().message));
        QCOMPARE(approved->amountKop, 12300);
        QCOMPARE(approved->rrn.size(), 12);

        auto declined = t->sale(12351, QStringLiteral("receipt 1-000002"), 10000);
        QVERIFY(!declined);
        QCOMPARE(declined.error().failure, drivers::PaymentFailure::Declined);
        QCOMPARE(declined.error().bankCode, QStringLiteral("51"));

        sim->setNextOutcome(SimulatedPaymentTerminal::Outcome::Timeout);
        auto silent = t->sale(5000, QStringLiteral("receipt 1-000003"), 500);
        QVERIFY(!silent);
        QCOMPARE(silent.error().failure, drivers::PaymentFailure::Timeout);

        QVERIFY(t->cancel(approved->rrn, 12300));
        // Finished operations only (the log also notes each sale as it starts), in the order the
        // client asked: three sales, the best-effort cancel of the silent one (sent before sale()
        // returned), the reversal of the approved one.
        auto finished = [sim] {
            QStringList out;
            for (const auto& op : sim->operations())
                if (op.result != u"started")
                    out << op.op + u':' + op.result;
            return out;
        };
        QTRY_COMPARE_WITH_TIMEOUT(finished().size(), 5, 5000);
        QCOMPARE(finished(),
                 (QStringList{QStringLiteral("sale:approved"), QStringLiteral("sale:declined"),
                              QStringLiteral("sale:no_answer"), QStringLiteral("cancel:cancelled"),
                              QStringLiteral("cancel:cancelled")}));
    }

    void stoppingJoinsTheSimulatorThread()
    {
        for (int i = 0; i < 3; ++i) {
            auto card = services::CardTerminal::start({QStringLiteral("sim"), {}, 0, 30});
            QVERIFY(card);
            (*card)->simulator()->setStepDelayMs(1);
            QVERIFY((*card)->terminal()->status());
        } // ~CardTerminal quits and joins the thread; the simulator is deleted on it
    }
};

QTEST_GUILESS_MAIN(TestCardTerminalThread)
#include "tst_CardTerminalThread.moc"
