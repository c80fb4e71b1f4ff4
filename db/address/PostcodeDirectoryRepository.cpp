#include "PostcodeDirectoryRepository.h"

#include "db/SqlError.h"
#include "db/Transaction.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace pc::db {

namespace {

const QString kColumns =
    QStringLiteral("postcode, office_name, region, settlement, kind, closed, source, imported_at");

PostcodeOfficeRecord recordFrom(const QSqlQuery& q)
{
    PostcodeOfficeRecord r;
    r.office.postcode = q.value(0).toString();
    r.office.officeName = q.value(1).toString();
    r.office.region = q.value(2).toString();
    r.office.settlement = q.value(3).toString();
    r.office.kind =
        acceptance::officeKindFromCode(q.value(4).toString()).value_or(acceptance::OfficeKind::Office);
    r.office.closed = q.value(5).toInt() != 0;
    r.source = q.value(6).toString();
    r.importedAtUtc = QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs);
    r.importedAtUtc.setTimeSpec(Qt::UTC);
    return r;
}

} // namespace

Result<std::optional<PostcodeOfficeRecord>> PostcodeDirectoryRepository::lookup(const QString& postcode) const
{
    QSqlQuery q(m_c.db());
    q.prepare(QStringLiteral("SELECT %1 FROM postcode_office WHERE postcode = ?").arg(kColumns));
    q.addBindValue(postcode);
    if (!q.exec())
        return sqlError(q, QStringLiteral("looking up the postcode"));
    if (!q.next())
        return std::optional<PostcodeOfficeRecord>{};
    return std::optional<PostcodeOfficeRecord>(recordFrom(q));
}

Result<QList<PostcodeOfficeRecord>> PostcodeDirectoryRepository::searchPrefix(const QString& prefix,
                                                                              int limit) const
{
    // A range on the primary key instead of LIKE, so the index serves it on SQLite and PostgreSQL alike:
    // postcodes are digits, so every one starting with prefix sorts below prefix + ':' (after '9').
    QSqlQuery q(m_c.db());
    q.prepare(QStringLiteral("SELECT %1 FROM postcode_office WHERE postcode >= ? AND postcode < ? "
                             "ORDER BY postcode LIMIT ?")
                  .arg(kColumns));
    q.addBindValue(prefix);
    q.addBindValue(QString(prefix + u':'));
    q.addBindValue(limit);
    if (!q.exec())
        return sqlError(q, QStringLiteral("searching the postcode directory"));
    QList<PostcodeOfficeRecord> list;
    while (q.next())
        list.push_back(recordFrom(q));
    return list;
}

Result<int> PostcodeDirectoryRepository::importOffices(const QList<acceptance::PostcodeOffice>& offices,
                                                       const QString& source, const QDateTime& nowUtc)
{
    auto tx = Transaction::begin(m_c);
    if (!tx)
        return tx.error();
    QSqlQuery q(m_c.db());
    if (source != QLatin1String(kSampleSource)) {
        q.prepare(QStringLiteral("DELETE FROM postcode_office WHERE source = ?"));
        q.addBindValue(QString::fromLatin1(kSampleSource));
        if (!q.exec())
            return sqlError(q, QStringLiteral("removing the sample postcode directory"));
    }
    if (!q.prepare(
            QStringLiteral(
                "INSERT INTO postcode_office (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (postcode) DO UPDATE SET office_name = excluded.office_name, "
                "region = excluded.region, settlement = excluded.settlement, kind = excluded.kind, "
                "closed = excluded.closed, source = excluded.source, imported_at = excluded.imported_at")
                .arg(kColumns)))
        return sqlError(q, QStringLiteral("preparing the postcode import"));
    const QString at = nowUtc.toUTC().toString(Qt::ISODateWithMs);
    int written = 0;
    for (const auto& o : offices) {
        q.bindValue(0, o.postcode);
        q.bindValue(1, o.officeName);
        q.bindValue(2, o.region.isNull() ? QStringLiteral("") : o.region);
        q.bindValue(3, o.settlement.isNull() ? QStringLiteral("") : o.settlement);
        q.bindValue(4, acceptance::officeKindCode(o.kind));
        q.bindValue(5, o.closed ? 1 : 0);
        q.bindValue(6, source);
        q.bindValue(7, at);
        if (!q.exec())
            return sqlError(q, QStringLiteral("importing postcode %1").arg(o.postcode));
        ++written;
    }
    if (auto st = tx->commit(); !st)
        return st.error();
    return written;
}

Result<int> PostcodeDirectoryRepository::count() const
{
    QSqlQuery q(m_c.db());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM postcode_office")) || !q.next())
        return sqlError(q, QStringLiteral("counting the postcode directory"));
    return q.value(0).toInt();
}

} // namespace pc::db
