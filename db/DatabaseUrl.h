#pragma once
// The database a workstation uses, as written in its configuration: a SQLite file path, or a
// PostgreSQL URL (postgresql://user[:password]@host[:port]/dbname?sslmode=verify-full&...).
// Query parameters are libpq connect options; "host" may name a unix-socket directory.
#include "domain/Result.h"

#include <QString>
#include <QStringList>

namespace pc::db {

struct PostgresTarget {
    QString host; // name, address or socket directory ("" = libpq default)
    int port = 5432;
    QString user;
    QString password; // from the URL; otherwise libpq reads PGPASSWORD / PGPASSFILE / ~/.pgpass
    QString database;
    QStringList options; // libpq keyword=value pairs for QSqlDatabase::setConnectOptions

    // The URL without the password, for logs and messages.
    QString display() const;
};

bool isPostgresUrl(const QString& location);
Result<PostgresTarget> parsePostgresUrl(const QString& url);

} // namespace pc::db
