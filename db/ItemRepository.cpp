#include "ItemRepository.h"

#include "Bind.h"
#include "SqlError.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace pc::db {

namespace {
const QString kColumns =
    QStringLiteral("id, kind, object_code, weight_g, declared_value_kop, cod_kop, total_kop, "
                   "status, office_postcode, counter_id, accepted_at, receipt_id, details, business_list_id, "
                   "voided_at");
ItemRecord itemFrom(const QSqlQuery& q)
{
    ItemRecord r;
    r.id = q.value(0).toString();
    r.kind = q.value(1).toString() == QStringLiteral("s10") ? IdKind::S10 : IdKind::Rpo14;
    if (!q.value(2).isNull())
        r.objectCode = q.value(2).toInt();
    r.weightG = q.value(3).toLongLong();
    r.declaredValueKop = q.value(4).toLongLong();
    r.codKop = q.value(5).toLongLong();
    r.totalKop = q.value(6).toLongLong();
    r.status = q.value(7).toString();
    r.officePostcode = q.value(8).toString();
    r.counterId = q.value(9).toString();
    r.acceptedAtUtc = QDateTime::fromString(q.value(10).toString(), Qt::ISODateWithMs);
    if (!q.value(11).isNull())
        r.receiptId = q.value(11).toLongLong();
    r.details = q.value(12).toString();
    if (!q.value(13).isNull())
        r.businessListId = q.value(13).toLongLong();
    if (!q.value(14).isNull())
        r.voidedAtUtc = QDateTime::fromString(q.value(14).toString(), Qt::ISODateWithMs);
    return r;
}
} // namespace

Status ItemRepository::insert(const ItemRecord& it)
{
    QSqlQuery q(m_c.db());
    q.prepare(QStringLiteral("INSERT INTO item (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                  .arg(kColumns));
    q.addBindValue(it.id);
    q.addBindValue(idKindName(it.kind));
    q.addBindValue(it.objectCode ? QVariant(*it.objectCode) : QVariant(QMetaType(QMetaType::Int)));
    q.addBindValue(it.weightG);
    q.addBindValue(it.declaredValueKop);
    q.addBindValue(it.codKop);
    q.addBindValue(it.totalKop);
    q.addBindValue(textValue(it.status));
    q.addBindValue(textValue(it.officePostcode));
    q.addBindValue(textValue(it.counterId));
    q.addBindValue(it.acceptedAtUtc.toUTC().toString(Qt::ISODateWithMs));
    q.addBindValue(it.receiptId ? QVariant(*it.receiptId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(it.details.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(it.details));
    q.addBindValue(it.businessListId ? QVariant(*it.businessListId)
                                     : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(it.voidedAtUtc ? QVariant(it.voidedAtUtc->toUTC().toString(Qt::ISODateWithMs))
                                  : QVariant(QMetaType(QMetaType::QString)));
    if (!q.exec()) {
        Error e = sqlError(q, QStringLiteral("saving item %1").arg(it.id));
        if (isUniqueViolation(q))
            return Error{
                QStringLiteral("item.already_accepted"),
                QCoreApplication::translate("Database", "Item %1 has already been accepted.").arg(it.id)};
        return e;
    }
    return {};
}

Result<std::optional<ItemRecord>> ItemRepository::find(const QString& id) const
{
    QSqlQuery q(m_c.db());
    q.prepare(QStringLiteral("SELECT %1 FROM item WHERE id = ?").arg(kColumns));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q, QStringLiteral("finding item %1").arg(id));
    if (!q.next())
        return std::optional<ItemRecord>{};
    return std::optional<ItemRecord>(itemFrom(q));
}

Result<QList<ItemRecord>> ItemRepository::acceptedBetween(const QString& counterId, const QDateTime& fromUtc,
                                                          const QDateTime& toUtc) const
{
    QSqlQuery q(m_c.db());
    q.prepare(
        QStringLiteral("SELECT %1 FROM item WHERE counter_id = ? AND accepted_at >= ? AND accepted_at < ? "
                       "ORDER BY accepted_at DESC, id DESC")
            .arg(kColumns));
    q.addBindValue(counterId);
    q.addBindValue(fromUtc.toUTC().toString(Qt::ISODateWithMs));
    q.addBindValue(toUtc.toUTC().toString(Qt::ISODateWithMs));
    if (!q.exec())
        return sqlError(q, QStringLiteral("listing today's items"));
    QList<ItemRecord> out;
    while (q.next())
        out.push_back(itemFrom(q));
    return out;
}

Result<qint64> ItemRepository::count() const
{
    QSqlQuery q(m_c.db());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM item")) || !q.next())
        return sqlError(q, QStringLiteral("counting items"));
    return q.value(0).toLongLong();
}

Result<QList<ItemRecord>> ItemRepository::forReceipt(qint64 receiptId) const
{
    QSqlQuery q(m_c.db());
    q.prepare(
        QStringLiteral("SELECT %1 FROM item WHERE receipt_id = ? ORDER BY accepted_at, id").arg(kColumns));
    q.addBindValue(receiptId);
    if (!q.exec())
        return sqlError(q, QStringLiteral("listing the items of receipt %1").arg(receiptId));
    QList<ItemRecord> out;
    while (q.next())
        out.push_back(itemFrom(q));
    return out;
}

Status ItemRepository::markVoided(const QString& id, const QDateTime& atUtc)
{
    QSqlQuery q(m_c.db());
    q.prepare(QStringLiteral(
        "UPDATE item SET status = 'voided', voided_at = ? WHERE id = ? AND status = 'accepted'"));
    q.addBindValue(atUtc.toUTC().toString(Qt::ISODateWithMs));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q, QStringLiteral("voiding item %1").arg(id));
    if (q.numRowsAffected() != 1)
        return Error{
            QStringLiteral("item.not_voidable"),
            QCoreApplication::translate("Database", "Item %1 is not an accepted item: it cannot be voided.")
                .arg(id)};
    return {};
}

} // namespace pc::db
