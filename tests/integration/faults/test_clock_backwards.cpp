// The clock jumping backwards in an open shift: the computer's clock goes back three hours between
// two sales. The counter refuses to stamp an operation earlier than its last journal row (see
// JournalRepository::requireClockNotBehind for why refusing beats stamping a made-up time): the sale,
// a hand-over and closing the shift are refused with a message that says to check the date and time;
// nothing is written, the journal stays in time order, and once the clock is right the same sale
// goes through and the shift closes with the drawer counted from every sale.
#include "FaultBench.h"

#include <QTest>

using namespace pc;
using namespace pc::testing;

class TestClockBackwards : public QObject {
    Q_OBJECT
private slots:
    void operationsAfterTheClockWentBackAreRefused()
    {
        FaultBench b;
        QCOMPARE(b.setUp(), QString());
        const QString parcel = b.arriveItem(0); // an item waiting to be handed over
        QVERIFY(!parcel.isEmpty());
        auto first = b.sellLetter();
        QVERIFY2(first, first ? "" : qPrintable(first.error().message));
        const QDateTime lastOp = b.clock.nowUtc();
        const QList<qint64> before = b.footprint();

        b.clock.advanceSecs(-3 * 3600); // the clock goes back three hours
        auto refused = b.sellLetter();
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("clock.behind"));
        const QString message = refused.error().message;
        QVERIFY2(message.contains(QStringLiteral("clock is behind")) &&
                     message.contains(QStringLiteral("Check the date and time")) &&
                     message.contains(lastOp.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))),
                 qPrintable(message));
        qInfo("the clerk reads: %s", qPrintable(message));
        auto handOver = b.handOver(parcel);
        QVERIFY(!handOver);
        QCOMPARE(handOver.error().code, QStringLiteral("clock.behind"));
        auto state = b.counter->shifts.state(QStringLiteral("1"));
        QVERIFY(state && state->shift);
        const qint64 shiftId = state->shift->id;
        services::CloseRequest close;
        close.operatorId = QStringLiteral("clerk");
        close.countedTotalKop = 0;
        auto closing = b.counter->shifts.close(shiftId, close);
        QVERIFY(!closing);
        QCOMPARE(closing.error().code, QStringLiteral("clock.behind"));
        QCOMPARE(b.footprint(), before);
        QCOMPARE(b.consistency(), QString());

        // Back to the right time (a minute after the last operation): everything goes through.
        b.clock.set(lastOp.addSecs(60));
        auto second = b.sellLetter();
        QVERIFY2(second, second ? "" : qPrintable(second.error().message));
        QVERIFY2(b.handOver(parcel), "hand-over after the clock was fixed");
        QCOMPARE(b.consistency(), QString());
        // The journal is in time order: every row is at or after the one before it.
        QSqlQuery q(b.conn->db());
        QVERIFY(q.exec(QStringLiteral("SELECT occurred_at FROM operation WHERE counter_id = '1' ORDER BY "
                                      "journal_seq")));
        QDateTime previous;
        while (q.next()) {
            const QDateTime at = QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs);
            QVERIFY2(!previous.isValid() || at >= previous, qPrintable(q.value(0).toString()));
            previous = at;
        }
        // The drawer: the float (5 000 ₽) and both letters, each paid with exactly its price.
        b.clock.advanceSecs(60); // the report covers [opened, now): close after the last sale
        close.countedTotalKop = 500000 + first->totalKop + second->totalKop;
        auto closed = b.counter->shifts.close(shiftId, close);
        QVERIFY2(closed, closed ? "" : qPrintable(closed.error().message));
        QCOMPARE(closed->report.expectedCashKop, *close.countedTotalKop);
    }

    void theSameSecondIsNotBehind()
    {
        FaultBench b;
        QCOMPARE(b.setUp(), QString());
        QVERIFY(b.sellLetter());
        QVERIFY(b.sellLetter()); // a fixed clock: two sales stamped the same instant
        QCOMPARE(b.consistency(), QString());
    }
};

QTEST_GUILESS_MAIN(TestClockBackwards)
#include "test_clock_backwards.moc"
