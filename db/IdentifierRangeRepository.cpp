#include "IdentifierRangeRepository.h"

#include "Bind.h"
#include "SqlError.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace pc::db {

namespace {
IdentifierRange rangeFrom(const QSqlQuery& q)
{
    IdentifierRange r;
    r.id = q.value(0).toLongLong();
    r.officePostcode = q.value(1).toString();
    r.kind = q.value(2).toString() == QStringLiteral("s10") ? IdKind::S10 : IdKind::Rpo14;
    r.prefix = q.value(3).toString();
    r.country = q.value(4).toString();
    r.firstSerial = q.value(5).toLongLong();
    r.lastSerial = q.value(6).toLongLong();
    r.nextSerial = q.value(7).toLongLong();
    return r;
}
const QString kColumns =
    QStringLiteral("id, office_postcode, kind, prefix, country, first_serial, last_serial, next_serial");
} // namespace

Result<qint64> IdentifierRangeRepository::addRange(const IdentifierRange& r)
{
    // Validate by generating the first and last identifiers: a range that cannot produce valid ones
    // is refused before it reaches the table.
    for (qint64 serial : {r.firstSerial, r.lastSerial}) {
        auto id = r.kind == IdKind::S10 ? makeS10(r.prefix, serial, r.country) : makeRpo14(r.prefix, serial);
        if (!id)
            return id.error();
    }
    QSqlQuery q(m_c.db());
    q.prepare(
        QStringLiteral("INSERT INTO identifier_range (office_postcode, kind, prefix, country, first_serial, "
                       "last_serial, next_serial) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(r.officePostcode);
    q.addBindValue(idKindName(r.kind));
    q.addBindValue(r.prefix.toUpper());
    q.addBindValue(textValue(r.country.toUpper()));
    q.addBindValue(r.firstSerial);
    q.addBindValue(r.lastSerial);
    q.addBindValue(r.nextSerial < r.firstSerial ? r.firstSerial : r.nextSerial);
    if (!q.exec())
        return sqlError(q, QStringLiteral("saving the identifier range"));
    return returnedId(q);
}

Result<QList<IdentifierRange>> IdentifierRangeRepository::ranges(const QString& officePostcode) const
{
    QSqlQuery q(m_c.db());
    q.prepare(QStringLiteral("SELECT %1 FROM identifier_range WHERE office_postcode = ? ORDER BY id")
                  .arg(kColumns));
    q.addBindValue(officePostcode);
    if (!q.exec())
        return sqlError(q, QStringLiteral("reading identifier ranges"));
    QList<IdentifierRange> out;
    while (q.next())
        out.push_back(rangeFrom(q));
    return out;
}

Result<ItemId> IdentifierRangeRepository::allocate(const QString& officePostcode, IdKind kind,
                                                   const QString& serviceIndicator, const QDateTime& atUtc)
{
    QString sql = QStringLiteral("SELECT %1 FROM identifier_range WHERE office_postcode = ? AND kind = ? "
                                 "AND next_serial <= last_serial")
                      .arg(kColumns);
    // A one-letter service ("C") takes any range of that letter (CA, CP…); two letters pick exactly.
    if (kind == IdKind::S10)
        sql += serviceIndicator.size() == 1 ? QStringLiteral(" AND substr(prefix, 1, 1) = ?")
                                            : QStringLiteral(" AND prefix = ?");
    sql += QStringLiteral(" ORDER BY id LIMIT 1");

    // Several windows may take from the same range at once. The increment is one atomic statement:
    // PostgreSQL makes a concurrent allocator wait for the row and re-check "next_serial <= last_serial"
    // on the value the first one committed, so each gets its own serial without an application lock.
    // A range emptied meanwhile returns no row, and the next range is tried.
    for (int tries = 0; tries < 64; ++tries) {
        QSqlQuery q(m_c.db());
        q.prepare(sql);
        q.addBindValue(officePostcode);
        q.addBindValue(idKindName(kind));
        if (kind == IdKind::S10)
            q.addBindValue(serviceIndicator.toUpper());
        if (!q.exec())
            return sqlError(q, QStringLiteral("allocating an identifier"));
        if (!q.next()) {
            const QString what = kind == IdKind::S10 ? QStringLiteral("%1…RU").arg(serviceIndicator.toUpper())
                                                     : QStringLiteral("14-digit");
            return Error{QStringLiteral("id.range_exhausted"),
                         QCoreApplication::translate("Database", "No %1 identifiers are left for office %2. "
                                                                 "Ask the administrator to load a new range.")
                             .arg(what, officePostcode)};
        }
        const IdentifierRange r = rangeFrom(q);
        q.finish();

        QSqlQuery u(m_c.db());
        u.prepare(QStringLiteral("UPDATE identifier_range SET next_serial = next_serial + 1 "
                                 "WHERE id = ? AND next_serial <= last_serial RETURNING next_serial - 1"));
        u.addBindValue(r.id);
        if (!u.exec())
            return sqlError(u, QStringLiteral("allocating an identifier"));
        if (!u.next())
            continue; // another window took the last serial of this range
        const qint64 serial = u.value(0).toLongLong();
        u.finish();

        auto id = r.kind == IdKind::S10 ? makeS10(r.prefix, serial, r.country) : makeRpo14(r.prefix, serial);
        if (!id)
            return id.error();
        QSqlQuery ins(m_c.db());
        ins.prepare(QStringLiteral(
            "INSERT INTO issued_identifier (identifier, range_id, issued_at) VALUES (?, ?, ?)"));
        ins.addBindValue(id->text);
        ins.addBindValue(r.id);
        ins.addBindValue(atUtc.toString(Qt::ISODateWithMs));
        if (!ins.exec())
            return sqlError(ins, QStringLiteral("recording the issued identifier %1").arg(id->text));
        return id;
    }
    return Error{QStringLiteral("db.conflict"),
                 QStringLiteral("Identifier ranges kept running out under other windows; try again.")};
}

Result<bool> IdentifierRangeRepository::wasIssued(const QString& identifier) const
{
    QSqlQuery q(m_c.db());
    q.prepare(QStringLiteral("SELECT 1 FROM issued_identifier WHERE identifier = ?"));
    q.addBindValue(identifier);
    if (!q.exec())
        return sqlError(q, QStringLiteral("looking up an identifier"));
    return q.next();
}

} // namespace pc::db
