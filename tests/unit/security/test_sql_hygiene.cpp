// The SQL rules of docs/security.md, checked on the whole source tree: SQL text only in db/, and
// there only constant text with "?" placeholders. The few statements that must name a table or a
// column list at run time are allow-listed below, each with its file and reason. A planted sample
// (tests/data/security/planted_string_built_sql.cpp.sample) proves the scanner catches what it must.
#include "SqlHygieneScanner.h"

#include <QDirIterator>
#include <QFile>
#include <QTest>

using pc::securitytest::scanSource;
using pc::securitytest::SqlFinding;

namespace {

struct Allowed {
    const char* file;
    const char* dynamic; // the run-time piece exactly as the scanner reports it
    const char* reason;
};

// Column lists held in file constants (const QString kColumns = QStringLiteral(…)) are recognised
// as constant text by the scanner. Every entry below is a value the user cannot influence.
const Allowed kAllowed[] = {
    {"db/Connection.cpp", ".arg(kApplicationId)",
     "PostgreSQL advisory lock key: the constexpr application id (Connection.h)"},
    {"db/Migrations.cpp", ".arg(static_cast<qint64>(kApplicationId))",
     "PRAGMA application_id takes no bound value: the constexpr application id"},
    {"db/claims/ClaimRepository.cpp", ".arg(columns, marks.join(u','))",
     "columns are kColumns without its id; marks are \"?\" placeholders: the values are bound"},
    {"db/claims/ClaimRepository.cpp", ".arg(kColumns, where)",
     "private select(): every caller passes a QStringLiteral condition with ? placeholders"},
    {"db/storage/StoredItemRepository.cpp", ".arg(kColumns, where)",
     "private select(): every caller passes a QStringLiteral condition with ? placeholders"},
    {"db/printqueue/PrintQueueRepository.cpp",
     ".arg(setSql.isEmpty() ? QString() : QStringLiteral(\", \") + setSql, marks.join(u','))",
     "private transition(): setSql is a QStringLiteral column list of its callers; marks are ?"},
    {"db/DatabaseCopy.cpp", ".arg(table)",
     "table names come from sqlite_master of the program's own database, not from input"},
    {"db/DatabaseCopy.cpp", ".arg(t)", "table names from sqlite_master (tablesInDependencyOrder)"},
    {"db/DatabaseCopy.cpp", ".arg(names.join(u','), t)",
     "column names from QSqlDatabase::record() of the target schema, table from sqlite_master"},
    {"db/DatabaseCopy.cpp", ".arg(t, names.join(u','), marks.join(u','))",
     "table and columns from the schema; marks are \"?\" placeholders: the values are bound"},
    {"db/DatabaseCopy.cpp", ".arg(sequence, t)",
     "sequence name returned by pg_get_serial_sequence() for a schema table"},
};

bool allowed(const SqlFinding& f, QStringList* used)
{
    for (const Allowed& a : kAllowed)
        if (f.file == QLatin1StringView(a.file) && f.dynamic == QString::fromUtf8(a.dynamic)) {
            used->append(f.file + u' ' + f.dynamic);
            return true;
        }
    return false;
}

QString describe(const QList<SqlFinding>& fs)
{
    QStringList lines;
    for (const SqlFinding& f : fs)
        lines << QStringLiteral("%1:%2 %3 %4 [%5]").arg(f.file).arg(f.line).arg(f.rule, f.dynamic, f.sql);
    return lines.join(u'\n');
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestSqlHygiene : public QObject {
    Q_OBJECT
private slots:
    void plantedSampleIsFlaggedInDb()
    {
        const QByteArray sample =
            readFile(QStringLiteral(PC_TEST_DATA_DIR "/security/planted_string_built_sql.cpp.sample"));
        QVERIFY(!sample.isEmpty());
        const auto fs = scanSource(QStringLiteral("db/Planted.cpp"), sample);
        QStringList dynamic;
        for (const SqlFinding& f : fs) {
            QCOMPARE(f.rule, QStringLiteral("string-built-sql"));
            dynamic << f.dynamic;
        }
        // One finding per marked line (the sample's "// FLAG"), the placeholder query none.
        QVERIFY2(dynamic.contains(QStringLiteral("+ name")), qPrintable(describe(fs)));
        QVERIFY2(dynamic.contains(QStringLiteral(".arg(id)")), qPrintable(describe(fs)));
        QVERIFY2(dynamic.contains(QStringLiteral("+ where")), qPrintable(describe(fs)));
        QVERIFY2(dynamic.contains(QStringLiteral("+ id")), qPrintable(describe(fs)));
        QVERIFY2(dynamic.contains(QStringLiteral("grown += where")), qPrintable(describe(fs)));
        QSet<int> lines;
        for (const SqlFinding& f : fs)
            lines.insert(f.line);
        QCOMPARE(lines.size(), int(sample.count("// FLAG")));
    }

    void plantedSampleIsFlaggedOutsideDb()
    {
        const QByteArray sample =
            readFile(QStringLiteral(PC_TEST_DATA_DIR "/security/planted_string_built_sql.cpp.sample"));
        const auto fs = scanSource(QStringLiteral("workstation/services/Planted.cpp"), sample);
        int sql = 0, include = 0;
        for (const SqlFinding& f : fs) {
            sql += f.rule == QStringLiteral("sql-outside-db");
            include += f.rule == QStringLiteral("qtsql-outside-db");
        }
        QCOMPARE(include, 1);
        QCOMPARE(sql, 6); // five flagged statements and the placeholder one: no SQL at all outside db/
    }

    void constantSqlWithPlaceholdersIsFine()
    {
        const QByteArray ok = R"(
            q.prepare(QStringLiteral("SELECT a, b "
                                     "FROM t WHERE id = ?"));
            q.exec(QStringLiteral("DELETE FROM t WHERE x = ") + QStringLiteral("1"));
            // q.exec("SELECT * FROM t WHERE id = " + id);  (a comment is not code)
            const QString msg = QStringLiteral("Select from the list: %1").arg(name);
        )";
        const auto fs = scanSource(QStringLiteral("db/Ok.cpp"), ok);
        QVERIFY2(fs.isEmpty(), qPrintable(describe(fs)));
    }

    void sourceTreeHasNoStringBuiltSql()
    {
        QList<SqlFinding> offending;
        QStringList used;
        int files = 0;
        const QString root = QStringLiteral(PC_SOURCE_DIR);
        for (const char* top : {"db", "workstation", "drivers", "forms"}) {
            QDirIterator it(root + u'/' + QLatin1StringView(top),
                            {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                ++files;
                const QString rel = path.mid(root.size() + 1);
                for (const SqlFinding& f : scanSource(rel, readFile(path)))
                    if (!allowed(f, &used))
                        offending << f;
            }
        }
        QVERIFY(files > 200);     // the tree was really read
        if (!offending.isEmpty()) // QVERIFY2 cuts long messages: the whole list goes to the log
            qWarning().noquote() << describe(offending);
        QVERIFY2(offending.isEmpty(),
                 qPrintable(QStringLiteral("string-built or misplaced SQL:\n") + describe(offending)));
        // An entry that matches nothing is stale: remove it rather than keep a hole open.
        for (const Allowed& a : kAllowed)
            QVERIFY2(used.contains(QLatin1StringView(a.file) + u' ' + QString::fromUtf8(a.dynamic)),
                     a.dynamic);
    }
};

QTEST_GUILESS_MAIN(TestSqlHygiene)
#include "test_sql_hygiene.moc"
