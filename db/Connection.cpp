#include "Connection.h"

#include "DatabaseUrl.h"
#include "Migrations.h"
#include "SqlError.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

Q_LOGGING_CATEGORY(lcDb, "pc.db")

namespace pc::db {

namespace {

QString uniqueConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("pc-db-%1").arg(counter.fetchAndAddRelaxed(1));
}

// What a file on disk is, decided from its header and a read-only look at its tables: nothing is
// written, so a refused file stays byte-for-byte as it was.
struct Inspection {
    bool fresh = true; // absent, empty, or an SQLite file without tables
    int version = 0;
};

Result<Inspection> inspect(const QString& path)
{
    Inspection r;
    QFileInfo fi(path);
    if (!fi.exists() || fi.size() == 0)
        return r;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("db.unreadable"),
                     QCoreApplication::translate("Database", "Cannot read the database file %1: %2")
                         .arg(path, f.errorString())};
    const QByteArray header = f.read(100);
    f.close();
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return Error{
            QStringLiteral("db.foreign_file"),
            QCoreApplication::translate(
                "Database",
                "%1 is not a PostCounter database (it is not an SQLite file). It was left untouched; "
                "check the --db path or the configuration.")
                .arg(path)};
    const auto* h = reinterpret_cast<const uchar*>(header.constData());
    const quint32 appId = (quint32(h[68]) << 24) | (quint32(h[69]) << 16) | (quint32(h[70]) << 8) | h[71];
    if (appId != 0 && appId != kApplicationId)
        return Error{
            QStringLiteral("db.foreign_file"),
            QCoreApplication::translate(
                "Database", "%1 belongs to another application, not PostCounter. It was left untouched.")
                .arg(path)};

    const QString name = uniqueConnectionName();
    Result<Inspection> out = r;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            out = sqlError(db.lastError(), QCoreApplication::translate("Database", "opening the database"));
        } else {
            const QStringList tables = db.tables();
            if (!tables.isEmpty()) {
                if (!tables.contains(QStringLiteral("schema_version"))) {
                    out = Error{QStringLiteral("db.foreign_file"),
                                QCoreApplication::translate(
                                    "Database",
                                    "%1 is an SQLite database of another application, not PostCounter. "
                                    "It was left untouched.")
                                    .arg(path)};
                } else if (auto v = readSchemaVersion(db); !v) {
                    out = v.error();
                } else {
                    r.fresh = false;
                    r.version = *v;
                    out = r;
                }
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

} // namespace

Connection::Connection(Connection&& o) noexcept
    : m_name(std::exchange(o.m_name, {})), m_path(std::move(o.m_path)), m_dialect(o.m_dialect),
      m_schemaVersion(o.m_schemaVersion), m_backupPath(std::move(o.m_backupPath))
{}

Connection& Connection::operator=(Connection&& o) noexcept
{
    if (this != &o) {
        this->~Connection();
        new (this) Connection(std::move(o));
    }
    return *this;
}

Connection::~Connection()
{
    if (m_name.isEmpty())
        return;
    {
        QSqlDatabase d = QSqlDatabase::database(m_name, false);
        if (d.isOpen())
            d.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

QSqlDatabase Connection::db() const
{
    return QSqlDatabase::database(m_name, false);
}

Result<Connection> open(const OpenOptions& o)
{
    return isPostgresUrl(o.path) ? openPostgres(o) : openSqlite(o);
}

Result<Connection> openSqlite(const OpenOptions& o)
{
    if (isPostgresUrl(o.path))
        return openPostgres(o);
    auto seen = inspect(o.path);
    if (!seen)
        return seen.error();
    const int latest = latestSchemaVersion();
    if (seen->version > latest)
        return Error{QStringLiteral("db.newer_schema"),
                     QCoreApplication::translate(
                         "Database",
                         "%1 was written by a newer PostCounter (schema %2; this program knows up to %3). "
                         "Install the newer version. The file was left untouched.")
                         .arg(o.path)
                         .arg(seen->version)
                         .arg(latest)};
    if (o.readOnly && seen->fresh && !QFileInfo::exists(o.path))
        return Error{QStringLiteral("db.missing"),
                     QCoreApplication::translate("Database", "There is no database at %1.").arg(o.path)};

    if (!o.readOnly) {
        const QString dir = QFileInfo(o.path).absolutePath();
        if (!QDir().mkpath(dir))
            return Error{QStringLiteral("db.unwritable"),
                         QCoreApplication::translate("Database", "Cannot create the folder %1.").arg(dir)};
    }

    if (!o.readOnly && !QFileInfo::exists(o.path)) {
        // Personal data: owner-only from the first byte. SQLite gives the WAL and shared-memory files
        // the mode of the database file, so they follow.
        QFile created(o.path);
        if (created.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            created.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    Connection c(uniqueConnectionName(), o.path, Dialect::Sqlite);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), c.m_name);
    db.setDatabaseName(o.path);
    QString opts = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(o.busyTimeoutMs);
    if (o.readOnly)
        opts += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(opts);
    if (!db.open())
        return sqlError(db.lastError(),
                        QCoreApplication::translate("Database", "opening the database %1").arg(o.path));

    QSqlQuery q(db);
    // WAL lets the sync thread read while the counter writes; FULL makes every commit durable.
    const QStringList pragmas = o.readOnly ? QStringList{QStringLiteral("PRAGMA foreign_keys=ON")}
                                           : QStringList{QStringLiteral("PRAGMA journal_mode=WAL"),
                                                         QStringLiteral("PRAGMA synchronous=FULL"),
                                                         QStringLiteral("PRAGMA foreign_keys=ON")};
    for (const QString& p : pragmas)
        if (!q.exec(p))
            return sqlError(q, QCoreApplication::translate("Database", "configuring the database"));
    q.finish();

    c.m_schemaVersion = seen->version;
    if (!o.readOnly && o.migrate && seen->version < latest) {
        if (seen->version > 0) {
            // A copy of the file before the schema changes, so an upgrade can always be undone.
            c.m_backupPath =
                QStringLiteral("%1.v%2-%3.bak")
                    .arg(o.path)
                    .arg(seen->version)
                    .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddThhmmss")));
            QSqlQuery b(db);
            b.prepare(QStringLiteral("VACUUM INTO ?"));
            b.addBindValue(c.m_backupPath);
            if (!b.exec())
                return sqlError(
                    b, QCoreApplication::translate("Database", "copying the database before the upgrade"));
            qCInfo(lcDb) << "backup before migration written to" << c.m_backupPath;
        }
        if (auto st = applyMigrations(db, Dialect::Sqlite, builtinMigrations()); !st)
            return st.error();
        c.m_schemaVersion = latest;
    }
    if (!o.readOnly) // personal data: 0600, also a file (and its WAL) left readable by an older version
        for (const QString& f : {o.path, o.path + QStringLiteral("-wal"), o.path + QStringLiteral("-shm")})
            if (QFile::permissions(f) & (QFileDevice::ReadOther | QFileDevice::ReadGroup))
                QFile::setPermissions(f, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return c;
}

Result<Connection> openPostgres(const OpenOptions& o)
{
    auto target = parsePostgresUrl(o.path);
    if (!target)
        return target.error();
    Connection c(uniqueConnectionName(), o.path, Dialect::Postgres);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), c.m_name);
    if (!db.isValid())
        return Error{QStringLiteral("db.no_driver"),
                     QCoreApplication::translate("Database", "The PostgreSQL driver for Qt is not installed "
                                                             "(package libqt6sql6-psql).")};
    if (!target->host.isEmpty())
        db.setHostName(target->host);
    db.setPort(target->port);
    db.setDatabaseName(target->database);
    if (!target->user.isEmpty())
        db.setUserName(target->user);
    if (!target->password.isEmpty())
        db.setPassword(target->password);
    QStringList opts = target->options;
    if (!std::any_of(opts.cbegin(), opts.cend(),
                     [](const QString& x) { return x.startsWith(QStringLiteral("connect_timeout=")); }))
        opts << QStringLiteral("connect_timeout=10");
    db.setConnectOptions(opts.join(u';'));
    if (!db.open())
        return Error{QStringLiteral("db.unreachable"),
                     QCoreApplication::translate("Database", "Cannot connect to the office database %1: %2")
                         .arg(target->display(), db.lastError().text().trimmed())};

    QSqlQuery q(db);
    // Times are stored as UTC text by the program; the session zone only matters for server-side
    // defaults, and a lock wait longer than this means something is stuck rather than busy.
    for (const QString& s :
         {QStringLiteral("SET TIME ZONE 'UTC'"), QStringLiteral("SET lock_timeout = '15s'")})
        if (!q.exec(s))
            return sqlError(q, QCoreApplication::translate("Database", "configuring the database session"));
    if (o.readOnly && !q.exec(QStringLiteral("SET default_transaction_read_only = on")))
        return sqlError(q, QCoreApplication::translate("Database", "configuring the database session"));

    const int latest = latestSchemaVersion();
    auto version = readSchemaVersion(db);
    if (!version)
        return version.error();
    if (!o.readOnly && o.migrate && *version < latest) {
        // Several windows may start at once: one migrates, the others wait and then see it done.
        if (!q.exec(QStringLiteral("SELECT pg_advisory_lock(%1)").arg(kApplicationId)))
            return sqlError(q, QCoreApplication::translate("Database", "waiting for the schema upgrade"));
        Status st = applyMigrations(db, Dialect::Postgres, builtinMigrations());
        QSqlQuery(db).exec(QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(kApplicationId));
        if (!st)
            return st.error();
        version = readSchemaVersion(db);
        if (!version)
            return version.error();
    }
    if (*version > latest)
        return Error{QStringLiteral("db.newer_schema"),
                     QCoreApplication::translate(
                         "Database",
                         "%1 was upgraded by a newer PostCounter (schema %2; this program knows up to %3). "
                         "Install the newer version on this workstation.")
                         .arg(target->display())
                         .arg(*version)
                         .arg(latest)};
    c.m_schemaVersion = *version;
    return c;
}

} // namespace pc::db
