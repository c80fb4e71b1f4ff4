#include "Transaction.h"

#include "SqlError.h"

#include <QSqlQuery>

namespace pc::db {

Result<Transaction> Transaction::begin(const Connection& c)
{
    QSqlDatabase db = c.db();
    QSqlQuery q(db);
    if (!q.exec(c.dialect() == Dialect::Sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN")))
        return sqlError(q, QStringLiteral("starting a transaction"));
    return Transaction(db);
}

Transaction::~Transaction()
{
    if (m_open)
        rollback();
}

Status Transaction::commit()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("COMMIT"))) {
        const Error e = sqlError(q, QStringLiteral("saving the operation"));
        rollback();
        return e;
    }
    m_open = false;
    return {};
}

void Transaction::rollback()
{
    if (!m_open)
        return;
    QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
    m_open = false;
}

} // namespace pc::db
