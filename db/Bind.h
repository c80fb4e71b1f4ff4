#pragma once
// A null QString binds as SQL NULL; text columns that are NOT NULL want '' instead.
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace pc::db {

inline QVariant textValue(const QString& s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

// The id an "INSERT … RETURNING id" produced (portable: QSqlQuery::lastInsertId is not, on QPSQL),
// or -1 when the statement returned no row. The statement is finished afterwards: SQLite keeps a
// RETURNING statement active until then, and an active statement blocks the COMMIT.
inline qint64 returnedId(QSqlQuery& q)
{
    const qint64 id = q.next() ? q.value(0).toLongLong() : -1;
    q.finish();
    return id;
}

} // namespace pc::db
