// The soak test (docs/soak-test.md): eight counter windows, each its own process (pc_soak_window),
// work a simulated week on one office database (a SQLite file in WAL mode, or — as test_soak_pg — the
// fixture's PostgreSQL) and sync to the reference tracking server; then every invariant is checked
// from the raw tables (SoakInvariants.h). PC_SOAK_DAYS and PC_SOAK_OPS (sales per window and day)
// make it longer; the figures go to the log (docs/perf/soak.md).
#include "../../support/TestDatabase.h"
#include "../WindowProcesses.h"
#include "../sync/SyncTestSupport.h"
#include "SoakInvariants.h"
#include "SoakWindowSupport.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pc;
using namespace pc::soak;

namespace {
constexpr int kWindows = 8;

int fromEnv(const char* name, int fallback)
{
    bool ok = false;
    const int v = qEnvironmentVariableIntValue(name, &ok);
    return ok && v > 0 ? v : fallback;
}

QList<Fields> linesTagged(const QList<pc::testing::WindowRun>& runs, const QString& tag)
{
    QList<Fields> out;
    for (const QString& l : pc::testing::valuesOf(runs, tag))
        out << fieldsOf(l);
    return out;
}

void report(const char* invariant, const QStringList& violations)
{
    for (const QString& v : violations.mid(0, 20))
        qWarning("%s: %s", invariant, qPrintable(v));
}
} // namespace

class TestSoak : public QObject {
    Q_OBJECT
private slots:
    void eightWindowsWorkAWeek()
    {
        // The windows log every sale at info level: keep their warnings only (they inherit this).
        qputenv("QT_LOGGING_RULES", "pc.*.info=false");
        const int days = fromEnv("PC_SOAK_DAYS", 7);
        const int ops = fromEnv("PC_SOAK_OPS", 60);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString location = pc::testing::testDatabase(dir, QStringLiteral("office.db"));
        const QString serverDb = dir.filePath(QStringLiteral("tracking.db"));
        synctest::TrackingServer server;
        QVERIFY(server.start(serverDb));

        const QString program = QStringLiteral(PC_SOAK_WINDOW);
        const auto setup = pc::testing::runWindows(
            program, {{location, QStringLiteral("setup"), QString::number(kWindows)}});
        QVERIFY2(setup[0].exitCode == 0, qPrintable(setup[0].errors.right(2000)));

        QList<QStringList> args;
        for (int w = 1; w <= kWindows; ++w)
            args << QStringList{location,
                                QStringLiteral("window"),
                                QString::number(w),
                                QString::number(kWindows),
                                QString::number(days),
                                QString::number(ops),
                                QStringLiteral("2026-11-02T05:00:00Z"), // Monday 08:00 in Moscow
                                server.endpoint(),
                                dir.path()};
        QElapsedTimer wall;
        wall.start();
        const auto runs = pc::testing::runWindows(program, args, 3600 * 1000, true);
        const qint64 ms = wall.elapsed();
        QString failures;
        for (int w = 0; w < runs.size(); ++w)
            if (runs[w].exitCode != 0 && !runs[w].stopped)
                failures += QStringLiteral("window %1 (exit %2): %3\n")
                                .arg(w + 1)
                                .arg(runs[w].exitCode)
                                .arg(runs[w].errors.right(2000));
        for (const auto& r : runs)
            if (r.stopped && failures.isEmpty())
                failures = QStringLiteral("the windows did not finish within the time limit");
        QVERIFY2(failures.isEmpty(), qPrintable(failures));

        qint64 operations = 0, retries = 0, syncAttempts = 0;
        for (const Fields& f : linesTagged(runs, QStringLiteral("done"))) {
            operations += f.value(QStringLiteral("operations")).toLongLong();
            retries += f.value(QStringLiteral("retries")).toLongLong();
            syncAttempts += f.value(QStringLiteral("sync_attempts")).toLongLong();
        }
        const auto stats = server.control(QStringLiteral("/control/stats"));
        qInfo("soak %s: %d windows x %d days x %d sales: %lld operations in %lld ms = %.1f ops/s; "
              "%lld transactions retried, %lld drains, %lld requests at the server",
              pc::testing::usingPostgres() ? "postgresql" : "sqlite", kWindows, days, ops, operations, ms,
              ms > 0 ? double(operations) * 1000.0 / double(ms) : 0.0, retries, syncAttempts,
              stats ? qint64(stats->value(QStringLiteral("requests")).toInteger()) : -1);

        auto c = db::open({location});
        QVERIFY2(c.ok(), qPrintable(c.ok() ? QString() : c.error().message));
        {
            QSqlQuery q(c->db());
            if (q.exec(
                    QStringLiteral("SELECT (SELECT COUNT(*) FROM operation), (SELECT COUNT(*) FROM outbox), "
                                   "(SELECT COUNT(*) FROM receipt)")) &&
                q.next())
                qInfo("written: %lld journal rows, %lld tracking events, %lld receipts",
                      q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong());
        }
        const QList<Fields> shifts = linesTagged(runs, QStringLiteral("shift"));
        const QList<Fields> officeDays = linesTagged(runs, QStringLiteral("officeday"));
        QCOMPARE(shifts.size(), kWindows * days);
        QCOMPARE(officeDays.size(), days);
        const QStringList ids = pc::testing::valuesOf(runs, QStringLiteral("id"));
        QCOMPARE(ids.size(), kWindows * days * ops);
        const QStringList handed = pc::testing::valuesOf(runs, QStringLiteral("handed"));
        const QStringList refused = pc::testing::valuesOf(runs, QStringLiteral("refused"));
        QVERIFY(!handed.isEmpty() && !refused.isEmpty());

        const QStringList journal = journalViolations(*c, kWindows);
        const QStringList identifiers = identifierViolations(*c, ids);
        const QStringList shiftTotals = shiftViolations(*c, shifts);
        const QStringList dayTotals = officeDayViolations(*c, officeDays, shifts, kWindows);
        const QStringList handOvers = handOverViolations(*c, handed, refused);
        const QStringList delivery = deliveryViolations(*c, serverDb);
        report("journal", journal);
        report("identifiers", identifiers);
        report("shift totals", shiftTotals);
        report("office day totals", dayTotals);
        report("hand-overs", handOvers);
        report("delivery", delivery);
        QVERIFY(journal.isEmpty());
        QVERIFY(identifiers.isEmpty());
        QVERIFY(shiftTotals.isEmpty());
        QVERIFY(dayTotals.isEmpty());
        QVERIFY(handOvers.isEmpty());
        QVERIFY(delivery.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSoak)
#include "test_soak.moc"
