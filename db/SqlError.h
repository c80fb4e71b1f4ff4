#pragma once
// Turns a Qt SQL error into an Error a clerk or admin can act on (disk full, locked, constraint).
#include "domain/Result.h"

class QSqlError;
class QSqlQuery;

namespace pc::db {

Error sqlError(const QSqlError& e, const QString& what);
Error sqlError(const QSqlQuery& q, const QString& what);

// Whether a failed statement hit a unique or primary key. Ask this instead of looking the row up after
// the failure: on PostgreSQL the failed statement aborted the transaction and a look-up would fail too.
bool isUniqueViolation(const QSqlError& e);
bool isUniqueViolation(const QSqlQuery& q);

} // namespace pc::db
