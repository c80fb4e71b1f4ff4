#include "SqlError.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace pc::db {

Error sqlError(const QSqlError& e, const QString& what)
{
    const QString native = e.nativeErrorCode();
    const QString text = e.text();
    const int primary = native.toInt() & 0xff; // SQLite extended codes keep the primary code in the low byte
    if (primary == 13 || text.contains(QStringLiteral("disk is full"), Qt::CaseInsensitive))
        return {
            QStringLiteral("db.disk_full"),
            QCoreApplication::translate(
                "Database",
                "The disk is full (while %1): the operation was not saved. Free disk space and try again.")
                .arg(what)};
    // PostgreSQL: two windows touched the same rows in a way the server resolved by aborting one.
    // The transaction runner (TransactionRunner.h) retries these, so a clerk never sees them.
    if (native == QStringLiteral("40001") || native == QStringLiteral("40P01"))
        return {QStringLiteral("db.serialization"),
                QCoreApplication::translate("Database",
                                            "Another counter changed the same data at the same moment: %1 "
                                            "was not saved. Try again.")
                    .arg(what)};
    if (primary == 5 || primary == 6 || native == QStringLiteral("55P03"))
        return {QStringLiteral("db.locked"),
                QCoreApplication::translate(
                    "Database",
                    "The database is busy, locked by another program (while %1): the operation was not "
                    "saved. Close the other program or wait a moment, then try again.")
                    .arg(what)};
    if (primary == 10)
        return {QStringLiteral("db.io_error"),
                QCoreApplication::translate(
                    "Database",
                    "The disk reported an I/O error (while %1): the operation was not saved. Check "
                    "the disk and call your administrator.")
                    .arg(what)};
    if (primary == 19 || native.startsWith(QStringLiteral("23")))
        return {
            QStringLiteral("db.constraint"),
            QCoreApplication::translate("Database", "%1 was refused by the database: %2").arg(what, text)};
    return {QStringLiteral("db.sql"),
            QCoreApplication::translate("Database", "Database error during %1: %2").arg(what, text)};
}

Error sqlError(const QSqlQuery& q, const QString& what)
{
    return sqlError(q.lastError(), what);
}

bool isUniqueViolation(const QSqlError& e)
{
    const QString native = e.nativeErrorCode();
    if (native == QStringLiteral("23505"))
        return true;
    // SQLite: SQLITE_CONSTRAINT_PRIMARYKEY (1555) or _UNIQUE (2067); the primary code alone (19)
    // when extended codes are off, told apart by its message.
    return native == QStringLiteral("1555") || native == QStringLiteral("2067") ||
           (native == QStringLiteral("19") && e.text().contains(QStringLiteral("UNIQUE constraint failed")));
}

bool isUniqueViolation(const QSqlQuery& q)
{
    return isUniqueViolation(q.lastError());
}

} // namespace pc::db
