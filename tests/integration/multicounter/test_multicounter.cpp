// Several counter windows on one office database at the same time, as separate processes
// (pc_window_sim), against SQLite and, registered a second time, against the fixture's PostgreSQL:
// no identifier twice, no receipt number twice, each stored item handed over by exactly one window,
// each counter's journal and outbox in its own gap-free sequence, and the office day refusing to close
// while a shift is open.
#include "../../support/TestDatabase.h"
#include "../WindowProcesses.h"
#include "db/Connection.h"
#include "db/ItemRepository.h"
#include "db/OfficeDayRepository.h"
#include "db/OutboxRepository.h"
#include "db/Transaction.h"
#include "db/shift/ShiftRepository.h"
#include "db/storage/StoredItemRepository.h"

#include <QProcess>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace pc;
using namespace pc::db;
using pc::testing::valuesOf;
using pc::testing::WindowRun;

namespace {
constexpr int kWindows = 8;

qint64 scalar(const Connection& c, const QString& sql)
{
    QSqlQuery q(c.db());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

// Starts all windows first, then waits, so they really overlap.
QList<WindowRun> runWindows(const QList<QStringList>& argsPerWindow)
{
    return pc::testing::runWindows(QStringLiteral(PC_WINDOW_SIM), argsPerWindow);
}
} // namespace

class TestMulticounter : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_location;
    std::optional<Connection> m_c;

private slots:
    void init()
    {
        m_location = pc::testing::testDatabase(m_dir);
        const auto setup = runWindows(
            {{m_location, QStringLiteral("-"), QStringLiteral("setup"), QString::number(kWindows)}});
        QVERIFY2(setup[0].exitCode == 0, qPrintable(setup[0].errors));
        auto c = open({m_location});
        QVERIFY2(c.ok(), qPrintable(c.ok() ? QString() : c.error().message));
        m_c.emplace(std::move(*c));
    }
    void cleanup() { m_c.reset(); }

    void eightWindowsAcceptWithoutSharingAnIdentifier()
    {
        constexpr int perWindow = 20;
        QList<QStringList> args;
        for (int w = 1; w <= kWindows; ++w)
            args << QStringList{m_location, QString::number(w), QStringLiteral("accept"),
                                QString::number(perWindow)};
        const auto runs = runWindows(args);
        for (const auto& r : runs)
            QVERIFY2(r.exitCode == 0, qPrintable(r.errors));
        const QStringList ids = valuesOf(runs, QStringLiteral("id"));
        QCOMPARE(ids.size(), kWindows * perWindow);
        QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), kWindows * perWindow);
        // The range handed out exactly serials 1..160: nothing skipped, nothing twice.
        QCOMPARE(scalar(*m_c, QStringLiteral("SELECT next_serial FROM identifier_range")),
                 kWindows * perWindow + 1);
        QCOMPARE(scalar(*m_c, QStringLiteral("SELECT COUNT(DISTINCT identifier) FROM issued_identifier")),
                 kWindows * perWindow);
        // Each counter's journal and outbox run 1..20 in its own sequence.
        for (int w = 1; w <= kWindows; ++w) {
            QSqlQuery q(m_c->db());
            QVERIFY(
                q.exec(QStringLiteral("SELECT COUNT(*), MIN(seq), MAX(seq), COUNT(DISTINCT seq) FROM outbox "
                                      "WHERE counter_id = '%1'")
                           .arg(w)));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), perWindow);
            QCOMPARE(q.value(1).toInt(), 1);
            QCOMPARE(q.value(2).toInt(), perWindow);
            QCOMPARE(q.value(3).toInt(), perWindow);
            QVERIFY(q.exec(
                QStringLiteral("SELECT MIN(journal_seq), MAX(journal_seq), COUNT(DISTINCT journal_seq) "
                               "FROM operation WHERE counter_id = '%1'")
                    .arg(w)));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 1);
            QCOMPARE(q.value(1).toInt(), perWindow);
            QCOMPARE(q.value(2).toInt(), perWindow);
            // The drain takes each counter's events on their own, oldest first.
            auto events = OutboxRepository(*m_c).sendable(QString::number(w), 100);
            QVERIFY(events.ok());
            QCOMPARE(events->size(), perWindow);
            for (int i = 0; i < events->size(); ++i)
                QCOMPARE(events->at(i).seq, qint64(i + 1));
        }
    }

    void receiptNumbersOfOneCounterNeverRepeat()
    {
        constexpr int perWindow = 25;
        QList<QStringList> args;
        // The worst case: all eight take numbers of the same counter at once.
        for (int w = 1; w <= kWindows; ++w)
            args << QStringList{m_location, QString::number(w), QStringLiteral("receipts"),
                                QString::number(perWindow), QStringLiteral("1")};
        const auto runs = runWindows(args);
        for (const auto& r : runs)
            QVERIFY2(r.exitCode == 0, qPrintable(r.errors));
        QSet<qint64> numbers;
        for (const QString& n : valuesOf(runs, QStringLiteral("receipt")))
            numbers.insert(n.toLongLong());
        QSet<qint64> expected;
        for (qint64 i = 1; i <= kWindows * perWindow; ++i)
            expected.insert(i);
        QCOMPARE(numbers, expected); // 1..200, each exactly once: no repeat and no gap
    }

    void eachStoredItemIsHandedOverByExactlyOneWindow()
    {
        constexpr int items = 24;
        QStringList ids;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < items; ++i) {
            ItemRecord it;
            it.id = QStringLiteral("RA%1RU").arg(100000 + i, 9, 10, QLatin1Char('0'));
            it.kind = IdKind::S10;
            it.weightG = 100;
            it.status = QStringLiteral("arrived");
            it.officePostcode = QStringLiteral("101000");
            it.counterId = QStringLiteral("1");
            it.acceptedAtUtc = now;
            QVERIFY(ItemRepository(*m_c).insert(it).ok());
            StoredItemRecord s;
            s.itemId = it.id;
            s.place = QStringLiteral("A-%1").arg(i);
            s.arrivedAtUtc = now;
            s.storageFrom = now.date();
            s.storageUntil = now.date().addDays(30);
            s.stateAtUtc = now;
            auto st = StoredItemRepository(*m_c).insert(s);
            QVERIFY2(st.ok(), qPrintable(st.ok() ? QString() : st.error().message));
            ids << it.id;
        }
        QList<QStringList> args;
        for (int w = 1; w <= kWindows; ++w) {
            QStringList mine = ids;
            std::rotate(mine.begin(), mine.begin() + (w * 3) % items, mine.end()); // collide in varying order
            args << (QStringList{m_location, QString::number(w), QStringLiteral("handover")} + mine);
        }
        const auto runs = runWindows(args);
        for (const auto& r : runs)
            QVERIFY2(r.exitCode == 0, qPrintable(r.errors));
        const QStringList won = valuesOf(runs, QStringLiteral("won"));
        QCOMPARE(won.size(), items);
        QCOMPARE(QSet<QString>(won.cbegin(), won.cend()).size(), items);
        QCOMPARE(valuesOf(runs, QStringLiteral("lost")).size(), items * (kWindows - 1));
        QCOMPARE(scalar(*m_c, QStringLiteral("SELECT COUNT(*) FROM stored_item WHERE state = 'delivered'")),
                 items);
    }

    void eachArrivingItemIsRegisteredByExactlyOneWindow()
    {
        // The same unknown items scanned at every window at once (a bag opened at two counters): each is
        // registered once; every other window is told it has already arrived, never a database error.
        constexpr int items = 12;
        QStringList ids;
        for (int i = 0; i < items; ++i) {
            // UPU S10 check digit: weights 8 6 4 2 3 5 9 7, 11 − sum mod 11 (10 → 0, 11 → 5).
            const QString serial = QStringLiteral("%1").arg(55500000 + i, 8, 10, QLatin1Char('0'));
            const int w[] = {8, 6, 4, 2, 3, 5, 9, 7};
            int sum = 0;
            for (int k = 0; k < 8; ++k)
                sum += serial[k].digitValue() * w[k];
            const int check = 11 - sum % 11 == 10 ? 0 : 11 - sum % 11 == 11 ? 5 : 11 - sum % 11;
            ids << QStringLiteral("CP%1%2RU").arg(serial).arg(check);
        }
        QList<QStringList> args;
        for (int w = 1; w <= kWindows; ++w) {
            QStringList mine = ids;
            std::rotate(mine.begin(), mine.begin() + (w * 5) % items, mine.end());
            args << (QStringList{m_location, QString::number(w), QStringLiteral("arrive")} + mine);
        }
        const auto runs = runWindows(args);
        for (const auto& r : runs)
            QVERIFY2(r.exitCode == 0, qPrintable(r.errors));
        const QStringList arrived = valuesOf(runs, QStringLiteral("arrived"));
        QCOMPARE(QSet<QString>(arrived.cbegin(), arrived.cend()), QSet<QString>(ids.cbegin(), ids.cend()));
        QCOMPARE(arrived.size(), items);
        QCOMPARE(valuesOf(runs, QStringLiteral("already")).size(), items * (kWindows - 1));
        QCOMPARE(scalar(*m_c, QStringLiteral("SELECT COUNT(*) FROM stored_item")), items);
        // 8.2 recorded once per item.
        QCOMPARE(
            scalar(*m_c, QStringLiteral("SELECT COUNT(*) FROM operation WHERE op_type = 8 AND op_attr = 2")),
            items);
    }

    void officeDayCloseRefusesWhileAShiftIsOpen()
    {
        QSqlQuery q(m_c->db());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO operator (id, name) VALUES ('clerk3', 'Clerk Three')")));
        ShiftRecord s;
        s.counterId = QStringLiteral("3");
        s.operatorId = QStringLiteral("clerk3");
        s.openedAtUtc = QDateTime::currentDateTimeUtc();
        auto id = ShiftRepository(*m_c).open(s);
        QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().message));
        {
            auto tx = Transaction::begin(*m_c);
            QVERIFY(tx.ok());
            auto st = OfficeDayRepository(*m_c).lockForClose(QStringLiteral("101000"));
            QVERIFY(!st.ok());
            QCOMPARE(st.error().code, QStringLiteral("office_day.shift_open"));
            QVERIFY(st.error().message.contains(QStringLiteral("counter 3")));
        }
        // A second shift on the same counter is refused by the database itself.
        auto again = ShiftRepository(*m_c).open(s);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, QStringLiteral("shift.already_open"));

        ShiftClosing closing;
        closing.closedAtUtc = QDateTime::currentDateTimeUtc();
        QVERIFY(ShiftRepository(*m_c).close(*id, closing).ok());
        auto tx = Transaction::begin(*m_c);
        QVERIFY(tx.ok());
        QVERIFY(OfficeDayRepository(*m_c).lockForClose(QStringLiteral("101000")).ok());
        QVERIFY(tx->commit().ok());
    }
};

QTEST_GUILESS_MAIN(TestMulticounter)
#include "test_multicounter.moc"
