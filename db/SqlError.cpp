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
        return {QStringLiteral("db.disk_full"),
                QCoreApplication::translate(
                    "Database", "The disk is full: %1 was not saved. Free disk space and try again.")
                    .arg(what)};
    if (primary == 5 || primary == 6 || native == QStringLiteral("55P03") ||
        native == QStringLiteral("40P01"))
        return {
            QStringLiteral("db.locked"),
            QCoreApplication::translate(
                "Database", "The database is busy (locked by another program): %1 was not saved. Try again.")
                .arg(what)};
    if (primary == 10)
        return {QStringLiteral("db.io_error"),
                QCoreApplication::translate(
                    "Database", "The disk reported an I/O error: %1 was not saved. Call your administrator.")
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

} // namespace pc::db
