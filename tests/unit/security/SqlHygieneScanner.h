#pragma once
// A source scanner for the SQL rules of docs/security.md: SQL text lives in db/ only, and there it is
// a constant with "?" placeholders. A string literal that reads as SQL is flagged when it is built
// at run time: followed by .arg(…), or joined with + or % to something that is not a literal.
// Outside db/ any SQL literal or Qt SQL include is flagged. Comments and character literals are
// skipped; adjacent literals ("SELECT a " "FROM t") are read as one. A variable initialised with SQL
// text is followed: "sql += x" or "sql.append(x)" with a run-time x is flagged too. Constant text:
// literals, QString(), file constants kName = QStringLiteral(…), and cond ? constant : constant.
#include <QByteArray>
#include <QList>
#include <QString>

namespace pc::securitytest {

struct SqlFinding {
    QString file; // relative to the source root, '/' separated
    int line = 0;
    QString rule;    // "sql-outside-db", "qtsql-outside-db", "string-built-sql"
    QString dynamic; // for string-built-sql: the run-time piece (".arg(x)" argument or "+ x" operand)
    QString sql;     // the first 80 characters of the literal
};

// relPath decides the rules: paths under "db/" may hold SQL, others may not.
QList<SqlFinding> scanSource(const QString& relPath, const QByteArray& content);

} // namespace pc::securitytest
