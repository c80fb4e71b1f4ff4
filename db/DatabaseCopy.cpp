#include "DatabaseCopy.h"

#include "SqlError.h"
#include "Transaction.h"
#include "journal/JournalRepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>

namespace pc::db {

namespace {
Result<qint64> countRows(const Connection& c, const QString& table)
{
    QSqlQuery q(c.db());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)) || !q.next())
        return sqlError(q, QStringLiteral("counting %1").arg(table));
    return q.value(0).toLongLong();
}
} // namespace

Result<QStringList> tablesInDependencyOrder(const Connection& src)
{
    QSqlQuery q(src.db());
    if (!q.exec(
            QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                           "AND name <> 'schema_version' ORDER BY name")))
        return sqlError(q, QStringLiteral("listing the tables"));
    QStringList all;
    while (q.next())
        all << q.value(0).toString();
    QHash<QString, QSet<QString>> refs;
    for (const QString& t : all) {
        QSqlQuery fk(src.db());
        if (!fk.exec(QStringLiteral("SELECT \"table\" FROM pragma_foreign_key_list('%1')").arg(t)))
            return sqlError(fk, QStringLiteral("reading the references of %1").arg(t));
        while (fk.next())
            if (fk.value(0).toString() != t) // self-references are satisfied by copying in id order
                refs[t].insert(fk.value(0).toString());
    }
    QStringList ordered;
    QSet<QString> done;
    while (ordered.size() < all.size()) {
        bool progressed = false;
        for (const QString& t : all) {
            if (done.contains(t))
                continue;
            bool ready = true;
            for (const QString& r : refs.value(t))
                ready = ready && (done.contains(r) || !all.contains(r));
            if (ready) {
                ordered << t;
                done.insert(t);
                progressed = true;
            }
        }
        if (!progressed)
            return Error{
                QStringLiteral("db.copy_cycle"),
                QStringLiteral("The tables reference each other in a cycle; cannot order the copy.")};
    }
    return ordered;
}

Result<CopyReport> copyDatabase(const Connection& src, const Connection& dst)
{
    if (src.dialect() != Dialect::Sqlite || dst.dialect() != Dialect::Postgres)
        return Error{QStringLiteral("db.copy_direction"),
                     QCoreApplication::translate("Database", "A copy goes from a SQLite file to a PostgreSQL "
                                                             "server.")};
    if (src.schemaVersion() != dst.schemaVersion())
        return Error{QStringLiteral("db.copy_schema"),
                     QCoreApplication::translate("Database",
                                                 "The source is at schema %1 and the server at %2; "
                                                 "run db migrate on both first.")
                         .arg(src.schemaVersion())
                         .arg(dst.schemaVersion())};
    auto tables = tablesInDependencyOrder(src);
    if (!tables)
        return tables.error();
    for (const QString& t : *tables) {
        auto n = countRows(dst, t);
        if (!n)
            return n.error();
        if (*n > 0)
            return Error{QStringLiteral("db.copy_target_not_empty"),
                         QCoreApplication::translate("Database",
                                                     "The server database already holds data (table "
                                                     "%1 has %2 rows). Copy into an empty database.")
                             .arg(t)
                             .arg(*n)};
    }

    CopyReport report;
    auto tx = Transaction::begin(dst);
    if (!tx)
        return tx.error();
    for (const QString& t : *tables) {
        const QSqlRecord cols = dst.db().record(t);
        QStringList names;
        for (int i = 0; i < cols.count(); ++i)
            names << cols.fieldName(i);
        QSqlQuery read(src.db());
        read.setForwardOnly(true);
        // rowid order: a row that refers to an earlier row of its own table (a reprint, a refund)
        // arrives after it.
        if (!read.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY rowid").arg(names.join(u','), t)))
            return sqlError(read, QStringLiteral("reading %1").arg(t));
        QSqlQuery write(dst.db());
        QStringList marks;
        marks.fill(QStringLiteral("?"), names.size());
        if (!write.prepare(
                QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(t, names.join(u','), marks.join(u','))))
            return sqlError(write, QStringLiteral("preparing the copy of %1").arg(t));
        qint64 n = 0;
        while (read.next()) {
            for (int i = 0; i < names.size(); ++i) {
                QVariant v = read.value(i);
                // SQLite values carry no column type: give each the target column's, so NULLs and
                // numbers bind as what PostgreSQL expects.
                const QMetaType type = cols.field(i).metaType();
                if (v.isNull())
                    v = QVariant(type);
                else if (type.id() != QMetaType::QString && v.canConvert(type))
                    v.convert(type);
                write.bindValue(i, v);
            }
            if (!write.exec())
                return sqlError(write, QStringLiteral("copying a row of %1").arg(t));
            ++n;
        }
        report.tables.push_back({t, n, 0});
        report.rows += n;
        if (names.contains(QStringLiteral("id"))) {
            // The server hands out ids after the copied ones (tables with a BIGSERIAL id only).
            QSqlQuery seq(dst.db());
            if (!seq.exec(QStringLiteral("SELECT pg_get_serial_sequence('%1', 'id')").arg(t)) || !seq.next())
                return sqlError(seq, QStringLiteral("finding the id sequence of %1").arg(t));
            const QString sequence = seq.value(0).toString();
            seq.finish();
            if (!sequence.isEmpty() &&
                !seq.exec(
                    QStringLiteral("SELECT setval('%1', COALESCE(MAX(id), 1), MAX(id) IS NOT NULL) FROM %2")
                        .arg(sequence, t)))
                return sqlError(seq, QStringLiteral("moving the id sequence of %1").arg(t));
        }
    }
    if (auto st = tx->commit(); !st)
        return st.error();

    for (auto& tc : report.tables) {
        auto n = countRows(dst, tc.table);
        if (!n)
            return n.error();
        tc.target = *n;
        if (tc.target != tc.source)
            return Error{QStringLiteral("db.copy_count_mismatch"),
                         QCoreApplication::translate("Database",
                                                     "Table %1: %2 rows in the file but %3 on the "
                                                     "server after the copy.")
                             .arg(tc.table)
                             .arg(tc.source)
                             .arg(tc.target)};
    }
    auto verdict = JournalRepository(dst).verify();
    if (!verdict)
        return verdict.error();
    if (!verdict->ok())
        return Error{QStringLiteral("db.copy_journal_broken"),
                     QCoreApplication::translate("Database",
                                                 "The journal chain does not verify on the server "
                                                 "after the copy (counter %1): %2")
                         .arg(verdict->firstBreak->counterId, verdict->firstBreak->message)};
    report.journalRowsVerified = verdict->rowsChecked;
    return report;
}

} // namespace pc::db
