#pragma once
// Versioned schema migrations. The SQL files live in db/migrations/ as NNNN_name.sql and are embedded
// as Qt resources; all pending ones are applied in ONE transaction, so a failure leaves the previous
// schema intact.
#include "Connection.h"
#include "domain/Result.h"

#include <QList>
#include <QString>

namespace pc::db {

struct Migration {
    int version = 0;
    QString name;
    QString sql;
};

QList<Migration> builtinMigrations();
int latestSchemaVersion();

// 0 for an empty database. Refuses nothing: callers decide.
Result<int> readSchemaVersion(const QSqlDatabase& db);

// Applies the given migrations above the current version in one transaction.
Status applyMigrations(const QSqlDatabase& db, Dialect dialect, const QList<Migration>& migrations);

// Replaces the dialect placeholders (@ID_PK@ …) of a migration for the target database.
QString adaptToDialect(QString sql, Dialect dialect);

} // namespace pc::db
