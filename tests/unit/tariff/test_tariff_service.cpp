// TariffService and TariffRepository on a real SQLite file: the bundled sample is imported once, a
// malformed file is refused with its line and the versions stay as they were, and a new version takes
// over at local midnight of its effective date.
#include "../../support/TestDatabase.h"
#include "TariffTestSupport.h"
#include "db/Connection.h"
#include "services/tariff/TariffService.h"

#include <QTemporaryDir>
#include <QTest>

using namespace pc;
using namespace pc::tariff::test;

namespace {

// The sample, renamed and re-dated, with the zone-1 parcel base raised from 150 to 160 ₽.
QByteArray nextVersion(const char* name, const char* from)
{
    QByteArray t = sampleTariffText();
    t.replace("\"name\": \"sample\"", QByteArray("\"name\": \"") + name + "\"");
    t.replace("\"effective_from\": \"2023-01-01\"", QByteArray("\"effective_from\": \"") + from + "\"");
    t.replace("[15000, 20400, 21200, 25600, 28700]", "[16000, 20400, 21200, 25600, 28700]");
    return t;
}

} // namespace

class TestTariffService : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void bundledSampleImportedOnce();
    void malformedImportRefusedAndPreviousKept();
    void versionSwitchesAtLocalMidnight();
    void sameFileTwiceAndClashes();
    void noVersionBeforeTheFirst();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::optional<db::Connection> m_conn;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 24), QTime(12, 0), Qt::UTC)};
};

void TestTariffService::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto c = db::openSqlite({pc::testing::orPostgres(m_dir->filePath(QStringLiteral("t.db")))});
    QVERIFY2(c, c ? "" : qPrintable(c.error().message));
    m_conn.emplace(std::move(*c));
}

void TestTariffService::cleanup()
{
    m_conn.reset();
    m_dir.reset();
}

void TestTariffService::bundledSampleImportedOnce()
{
    services::TariffService s(*m_conn, m_clock);
    QVERIFY(s.ensureTariffs());
    QVERIFY(s.ensureTariffs());
    auto list = s.versions();
    QVERIFY(list);
    QCOMPARE(list->size(), 1);
    QCOMPARE(list->at(0).name, QStringLiteral("sample"));
    QVERIFY(list->at(0).sample);
    QCOMPARE(list->at(0).sha256.size(), 64);
    const auto r = s.quote(request(4030, "101000", "101000", 500, QDate()));
    QVERIFY(r.ok());
    QCOMPARE(r.quote.totalExVatKop, 15000);
    QCOMPARE(r.quote.vatRateBp, 2200); // today (2026-11-24) is after the VAT change
}

void TestTariffService::malformedImportRefusedAndPreviousKept()
{
    services::TariffService s(*m_conn, m_clock);
    QVERIFY(s.ensureTariffs());
    QByteArray bad = nextVersion("v2", "2027-01-01");
    const QByteArray from = "\"max_weight_g\": 20000";
    const qsizetype at = bad.indexOf(from);
    bad.replace(at, from.size(), "\"max_weight_g\": \"20 kg\"");
    const int expectedLine = int(bad.left(at).count('\n')) + 1;
    tariff::TariffFileError e;
    auto imported = s.importContent(bad, &e);
    QVERIFY(!imported);
    QCOMPARE(imported.error().code, QStringLiteral("tariff.file_invalid"));
    QCOMPARE(e.line, expectedLine);
    QVERIFY2(e.reason.contains(QStringLiteral("whole number")), qPrintable(e.reason));
    QVERIFY(imported.error().message.contains(QStringLiteral("line %1").arg(expectedLine)));
    auto list = s.versions();
    QCOMPARE(list->size(), 1);
    QVERIFY(s.quote(request(4030, "101000", "101000", 500, QDate(2027, 6, 1))).ok());
}

void TestTariffService::versionSwitchesAtLocalMidnight()
{
    services::TariffService s(*m_conn, m_clock, 180); // UTC+3
    QVERIFY(s.ensureTariffs());
    auto imported = s.importContent(nextVersion("v2027", "2027-01-01"));
    QVERIFY2(imported, imported ? "" : qPrintable(imported.error().message));
    QVERIFY(!imported->alreadyPresent);

    // 2026-12-31 23:59:59 local = 20:59:59 UTC: the old tariff; one second later the new one.
    const QDateTime before(QDate(2026, 12, 31), QTime(20, 59, 59), Qt::UTC);
    QCOMPARE(services::TariffService::localDate(before, 180), QDate(2026, 12, 31));
    QCOMPARE(services::TariffService::localDate(before.addSecs(1), 180), QDate(2027, 1, 1));
    m_clock.set(before);
    auto r = s.quote(request(4030, "101000", "101000", 500, QDate()));
    QCOMPARE(r.quote.tariffVersion, QStringLiteral("sample"));
    QCOMPARE(r.quote.totalExVatKop, 15000);
    m_clock.advanceSecs(1);
    r = s.quote(request(4030, "101000", "101000", 500, QDate()));
    QCOMPARE(r.quote.tariffVersion, QStringLiteral("v2027"));
    QCOMPARE(r.quote.totalExVatKop, 16000);
    // An explicit date wins over the clock.
    QCOMPARE(s.quote(request(4030, "101000", "101000", 500, QDate(2026, 12, 31))).quote.tariffVersion,
             QStringLiteral("sample"));
}

void TestTariffService::sameFileTwiceAndClashes()
{
    services::TariffService s(*m_conn, m_clock);
    QVERIFY(s.importContent(nextVersion("v2", "2027-01-01")));
    auto again = s.importContent(nextVersion("v2", "2027-01-01"));
    QVERIFY(again);
    QVERIFY(again->alreadyPresent);
    auto clash = s.importContent(nextVersion("v2", "2027-02-01"));
    QCOMPARE(clash.error().code, QStringLiteral("tariff.name_taken"));
    clash = s.importContent(nextVersion("v3", "2027-01-01"));
    QCOMPARE(clash.error().code, QStringLiteral("tariff.date_taken"));
    QCOMPARE(s.versions()->size(), 1);
}

void TestTariffService::noVersionBeforeTheFirst()
{
    services::TariffService s(*m_conn, m_clock);
    QVERIFY(s.ensureTariffs());
    const auto r = s.quote(request(4030, "101000", "101000", 500, QDate(2022, 12, 31)));
    QCOMPARE(errorCodes(r), QStringList{QStringLiteral("tariff.no_version")});
}

QTEST_GUILESS_MAIN(TestTariffService)
#include "test_tariff_service.moc"
