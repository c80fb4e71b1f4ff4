// Disk full and I/O errors during a commit: a VFS shim (FaultyVfs.h) under Qt's own SQLite driver
// fails the database's writes from the Nth one on. A sale and an issuing hand-over are driven into the
// fault at every write they make: each attempt either commits completely or fails with a message that
// names the disk problem, leaves every table as it was, keeps the journal chain and the outbox
// sequence whole — and the same operation succeeds once the disk is back.
#include "FaultBench.h"
#include "FaultyVfs.h"
#include "drivers/sim/SimulatedPaymentTerminal.h"
#include "services/acceptance/CardTerminal.h"

#include <QTest>
#include <functional>

using namespace pc;
using namespace pc::testing;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(pc::testing::DiskFault)

namespace {
template <typename T> Status statusOf(const Result<T>& r)
{
    if (!r)
        return r.error();
    return {};
}
} // namespace

class TestDiskFaults : public QObject {
    Q_OBJECT

    // Runs `op` with the fault armed after 0, 1, 2, … writes until it no longer reaches the fault.
    // `prepare` (run with the disk healthy) returns the subject of one attempt, e.g. an arrived item.
    void everyWritePoint(FaultBench& b, DiskFault fault, const QString& code, const QString& phrase,
                         const std::function<QString()>& prepare,
                         const std::function<Status(const QString&)>& op)
    {
        int failedPoints = 0;
        for (int point = 0;; ++point) {
            QVERIFY2(point < 2000, "the operation never got past the fault");
            const QString subject = prepare();
            const QList<qint64> before = b.footprint();
            FaultyVfs::arm(fault, point);
            const Status st = op(subject);
            const int failures = FaultyVfs::failures();
            FaultyVfs::disarm();
            const QString where = QStringLiteral("fault after %1 writes").arg(point);
            if (st) {
                // Committed before the fault struck (or the fault hit the checkpoint after the commit):
                // everything is there.
                QVERIFY2(b.footprint() != before, qPrintable(where));
                QVERIFY2(b.consistency().isEmpty(), qPrintable(where + u": "_s + b.consistency()));
                if (failures == 0)
                    break; // the operation no longer reaches the fault: every point was covered
                continue;
            }
            ++failedPoints;
            QVERIFY2(failures > 0,
                     qPrintable(where + u": failed without the fault: "_s + st.error().message));
            QVERIFY2(st.error().code == code,
                     qPrintable(where + u": "_s + st.error().code + u" "_s + st.error().message));
            QVERIFY2(st.error().message.contains(phrase, Qt::CaseInsensitive),
                     qPrintable(st.error().message));
            QVERIFY2(st.error().message.contains(QStringLiteral("not saved")),
                     qPrintable(st.error().message));
            QCOMPARE(b.footprint(), before); // nothing half-written
            QVERIFY2(b.consistency().isEmpty(), qPrintable(where + u": "_s + b.consistency()));
            // The disk is back: the very same operation goes through.
            const Status again = op(subject);
            QVERIFY2(again, qPrintable(where + u": after the fault: "_s +
                                       (again ? QString() : again.error().message)));
            QVERIFY(b.footprint() != before);
            QVERIFY2(b.consistency().isEmpty(), qPrintable(where + u": "_s + b.consistency()));
        }
        qInfo("%d write points failed the operation cleanly", failedPoints);
        QVERIFY2(failedPoints >= 3, "the fault hit too few points for the test to mean anything");
    }

private slots:
    void initTestCase() { QVERIFY2(FaultyVfs::install(), "SQLite refused the fault-injection VFS"); }

    void qtDriverWritesThroughTheShim()
    {
        FaultBench b;
        const long long before = FaultyVfs::writes();
        QCOMPARE(b.setUp(), QString());
        QVERIFY2(FaultyVfs::writes() > before, "QSQLITE does not use the process's default SQLite VFS");
    }

    void faults_data()
    {
        QTest::addColumn<DiskFault>("fault");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("phrase");
        QTest::newRow("disk full") << DiskFault::Full << QStringLiteral("db.disk_full")
                                   << QStringLiteral("disk is full");
        QTest::newRow("I/O error") << DiskFault::IoError << QStringLiteral("db.io_error")
                                   << QStringLiteral("I/O error");
    }

    void saleHitsTheFault_data() { faults_data(); }
    void saleHitsTheFault()
    {
        QFETCH(DiskFault, fault);
        QFETCH(QString, code);
        QFETCH(QString, phrase);
        FaultBench b;
        QCOMPARE(b.setUp(), QString());
        QSet<QString> sold;
        everyWritePoint(
            b, fault, code, phrase, [] { return QString(); },
            [&](const QString&) -> Status {
                auto sale = b.sellLetter();
                if (sale) {
                    const QString id = sale->items.value(0).id.text;
                    if (sold.contains(id))
                        return Error{QStringLiteral("test.twice"),
                                     QStringLiteral("identifier sold twice: ") + id};
                    sold.insert(id);
                }
                return statusOf(sale);
            });
        // Every sale that reported success is in the database once, with its receipt.
        QCOMPARE(scalar(*b.conn, QStringLiteral("SELECT COUNT(*) FROM item WHERE receipt_id IS NOT NULL")),
                 qint64(sold.size()));
        QCOMPARE(scalar(*b.conn, QStringLiteral("SELECT MAX(number) - COUNT(*) FROM receipt")), 0);
    }

    // Money is not lost either: a card charged before the commit is reversed when the disk refuses it.
    void cardSaleOnAFullDiskIsReversed()
    {
        FaultBench b;
        QCOMPARE(b.setUp(), QString());
        auto card = services::CardTerminal::start({QStringLiteral("sim"), {}, 0, 30});
        QVERIFY(card);
        b.counter->sales.setPaymentTerminal((*card)->terminal(), 5000);
        const acceptance::Shipment letter = registeredLetter();
        services::SaleRequest req;
        req.items = {letter};
        req.payment.method = acceptance::PaymentMethod::Card;
        const QList<qint64> before = b.footprint();

        FaultyVfs::arm(DiskFault::Full, 0);
        auto refused = b.counter->sales.commit(req);
        FaultyVfs::disarm();
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("db.disk_full"));
        QCOMPARE(b.footprint(), before);
        const auto ops = (*card)->simulator()->operations();
        QString chargedRrn;
        bool reversed = false;
        for (const auto& op : ops) {
            if (op.op == u"sale" && op.result == u"approved")
                chargedRrn = op.rrn;
            reversed = reversed || (op.op == u"cancel" && !chargedRrn.isEmpty() && op.rrn == chargedRrn &&
                                    op.result == u"cancelled");
        }
        QVERIFY2(!chargedRrn.isEmpty(), "the card was never charged: the fault came too early");
        QVERIFY2(reversed, "the charge was not reversed after the failed commit");

        auto sale = b.counter->sales.commit(req); // the disk is back: charged once more, and kept
        QVERIFY2(sale, sale ? "" : qPrintable(sale.error().message));
        QCOMPARE(b.consistency(), QString());
    }

    void handOverHitsTheFault_data() { faults_data(); }
    void handOverHitsTheFault()
    {
        QFETCH(DiskFault, fault);
        QFETCH(QString, code);
        QFETCH(QString, phrase);
        FaultBench b;
        QCOMPARE(b.setUp(), QString());
        everyWritePoint(
            b, fault, code, phrase, [&] { return b.arriveItem(150000); },
            [&](const QString& id) -> Status {
                if (id.isEmpty())
                    return Error{QStringLiteral("test.arrival"), QStringLiteral("the item did not arrive")};
                return statusOf(b.handOver(id));
            });
        // Every item that was handed over is delivered once, with its COD transfer.
        QCOMPARE(
            scalar(*b.conn, QStringLiteral("SELECT COUNT(*) FROM stored_item WHERE state = 'delivered'")),
            scalar(*b.conn, QStringLiteral("SELECT COUNT(*) FROM cod_transfer")));
        QCOMPARE(
            scalar(*b.conn, QStringLiteral("SELECT COUNT(*) FROM stored_item WHERE state <> 'delivered'")),
            0);
    }
};

QTEST_GUILESS_MAIN(TestDiskFaults)
#include "test_disk_faults.moc"
