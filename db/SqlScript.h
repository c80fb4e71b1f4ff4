#pragma once
// Splits a migration file into statements: semicolons end a statement except inside quotes,
// comments and a trigger's BEGIN … END body.
#include <QStringList>

namespace pc::db {

QStringList splitSqlScript(const QString& script);

} // namespace pc::db
