// Several counter windows on one office database at the same time, as separate processes
// (pc_window_sim), against SQLite and, registered a second time, against the fixture's PostgreSQL:
// no identifier twice, no receipt number twice, each stored item handed over by exactly one window,
// each counter's journal and outbox in its own gap-free sequence, and the office day refusing to close
// while a shift is open.
#include "../../support/TestDatabase.h"
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

namespace {
constexpr int kWindows = 8;

qint64 scalar(const Connection& c, const QString& sql)
{
    QSqlQuery q(c.db());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

struct WindowRun {
    QStringList lines;
    int exitCode = -1;
    QString errors;
};

// Starts all windows first, then waits, so they really overlap.
QList<WindowRun> runWindows(const QList<QStringList>& argsPerWindow)
{
    QList<QProcess*> procs;
    for (const QStringList& args : argsPerWindow) {
        auto* p = new QProcess;
        p->start(QStringLiteral(PC_WINDOW_SIM), args);
        procs << p;
    }
    QList<WindowRun> out;
    for (QProcess* p : procs) {
        WindowRun r;
        if (!p->waitForFinished(240000))
            p->kill();
        r.exitCode = p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -1;
        r.lines = QString::fromUtf8(p->readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
        r.errors = QString::fromUtf8(p->readAllStandardError());
        out << r;
        delete p;
    }
    return out;
}

QStringList valuesOf(const QList<WindowRun>& runs, const QString& tag)
{
    QStringList v;
    for (const auto& r : runs)
        for (const QString& l : r.lines)
            if (l.startsWith(tag + u' '))
                v << l.mid(tag.size() + 1);
    return v;
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
