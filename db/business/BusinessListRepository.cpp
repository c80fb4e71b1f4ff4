#include "BusinessListRepository.h"

#include "db/Bind.h"
#include "db/SqlError.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace pc::db {

namespace {
const QString kListColumns =
    QStringLiteral("l.id, l.client_name, l.client_inn, l.contract, l.source_name, l.source_sha256, l.format, "
                   "l.lines_total, l.lines_rejected, l.state, l.imported_at, l.closed_at, l.closed_by, "
                   "(SELECT COUNT(*) FROM business_item b WHERE b.list_id = l.id AND b.state = 'expected'), "
                   "(SELECT COUNT(*) FROM business_item b WHERE b.list_id = l.id AND b.state = 'accepted')");
const QString kItemColumns =
    QStringLiteral("barcode, list_id, line_no, object_code, shipment, total_kop, state, accepted_at");

QDateTime utc(const QVariant& v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

BusinessListRecord listFrom(const QSqlQuery& q)
{
    BusinessListRecord r;
    r.id = q.value(0).toLongLong();
    r.clientName = q.value(1).toString();
    r.clientInn = q.value(2).toString();
    r.contract = q.value(3).toString();
    r.sourceName = q.value(4).toString();
    r.sourceSha256 = q.value(5).toString();
    r.format = q.value(6).toString();
    r.linesTotal = q.value(7).toInt();
    r.linesRejected = q.value(8).toInt();
    r.state = q.value(9).toString();
    r.importedAtUtc = utc(q.value(10));
    if (!q.value(11).isNull())
        r.closedAtUtc = utc(q.value(11));
    r.closedBy = q.value(12).toString();
    r.expected = q.value(13).toInt();
    r.accepted = q.value(14).toInt();
    return r;
}

BusinessItemRecord itemFrom(const QSqlQuery& q)
{
    BusinessItemRecord r;
    r.barcode = q.value(0).toString();
    r.listId = q.value(1).toLongLong();
    r.lineNo = q.value(2).toInt();
    r.objectCode = q.value(3).toInt();
    r.shipment = q.value(4).toString();
    r.totalKop = q.value(5).toLongLong();
    r.state = q.value(6).toString();
    if (!q.value(7).isNull())
        r.acceptedAtUtc = utc(q.value(7));
    return r;
}
} // namespace

Result<qint64> BusinessListRepository::createList(const BusinessListRecord& l)
{
    QSqlQuery q(m_c.db());
    q.prepare(QStringLiteral("INSERT INTO business_list (client_name, client_inn, contract, source_name, "
                             "source_sha256, format, lines_total, lines_rejected, state, imported_at) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'open', ?) RETURNING id"));
    q.addBindValue(textValue(l.clientName));
    q.addBindValue(textValue(l.clientInn));
    q.addBindValue(textValue(l.contract));
    q.addBindValue(textValue(l.sourceName));
    q.addBindValue(textValue(l.sourceSha256));
    q.addBindValue(l.format);
    q.addBindValue(l.linesTotal);
    q.addBindValue(l.linesRejected);
    q.addBindValue(l.importedAtUtc.toUTC().toString(Qt::ISODateWithMs));
    if (!q.exec())
        return sqlError(q, QStringLiteral("recording the business list %1").arg(l.sourceName));
    return returnedId(q);
}

Status BusinessListRepository::insertItems(const QList<BusinessItemRecord>& items)
{
    QSqlQuery q(m_c.db());
    q.prepare(QStringLiteral("INSERT INTO business_item (barcode, list_id, line_no, object_code, shipment, "
                             "total_kop, state) VALUES (?, ?, ?, ?, ?, ?, 'expected')"));
    for (const BusinessItemRecord& it : items) {
        q.addBindValue(it.barcode);
        q.addBindValue(it.listId);
        q.addBindValue(it.lineNo);
        q.addBindValue(it.objectCode);
        q.addBindValue(it.shipment);
        q.addBindValue(it.totalKop);
        if (!q.exec())
            return sqlError(q, QStringLiteral("recording item %1 of the business list").arg(it.barcode));
    }
    return {};
}

Result<std::optional<BusinessItemRecord>> BusinessListRepository::findItem(const QString& barcode) const
{
    QSqlQuery q(m_c.db());
    q.prepare(QStringLiteral("SELECT %1 FROM business_item WHERE barcode = ?").arg(kItemColumns));
    q.addBindValue(barcode);
    if (!q.exec())
        return sqlError(q, QStringLiteral("finding business item %1").arg(barcode));
    if (!q.next())
        return std::optional<BusinessItemRecord>{};
    return std::optional<BusinessItemRecord>(itemFrom(q));
}

Status BusinessListRepository::markAccepted(const QString& barcode, const QDateTime& atUtc)
{
    QSqlQuery q(m_c.db());
    q.prepare(QStringLiteral("UPDATE business_item SET state = 'accepted', accepted_at = ? WHERE barcode = ? "
                             "AND state = 'expected'"));
    q.addBindValue(atUtc.toUTC().toString(Qt::ISODateWithMs));
    q.addBindValue(barcode);
    if (!q.exec())
        return sqlError(q, QStringLiteral("marking business item %1 accepted").arg(barcode));
    if (q.numRowsAffected() != 1)
        return Error{QStringLiteral("business.already_scanned"),
                     QCoreApplication::translate("Database", "Item %1 has already been scanned and accepted.")
                         .arg(barcode)};
    return {};
}

Result<QList<BusinessItemRecord>> BusinessListRepository::items(qint64 listId, const QString& state) const
{
    QSqlQuery q(m_c.db());
    q.prepare(QStringLiteral("SELECT %1 FROM business_item WHERE list_id = ?%2 ORDER BY line_no")
                  .arg(kItemColumns, state.isEmpty() ? QString() : QStringLiteral(" AND state = ?")));
    q.addBindValue(listId);
    if (!state.isEmpty())
        q.addBindValue(state);
    if (!q.exec())
        return sqlError(q, QStringLiteral("listing the items of business list %1").arg(listId));
    QList<BusinessItemRecord> out;
    while (q.next())
        out.push_back(itemFrom(q));
    return out;
}

Result<BusinessListRecord> BusinessListRepository::list(qint64 id) const
{
    QSqlQuery q(m_c.db());
    q.prepare(QStringLiteral("SELECT %1 FROM business_list l WHERE l.id = ?").arg(kListColumns));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q, QStringLiteral("reading business list %1").arg(id));
    if (!q.next())
        return Error{QStringLiteral("business.unknown_list"),
                     QCoreApplication::translate("Database", "There is no business list %1.").arg(id)};
    return listFrom(q);
}

Result<QList<BusinessListRecord>> BusinessListRepository::lists(bool openOnly) const
{
    QSqlQuery q(m_c.db());
    q.prepare(QStringLiteral("SELECT %1 FROM business_list l%2 ORDER BY l.id DESC")
                  .arg(kListColumns, openOnly ? QStringLiteral(" WHERE l.state = 'open'") : QString()));
    if (!q.exec())
        return sqlError(q, QStringLiteral("listing business lists"));
    QList<BusinessListRecord> out;
    while (q.next())
        out.push_back(listFrom(q));
    return out;
}

Status BusinessListRepository::close(qint64 id, const QString& by, const QDateTime& atUtc)
{
    QSqlQuery q(m_c.db());
    q.prepare(QStringLiteral("UPDATE business_list SET state = 'closed', closed_at = ?, closed_by = ? WHERE "
                             "id = ? AND state = 'open'"));
    q.addBindValue(atUtc.toUTC().toString(Qt::ISODateWithMs));
    q.addBindValue(by);
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q, QStringLiteral("closing business list %1").arg(id));
    if (q.numRowsAffected() != 1)
        return Error{QStringLiteral("business.list_closed"),
                     QCoreApplication::translate("Database", "Business list %1 is already closed.").arg(id)};
    return {};
}

Result<QStringList> BusinessListRepository::existingBarcodes(const QStringList& barcodes) const
{
    QStringList out;
    QSqlQuery q(m_c.db());
    q.prepare(QStringLiteral("SELECT 1 FROM business_item WHERE barcode = ?"));
    for (const QString& b : barcodes) {
        q.addBindValue(b);
        if (!q.exec())
            return sqlError(q, QStringLiteral("checking business item %1").arg(b));
        if (q.next())
            out << b;
    }
    return out;
}

} // namespace pc::db
