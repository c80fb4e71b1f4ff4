#pragma once
// Moves a single-window office's SQLite database onto the office server: every table, every row, in
// ONE target transaction (a failure leaves the server as it was), then the id sequences moved past the
// copied ids, and a check that each table holds as many rows as the source and that the operation
// journal's hash chain verifies on the target.
#include "Connection.h"

#include <QList>

namespace pc::db {

struct TableCopyCount {
    QString table;
    qint64 source = 0;
    qint64 target = 0;
};

struct CopyReport {
    QList<TableCopyCount> tables;
    qint64 rows = 0;
    qint64 journalRowsVerified = 0;
};

// Refuses a target that already holds an office's data ("db.copy_target_not_empty"), so a copy is
// never merged into another office by mistake. Both connections must be at the latest schema.
Result<CopyReport> copyDatabase(const Connection& source, const Connection& target);

// Tables of the schema in an order where every table comes after the tables it references.
Result<QStringList> tablesInDependencyOrder(const Connection& sqliteSource);

} // namespace pc::db
