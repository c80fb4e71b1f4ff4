#include "Migrations.h"

#include "SqlError.h"
#include "SqlScript.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlQuery>
#include <algorithm>

Q_LOGGING_CATEGORY(lcMigrations, "pc.db.migrations")

namespace pc::db {

QList<Migration> builtinMigrations()
{
    static const QList<Migration> cached = [] {
        QList<Migration> list;
        static const QRegularExpression re(QStringLiteral("^(\\d{4})_([a-z0-9_]+)\\.sql$"));
        const QDir dir(QStringLiteral(":/pc/migrations"));
        for (const QString& f : dir.entryList(QDir::Files, QDir::Name)) {
            const auto m = re.match(f);
            if (!m.hasMatch())
                continue;
            QFile file(dir.filePath(f));
            if (!file.open(QIODevice::ReadOnly))
                continue;
            list.push_back({m.captured(1).toInt(), m.captured(2), QString::fromUtf8(file.readAll())});
        }
        std::sort(list.begin(), list.end(),
                  [](const Migration& a, const Migration& b) { return a.version < b.version; });
        return list;
    }();
    return cached;
}

int latestSchemaVersion()
{
    const auto all = builtinMigrations();
    return all.isEmpty() ? 0 : all.back().version;
}

QString adaptToDialect(QString sql, Dialect dialect)
{
    // Migrations are written once. @ID_PK@ is the one placeholder; the rest are SQLite spellings a
    // migration author may use out of habit, rewritten for PostgreSQL so the same file runs on both.
    if (dialect == Dialect::Sqlite) {
        sql.replace(QStringLiteral("@ID_PK@"), QStringLiteral("INTEGER PRIMARY KEY"));
        return sql;
    }
    sql.replace(QStringLiteral("@ID_PK@"), QStringLiteral("BIGSERIAL PRIMARY KEY"));
    static const QList<std::pair<QRegularExpression, QString>> rewrites = {
        {QRegularExpression(QStringLiteral("\\bINTEGER\\s+PRIMARY\\s+KEY\\s+AUTOINCREMENT\\b"),
                            QRegularExpression::CaseInsensitiveOption),
         QStringLiteral("BIGSERIAL PRIMARY KEY")},
        {QRegularExpression(QStringLiteral("\\bBLOB\\b"), QRegularExpression::CaseInsensitiveOption),
         QStringLiteral("BYTEA")},
        {QRegularExpression(
             QStringLiteral("\\bDEFAULT\\s*\\(?\\s*(CURRENT_TIMESTAMP|datetime\\('now'\\))\\s*\\)?"),
             QRegularExpression::CaseInsensitiveOption),
         QStringLiteral("DEFAULT (to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'))")},
    };
    for (const auto& [re, replacement] : rewrites)
        sql.replace(re, replacement);
    return sql;
}

Result<int> readSchemaVersion(const QSqlDatabase& db)
{
    if (!db.tables().contains(QStringLiteral("schema_version")))
        return 0;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_version")) || !q.next())
        return sqlError(q, QStringLiteral("reading the schema version"));
    return q.value(0).toInt();
}

Status applyMigrations(const QSqlDatabase& db, Dialect dialect, const QList<Migration>& migrations)
{
    auto current = readSchemaVersion(db);
    if (!current)
        return current.error();
    QList<Migration> pending;
    for (const auto& m : migrations)
        if (m.version > *current)
            pending.push_back(m);
    if (pending.isEmpty())
        return {};

    QSqlQuery q(db);
    if (!q.exec(dialect == Dialect::Sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN")))
        return sqlError(q, QStringLiteral("starting the schema upgrade"));
    auto rollback = [&](Error e) {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return Status(std::move(e));
    };
    if (*current == 0) {
        if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
                                   "name TEXT NOT NULL, applied_at TEXT NOT NULL)")))
            return rollback(sqlError(q, QStringLiteral("creating the schema_version table")));
        if (dialect == Dialect::Sqlite &&
            !q.exec(QStringLiteral("PRAGMA application_id = %1").arg(static_cast<qint64>(kApplicationId))))
            return rollback(sqlError(q, QStringLiteral("stamping the database file")));
    }
    for (const auto& m : pending) {
        qCInfo(lcMigrations) << "applying migration" << m.version << m.name;
        for (const QString& stmt : splitSqlScript(adaptToDialect(m.sql, dialect))) {
            if (!q.exec(stmt))
                return rollback(sqlError(q, QStringLiteral("migration %1 (%2)").arg(m.version).arg(m.name)));
        }
        q.prepare(QStringLiteral("INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)"));
        q.addBindValue(m.version);
        q.addBindValue(m.name);
        q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        if (!q.exec())
            return rollback(sqlError(q, QStringLiteral("recording migration %1").arg(m.version)));
    }
    if (!q.exec(QStringLiteral("COMMIT")))
        return rollback(sqlError(q, QStringLiteral("committing the schema upgrade")));
    return {};
}

} // namespace pc::db
