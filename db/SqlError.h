#pragma once
// Turns a Qt SQL error into an Error a clerk or admin can act on (disk full, locked, constraint).
#include "domain/Result.h"

class QSqlError;
class QSqlQuery;

namespace pc::db {

Error sqlError(const QSqlError& e, const QString& what);
Error sqlError(const QSqlQuery& q, const QString& what);

} // namespace pc::db
