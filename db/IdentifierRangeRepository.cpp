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
    r.counterId = q.value(8).toString();
    return r;
}
const QString kColumns = QStringLiteral(
    "id, office_postcode, kind, prefix, country, first_serial, last_serial, next_serial, counter_id");
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
                       "last_serial, next_serial, counter_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(r.officePostcode);
    q.addBindValue(idKindName(r.kind));
    q.addBindValue(r.prefix.toUpper());
    q.addBindValue(textValue(r.country.toUpper()));
    q.addBindValue(r.firstSerial);
    q.addBindValue(r.lastSerial);
    q.addBindValue(r.nextSerial < r.firstSerial ? r.firstSerial : r.nextSerial);
    q.addBindValue(r.counterId.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(r.counterId));
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
                                                   const QString& serviceIndicator, const QDateTime& atUtc,
                                                   const QString& counterId)
{
    QString sql = QStringLiteral("SELECT %1 FROM identifier_range WHERE office_postcode = ? AND kind = ? "
                                 "AND next_serial <= last_serial AND (counter_id IS NULL OR counter_id = ?)")
                      .arg(kColumns);
    // A one-letter service ("C") takes any range of that letter (CA, CP…); two letters pick exactly.
    if (kind == IdKind::S10)
        sql += serviceIndicator.size() == 1 ? QStringLiteral(" AND substr(prefix, 1, 1) = ?")
                                            : QStringLiteral(" AND prefix = ?");
    // The counter's own ranges first: shared ones are the reserve every window falls back on.
    sql += QStringLiteral(" ORDER BY CASE WHEN counter_id IS NULL THEN 1 ELSE 0 END, id LIMIT 1");

    // Several windows may take from the same range at once. The increment is one atomic statement:
    // PostgreSQL makes a concurrent allocator wait for the row and re-check "next_serial <= last_serial"
    // on the value the first one committed, so each gets its own serial without an application lock.
    // A range emptied meanwhile returns no row, and the next range is tried.
    for (int tries = 0; tries < 64; ++tries) {
        QSqlQuery q(m_c.db());
        q.prepare(sql);
        q.addBindValue(officePostcode);
        q.addBindValue(idKindName(kind));
        q.addBindValue(counterId);
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

Result<QList<qint64>> IdentifierRangeRepository::splitAmongCounters(qint64 rangeId,
                                                                    const QStringList& counterIds)
{
    if (counterIds.isEmpty())
        return Error{QStringLiteral("id.split"),
                     QStringLiteral("name the counters to split the range among")};
    QSqlQuery q(m_c.db());
    q.prepare(QStringLiteral("SELECT %1 FROM identifier_range WHERE id = ?").arg(kColumns));
    q.addBindValue(rangeId);
    if (!q.exec())
        return sqlError(q, QStringLiteral("reading identifier range %1").arg(rangeId));
    if (!q.next())
        return Error{
            QStringLiteral("id.unknown_range"),
            QCoreApplication::translate("Database", "There is no identifier range %1.").arg(rangeId)};
    const IdentifierRange r = rangeFrom(q);
    q.finish();
    if (!r.counterId.isEmpty())
        return Error{QStringLiteral("id.split"),
                     QCoreApplication::translate("Database", "Range %1 already belongs to counter %2.")
                         .arg(rangeId)
                         .arg(r.counterId)};
    const qint64 left = r.remaining();
    const qint64 n = counterIds.size();
    if (left < n)
        return Error{QStringLiteral("id.split"),
                     QCoreApplication::translate(
                         "Database", "Range %1 has %2 identifiers left, fewer than the %3 counters.")
                         .arg(rangeId)
                         .arg(left)
                         .arg(n)};
    // Equal consecutive parts; the first ones take the remainder's extra serials.
    QList<qint64> ids;
    qint64 from = r.nextSerial;
    for (qint64 i = 0; i < n; ++i) {
        const qint64 size = left / n + (i < left % n ? 1 : 0);
        const qint64 to = from + size - 1;
        if (i == 0) {
            // The row keeps its history (issued_identifier points at it) and becomes counter 1's part.
            QSqlQuery u(m_c.db());
            u.prepare(QStringLiteral("UPDATE identifier_range SET last_serial = ?, counter_id = ? "
                                     "WHERE id = ? AND next_serial = ? AND counter_id IS NULL"));
            u.addBindValue(to);
            u.addBindValue(counterIds[0]);
            u.addBindValue(rangeId);
            u.addBindValue(r.nextSerial);
            if (!u.exec())
                return sqlError(u, QStringLiteral("splitting identifier range %1").arg(rangeId));
            if (u.numRowsAffected() != 1)
                return Error{
                    QStringLiteral("db.conflict"),
                    QStringLiteral("Range %1 was used while it was being split; try again.").arg(rangeId)};
            ids << rangeId;
        } else {
            IdentifierRange part = r;
            part.firstSerial = from;
            part.nextSerial = from;
            part.lastSerial = to;
            part.counterId = counterIds[int(i)];
            auto id = addRange(part);
            if (!id)
                return id.error();
            ids << *id;
        }
        from = to + 1;
    }
    return ids;
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
