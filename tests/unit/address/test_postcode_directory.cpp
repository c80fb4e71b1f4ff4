// The postcode directory: the file parser (both header shapes, bad lines with their line numbers), the
// repository and the service on a real SQLite file (sample seeding, lookup refusals, import report,
// replace-or-insert, prefix search, a 50 000-row import).
#include "../../support/TestDatabase.h"
#include "db/Connection.h"
#include "domain/acceptance/PostcodeDirectoryFile.h"
#include "services/address/PostcodeDirectory.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace pc;
using acceptance::OfficeKind;
using acceptance::PostcodeDirectoryFile;

namespace {

QByteArray testData(const char* name)
{
    QFile f(QStringLiteral(PC_TEST_DATA_DIR "/address/") + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read tests/data/address/%s", name);
    return f.readAll();
}

QList<int> lines(const QList<acceptance::PostcodeFileLineError>& errors)
{
    QList<int> l;
    for (const auto& e : errors)
        l << e.line;
    return l;
}

} // namespace

class TestPostcodeDirectory : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void parserReportsBadLinesWithNumbers();
    void parserReadsRussianPostExport();
    void parserRefusesAFileWithoutHeader();
    void parserHandlesCrLfAndComma();
    void sampleSeededOnceAndCoversTheDemo();
    void lookupRefusals();
    void importReportAndSampleReplaced();
    void reimportReplacesRows();
    void prefixSearch();
    void fiftyThousandRowsImport();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::optional<db::Connection> m_conn;
    FixedClock m_clock{QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC)};
};

void TestPostcodeDirectory::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto c = db::openSqlite({pc::testing::orPostgres(m_dir->filePath(QStringLiteral("t.db")))});
    QVERIFY2(c, c ? "" : qPrintable(c.error().message));
    m_conn.emplace(std::move(*c));
}

void TestPostcodeDirectory::cleanup()
{
    m_conn.reset();
    m_dir.reset();
}

void TestPostcodeDirectory::parserReportsBadLinesWithNumbers()
{
    // tests/data/address/directory_with_errors.csv, counted by hand: line 1 comment, 2 header, 6 blank;
    // bad: 4 (5 digits), 7 (no office name), 8 (101000 again, first on line 3), 10 (letter), 12 (kind).
    const auto parsed = acceptance::parsePostcodeDirectory(testData("directory_with_errors.csv"));
    QVERIFY(parsed);
    QCOMPARE(parsed->format, PostcodeDirectoryFile::Format::PostCounter);
    QCOMPARE(lines(parsed->rejected), (QList<int>{4, 7, 8, 10, 12}));
    QCOMPARE(parsed->rejected[0].reason, QStringLiteral("postcode '12345' must have 6 digits"));
    QVERIFY(parsed->rejected[1].reason.contains(QStringLiteral("office name is missing")));
    QVERIFY(parsed->rejected[2].reason.contains(QStringLiteral("line 3")));
    QVERIFY(parsed->rejected[3].reason.contains(QStringLiteral("'69000A'")));
    QVERIFY(parsed->rejected[4].reason.contains(QStringLiteral("'ferry'")));

    QCOMPARE(parsed->offices.size(), 4);
    const auto& moscow = parsed->offices[0];
    QCOMPARE(moscow.postcode, QStringLiteral("101000")); // the BOM is not part of the header
    QCOMPARE(moscow.officeName, QStringLiteral("Москва 101000"));
    QCOMPARE(parsed->offices[1].settlement, QStringLiteral("Екатеринбург"));
    QCOMPARE(parsed->offices[1].kind, OfficeKind::Office); // no kind column on that line
    QCOMPARE(parsed->offices[2].kind, OfficeKind::Closed);
    QVERIFY(parsed->offices[2].closed);
    QCOMPARE(parsed->offices[3].officeName, QStringLiteral("Санкт-Петербург 190000; Почтамт")); // quoted
}

void TestPostcodeDirectory::parserReadsRussianPostExport()
{
    const auto parsed = acceptance::parsePostcodeDirectory(testData("pindx_excerpt.csv"));
    QVERIFY(parsed);
    QCOMPARE(parsed->format, PostcodeDirectoryFile::Format::PIndx);
    QCOMPARE(parsed->offices.size(), 3);
    QCOMPARE(parsed->offices[0].settlement, QStringLiteral("МОСКВА")); // federal city: CITY empty
    QCOMPARE(parsed->offices[1].officeName, QStringLiteral("НОВОСИБИРСК 99"));
    QCOMPARE(parsed->offices[1].region, QStringLiteral("НОВОСИБИРСКАЯ ОБЛАСТЬ"));
    QCOMPARE(parsed->offices[1].settlement, QStringLiteral("НОВОСИБИРСК"));
    QCOMPARE(parsed->offices[2].settlement, QStringLiteral("ХИМКИ"));
    QCOMPARE(lines(parsed->rejected), QList<int>{5});
    QCOMPARE(parsed->rejected[0].reason, QStringLiteral("postcode '1414' must have 6 digits"));
}

void TestPostcodeDirectory::parserRefusesAFileWithoutHeader()
{
    const auto noHeader = acceptance::parsePostcodeDirectory("101000;Москва 101000;Москва;Москва\n");
    QVERIFY(!noHeader);
    QCOMPARE(noHeader.error().code, QStringLiteral("postcode.file_header"));
    QVERIFY(noHeader.error().message.contains(QStringLiteral("Line 1")));
    const auto empty = acceptance::parsePostcodeDirectory("# only a comment\n\n");
    QVERIFY(!empty);
    QCOMPARE(empty.error().code, QStringLiteral("postcode.file_empty"));
}

void TestPostcodeDirectory::parserHandlesCrLfAndComma()
{
    const auto parsed = acceptance::parsePostcodeDirectory(
        "postcode,office_name,region,settlement,kind\r\n690000,Владивосток 690000,Приморский край,"
        "Владивосток,po_box\r\n\xff\xfe,broken\r\n");
    QVERIFY(parsed);
    QCOMPARE(parsed->offices.size(), 1);
    QCOMPARE(parsed->offices[0].settlement, QStringLiteral("Владивосток")); // no trailing \r
    QCOMPARE(parsed->offices[0].kind, OfficeKind::PoBox);
    QCOMPARE(lines(parsed->rejected), QList<int>{3});
    QVERIFY(parsed->rejected[0].reason.contains(QStringLiteral("UTF-8")));
}

void TestPostcodeDirectory::sampleSeededOnceAndCoversTheDemo()
{
    services::PostcodeDirectory d(*m_conn, m_clock);
    QVERIFY(d.ensureSample());
    const int seeded = d.count().valueOr(-1);
    QVERIFY2(seeded >= 250, qPrintable(QString::number(seeded)));
    QVERIFY(d.ensureSample());
    QCOMPARE(d.count().valueOr(-1), seeded);

    const auto moscow = d.lookup(QStringLiteral(" 101000 "));
    QVERIFY2(moscow, moscow ? "" : qPrintable(moscow.error().message));
    QCOMPARE(moscow->officeName, QStringLiteral("Москва 101000"));
    QCOMPARE(moscow->region, QStringLiteral("Москва"));
    QCOMPARE(moscow->settlement, QStringLiteral("Москва"));
    QVERIFY(moscow->sample);
    const auto yekaterinburg = d.lookup(QStringLiteral("620014"));
    QVERIFY(yekaterinburg);
    QCOMPARE(yekaterinburg->officeName, QStringLiteral("Екатеринбург 620014"));
    QCOMPARE(yekaterinburg->region, QStringLiteral("Свердловская область"));
    // Every destination of the scripted demo shift (workstation/services/DemoShift.cpp).
    for (const char* pc : {"630099", "190000", "690000", "620000"})
        QVERIFY2(d.lookup(QLatin1String(pc)), pc);
}

void TestPostcodeDirectory::lookupRefusals()
{
    services::PostcodeDirectory d(*m_conn, m_clock);
    QVERIFY(d.importContent("postcode;office_name;region;settlement;kind\n"
                            "420140;Казань 420140;Республика Татарстан;Казань;closed\n",
                            QStringLiteral("t.csv")));
    const auto unknown = d.lookup(QStringLiteral("999999"));
    QVERIFY(!unknown);
    QCOMPARE(unknown.error().code, QStringLiteral("postcode.unknown"));
    QCOMPARE(unknown.error().message,
             QStringLiteral("Postcode 999999 is not in the directory: check it with the customer or import "
                            "the current directory (admin guide)."));
    const auto closed = d.lookup(QStringLiteral("420140"));
    QVERIFY(!closed);
    QCOMPARE(closed.error().code, QStringLiteral("postcode.closed"));
    QVERIFY(closed.error().message.contains(QStringLiteral("Казань 420140")));
    const auto shortCode = d.lookup(QStringLiteral("12345"));
    QVERIFY(!shortCode);
    QCOMPARE(shortCode.error().code, QStringLiteral("postcode.format"));
}

void TestPostcodeDirectory::importReportAndSampleReplaced()
{
    services::PostcodeDirectory d(*m_conn, m_clock);
    QVERIFY(d.ensureSample());
    const auto report = d.importFile(QStringLiteral(PC_TEST_DATA_DIR "/address/directory_with_errors.csv"));
    QVERIFY2(report, report ? "" : qPrintable(report.error().message));
    QCOMPARE(report->imported, 4);
    QCOMPARE(lines(report->rejected), (QList<int>{4, 7, 8, 10, 12}));
    // The real directory replaced the sample: 630099 was only in the sample (line 7 here is rejected).
    QCOMPARE(d.count().valueOr(-1), 4);
    QCOMPARE(d.lookup(QStringLiteral("630099")).error().code, QStringLiteral("postcode.unknown"));
    const auto spb = d.lookup(QStringLiteral("190000"));
    QVERIFY(spb);
    QVERIFY(!spb->sample);

    const auto missing = d.importFile(m_dir->filePath(QStringLiteral("absent.csv")));
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, QStringLiteral("postcode.file_unreadable"));
}

void TestPostcodeDirectory::reimportReplacesRows()
{
    services::PostcodeDirectory d(*m_conn, m_clock);
    QVERIFY(d.importContent("postcode;office_name;region;settlement\n101000;Москва 101000;Москва;Москва\n",
                            QStringLiteral("a.csv")));
    QVERIFY(d.importContent("postcode;office_name;region;settlement;kind\n"
                            "101000;Москва Почтамт 101000;Москва;Москва;po_box\n",
                            QStringLiteral("b.csv")));
    QCOMPARE(d.count().valueOr(-1), 1);
    const auto r = d.lookup(QStringLiteral("101000"));
    QVERIFY(r);
    QCOMPARE(r->officeName, QStringLiteral("Москва Почтамт 101000"));
    QCOMPARE(r->kind, OfficeKind::PoBox);
    db::PostcodeDirectoryRepository repo(*m_conn);
    const auto row = repo.lookup(QStringLiteral("101000"));
    QVERIFY(row && *row);
    QCOMPARE((*row)->source, QStringLiteral("b.csv"));
    QCOMPARE((*row)->importedAtUtc, m_clock.nowUtc());
}

void TestPostcodeDirectory::prefixSearch()
{
    services::PostcodeDirectory d(*m_conn, m_clock);
    QVERIFY(d.importContent("postcode;office_name;region;settlement\n"
                            "620100;Екатеринбург 620100;Свердловская область;Екатеринбург\n"
                            "620014;Екатеринбург 620014;Свердловская область;Екатеринбург\n"
                            "621999;Где-то 621999;Свердловская область;Где-то\n"
                            "620000;Екатеринбург 620000;Свердловская область;Екатеринбург\n"
                            "619999;Где-то 619999;Пермский край;Где-то\n",
                            QStringLiteral("t.csv")));
    const auto found = d.search(QStringLiteral("620"));
    QVERIFY(found);
    QCOMPARE(found->size(), 3);
    QCOMPARE(found->at(0).postcode, QStringLiteral("620000"));
    QCOMPARE(found->at(1).postcode, QStringLiteral("620014"));
    QCOMPARE(found->at(2).postcode, QStringLiteral("620100"));
    QCOMPARE(d.search(QStringLiteral("62"), 2)->size(), 2);
    QCOMPARE(d.search(QStringLiteral("620014"))->size(), 1);
    QCOMPARE(d.search(QStringLiteral("7"))->size(), 0);
    QCOMPARE(d.search(QStringLiteral("62a")).error().code, QStringLiteral("postcode.format"));
}

void TestPostcodeDirectory::fiftyThousandRowsImport()
{
    QByteArray text = "postcode;office_name;region;settlement\n";
    for (int i = 0; i < 50000; ++i)
        text +=
            QByteArray::number(100000 + i * 17) + ";Отделение " + QByteArray::number(i) + ";Регион;Город\n";
    services::PostcodeDirectory d(*m_conn, m_clock);
    const auto report = d.importContent(text, QStringLiteral("big.csv"));
    QVERIFY(report);
    QCOMPARE(report->imported, 50000);
    QVERIFY(report->rejected.isEmpty());
    QCOMPARE(d.count().valueOr(-1), 50000);
    const auto last = d.lookup(QString::number(100000 + 49999 * 17));
    QVERIFY(last);
    QCOMPARE(last->officeName, QStringLiteral("Отделение 49999"));
}

QTEST_GUILESS_MAIN(TestPostcodeDirectory)
#include "test_postcode_directory.moc"
