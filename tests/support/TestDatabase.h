#pragma once
// Where a db test keeps its database. PC_TEST_DATABASE selects the engine, so CTest runs the same test
// binary twice (tests/support/PgFixture.cmake):
//   unset          → a SQLite file in the test's temporary directory
//   @FILE          → the PostgreSQL server whose URL the fixture wrote into FILE
//   postgresql://… → that server
// On PostgreSQL every call creates a fresh, empty database, so test cases stay independent and two
// test binaries can share one server.
#include "db/DatabaseUrl.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>
#include <QUrlQuery>

namespace pc::testing {

inline QString postgresServerUrl()
{
    QString v = qEnvironmentVariable("PC_TEST_DATABASE");
    if (v.startsWith(u'@')) {
        QFile f(v.mid(1));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("PC_TEST_DATABASE names %s, which cannot be read", qPrintable(v.mid(1)));
        v = QString::fromUtf8(f.readAll()).trimmed();
    }
    return db::isPostgresUrl(v) ? v : QString();
}

inline bool usingPostgres()
{
    return !postgresServerUrl().isEmpty();
}

// The same server URL with another database name.
inline QString withDatabase(const QString& serverUrl, const QString& name)
{
    QUrl u(serverUrl);
    u.setPath(QLatin1Char('/') + name);
    return u.toString();
}

// Creates an empty database on the fixture's server and returns its URL.
inline QString freshPostgresDatabase()
{
    static QAtomicInt counter;
    const QString server = postgresServerUrl();
    const QString name = QStringLiteral("pct_%1_%2_%3")
                             .arg(QCoreApplication::applicationPid())
                             .arg(QDateTime::currentMSecsSinceEpoch() % 100000000)
                             .arg(counter.fetchAndAddRelaxed(1));
    const QString conn = QStringLiteral("pc-test-admin-") + name;
    {
        auto t = db::parsePostgresUrl(server);
        if (!t)
            qFatal("bad test server URL %s", qPrintable(server));
        QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), conn);
        d.setHostName(t->host);
        d.setPort(t->port);
        d.setUserName(t->user);
        d.setDatabaseName(t->database);
        if (!d.open())
            qFatal("cannot reach the test PostgreSQL server: %s", qPrintable(d.lastError().text()));
        QSqlQuery q(d);
        if (!q.exec(QStringLiteral("CREATE DATABASE %1").arg(name)))
            qFatal("CREATE DATABASE failed: %s", qPrintable(q.lastError().text()));
        d.close();
    }
    QSqlDatabase::removeDatabase(conn);
    return withDatabase(server, name);
}

// The database location for one test case: a SQLite file (fileName inside dir) or a fresh
// PostgreSQL database.
inline QString testDatabase(const QTemporaryDir& dir, const QString& fileName = QStringLiteral("t.db"))
{
    if (usingPostgres())
        return freshPostgresDatabase();
    QFile::remove(dir.filePath(fileName));
    return dir.filePath(fileName);
}

// For a test written against a SQLite file: that path, or under the PostgreSQL fixture a fresh
// server database (call once per test case and keep the result: every call makes a new database).
inline QString orPostgres(const QString& sqlitePath)
{
    return usingPostgres() ? freshPostgresDatabase() : sqlitePath;
}

} // namespace pc::testing
