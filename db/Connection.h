#pragma once
// An open database connection owned by one thread. SQLite is the default (a file next to the user's
// data); PostgreSQL serves a multi-counter office. Opening a SQLite file inspects it first and
// refuses a foreign or newer file without touching it.
#include "domain/Result.h"

#include <QSqlDatabase>
#include <QString>

namespace pc::db {

enum class Dialect { Sqlite, Postgres };

struct OpenOptions {
    QString path;          // SQLite file, or a postgresql:// URL (DatabaseUrl.h)
    bool migrate = true;   // apply pending migrations (with a backup copy first)
    bool readOnly = false; // inspection only (db info): never creates or changes the file
    int busyTimeoutMs = 5000;
};

class Connection {
public:
    Connection(Connection&& other) noexcept;
    Connection& operator=(Connection&& other) noexcept;
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;
    ~Connection();

    QSqlDatabase db() const;
    QString name() const { return m_name; }
    QString filePath() const { return m_path; }
    Dialect dialect() const { return m_dialect; }
    int schemaVersion() const { return m_schemaVersion; }
    QString backupPath() const { return m_backupPath; } // set when a migration made a copy

private:
    friend Result<Connection> openSqlite(const OpenOptions&);
    friend Result<Connection> openPostgres(const OpenOptions&);
    Connection(QString name, QString path, Dialect d)
        : m_name(std::move(name)), m_path(std::move(path)), m_dialect(d)
    {}

    QString m_name;
    QString m_path;
    Dialect m_dialect = Dialect::Sqlite;
    int m_schemaVersion = 0;
    QString m_backupPath;
};

// Opens what options.path names: a postgresql:// URL goes to openPostgres, anything else is a SQLite
// file. openSqlite dispatches the same way, so every caller that opens "the configured database"
// works on both without knowing which it got.
Result<Connection> open(const OpenOptions& options);
Result<Connection> openSqlite(const OpenOptions& options);
// Connects to the server, applies pending migrations under an advisory lock (several windows may
// start at once), and checks the schema is not newer than this program.
Result<Connection> openPostgres(const OpenOptions& options);

// The 32-bit SQLite application_id PostCounter stamps into its files ("PCTR").
inline constexpr quint32 kApplicationId = 0x50435452;

} // namespace pc::db
