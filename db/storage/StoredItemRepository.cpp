#include "StoredItemRepository.h"

#include "db/Bind.h"
#include "db/SqlError.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace pc::db {

namespace {
const QString kColumns = QStringLiteral(
    "item_id, place, holding, category, recipient_name, recipient_name_key, recipient_phone_digits, "
    "cod_kop, no_return, sms_notice, shelf_life_days, arrived_at, storage_from, storage_until, "
    "extended_days, state, state_at, notice_job");

QString isoDate(QDate d)
{
    return d.toString(Qt::ISODate);
}
QString isoTime(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

StoredItemRecord recordFrom(const QSqlQuery& q)
{
    StoredItemRecord r;
    r.itemId = q.value(0).toString();
    r.place = q.value(1).toString();
    r.holding = storage::holdingFromName(q.value(2).toString()).value_or(storage::Holding::Standard);
    r.category = storage::categoryFromName(q.value(3).toString()).value_or(storage::StorageCategory::Parcel);
    r.recipientName = q.value(4).toString();
    r.recipientNameKey = q.value(5).toString();
    r.recipientPhoneDigits = q.value(6).toString();
    r.codKop = q.value(7).toLongLong();
    r.noReturn = q.value(8).toInt() != 0;
    r.smsNotice = q.value(9).toInt() != 0;
    r.shelfLifeDays = q.value(10).toInt();
    r.arrivedAtUtc = QDateTime::fromString(q.value(11).toString(), Qt::ISODateWithMs);
    r.storageFrom = QDate::fromString(q.value(12).toString(), Qt::ISODate);
    r.storageUntil = QDate::fromString(q.value(13).toString(), Qt::ISODate);
    r.extendedDays = q.value(14).toInt();
    r.state = q.value(15).toString();
    r.stateAtUtc = QDateTime::fromString(q.value(16).toString(), Qt::ISODateWithMs);
    if (!q.value(17).isNull())
        r.noticeJob = q.value(17).toLongLong();
    return r;
}
} // namespace

Status StoredItemRepository::insert(const StoredItemRecord& r)
{
    QSqlQuery q(m_c.db());
    q.prepare(
        QStringLiteral("INSERT INTO stored_item (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                       "?, ?, ?)")
            .arg(kColumns));
    q.addBindValue(r.itemId);
    q.addBindValue(textValue(r.place));
    q.addBindValue(storage::holdingName(r.holding));
    q.addBindValue(storage::categoryName(r.category));
    q.addBindValue(textValue(r.recipientName));
    q.addBindValue(textValue(r.recipientNameKey));
    q.addBindValue(textValue(r.recipientPhoneDigits));
    q.addBindValue(r.codKop);
    q.addBindValue(r.noReturn ? 1 : 0);
    q.addBindValue(r.smsNotice ? 1 : 0);
    q.addBindValue(r.shelfLifeDays);
    q.addBindValue(isoTime(r.arrivedAtUtc));
    q.addBindValue(isoDate(r.storageFrom));
    q.addBindValue(isoDate(r.storageUntil));
    q.addBindValue(r.extendedDays);
    q.addBindValue(textValue(r.state));
    q.addBindValue(isoTime(r.stateAtUtc.isValid() ? r.stateAtUtc : r.arrivedAtUtc));
    q.addBindValue(r.noticeJob ? QVariant(*r.noticeJob) : QVariant(QMetaType(QMetaType::LongLong)));
    // A second arrival of the item fails here with db.constraint; the arrival service tells it as
    // "already arrived" once the failed transaction is gone (on PostgreSQL nothing can be read before).
    if (!q.exec())
        return sqlError(q, QStringLiteral("storing item %1").arg(r.itemId));
    return {};
}

Result<QList<StoredItemRecord>> StoredItemRepository::select(const QString& where,
                                                             const QVariantList& binds) const
{
    QSqlQuery q(m_c.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM stored_item WHERE %2").arg(kColumns, where));
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return sqlError(q, QStringLiteral("finding stored items"));
    QList<StoredItemRecord> out;
    while (q.next())
        out.push_back(recordFrom(q));
    return out;
}

Result<std::optional<StoredItemRecord>> StoredItemRepository::find(const QString& itemId) const
{
    auto rows = select(QStringLiteral("item_id = ?"), {itemId});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return std::optional<StoredItemRecord>{};
    return std::optional<StoredItemRecord>(rows->front());
}

Result<QList<StoredItemRecord>> StoredItemRepository::findByPhone(const QString& digits, int limit) const
{
    return select(QStringLiteral("recipient_phone_digits = ? ORDER BY arrived_at DESC LIMIT ?"),
                  {digits, limit});
}

Result<QList<StoredItemRecord>> StoredItemRepository::findByNamePrefix(const QString& key, int limit) const
{
    if (key.isEmpty())
        return QList<StoredItemRecord>{};
    // A range on the index instead of LIKE, which cannot use it for non-ASCII text.
    return select(QStringLiteral("recipient_name_key >= ? AND recipient_name_key < ? "
                                 "ORDER BY recipient_name_key, item_id LIMIT ?"),
                  {key, key + QChar(0xFFFF), limit});
}

Result<QList<StoredItemRecord>> StoredItemRepository::findByIdFragment(const QString& fragment,
                                                                       int limit) const
{
    for (QChar ch : fragment)
        if (!ch.isLetterOrNumber() || ch.unicode() > 127)
            return QList<StoredItemRecord>{};
    if (fragment.isEmpty())
        return QList<StoredItemRecord>{};
    return select(QStringLiteral("item_id LIKE ? ORDER BY arrived_at DESC LIMIT ?"),
                  {QStringLiteral("%%1%").arg(fragment.toUpper()), limit});
}

Result<QList<StoredItemRecord>> StoredItemRepository::storedUntilOnOrBefore(QDate lastDay) const
{
    return select(QStringLiteral("state = 'stored' AND storage_until <= ? ORDER BY storage_until, item_id"),
                  {isoDate(lastDay)});
}

Result<QList<StoredItemRecord>> StoredItemRepository::dueForReminder(QDate lastDay) const
{
    return select(
        QStringLiteral("state = 'stored' AND holding <> 'poste_restante' AND reminded_at IS NULL AND "
                       "storage_until <= ? ORDER BY storage_until, item_id"),
        {isoDate(lastDay)});
}

Status StoredItemRepository::setReminded(const QString& itemId, const QDateTime& atUtc)
{
    QSqlQuery q(m_c.db());
    q.prepare(
        QStringLiteral("UPDATE stored_item SET reminded_at = ? WHERE item_id = ? AND reminded_at IS NULL"));
    q.addBindValue(isoTime(atUtc));
    q.addBindValue(itemId);
    if (!q.exec())
        return sqlError(q, QStringLiteral("recording the reminder for %1").arg(itemId));
    return {};
}

Status StoredItemRepository::setPeriod(const QString& itemId, QDate until, int extendedDays)
{
    QSqlQuery q(m_c.db());
    q.prepare(QStringLiteral("UPDATE stored_item SET storage_until = ?, extended_days = ? WHERE item_id = ? "
                             "AND state = 'stored'"));
    q.addBindValue(isoDate(until));
    q.addBindValue(extendedDays);
    q.addBindValue(itemId);
    if (!q.exec())
        return sqlError(q, QStringLiteral("extending the storage of %1").arg(itemId));
    if (q.numRowsAffected() != 1)
        return Error{QStringLiteral("storage.not_stored"),
                     QCoreApplication::translate("Storage", "Item %1 is not in storage here.").arg(itemId)};
    return {};
}

Status StoredItemRepository::leaveStorage(const QString& itemId, const QString& newState,
                                          const QDateTime& atUtc)
{
    QSqlQuery q(m_c.db());
    q.prepare(QStringLiteral(
        "UPDATE stored_item SET state = ?, state_at = ? WHERE item_id = ? AND state = 'stored'"));
    q.addBindValue(newState);
    q.addBindValue(isoTime(atUtc));
    q.addBindValue(itemId);
    if (!q.exec())
        return sqlError(q, QStringLiteral("taking %1 out of storage").arg(itemId));
    if (q.numRowsAffected() != 1)
        return Error{QStringLiteral("storage.not_stored"),
                     QCoreApplication::translate("Storage", "Item %1 is not in storage here.").arg(itemId)};
    return {};
}

Status StoredItemRepository::setNoticeJob(const QString& itemId, qint64 jobId)
{
    QSqlQuery q(m_c.db());
    q.prepare(QStringLiteral("UPDATE stored_item SET notice_job = ? WHERE item_id = ?"));
    q.addBindValue(jobId);
    q.addBindValue(itemId);
    if (!q.exec())
        return sqlError(q, QStringLiteral("linking the notice of %1").arg(itemId));
    return {};
}

Result<qint64> StoredItemRepository::count() const
{
    QSqlQuery q(m_c.db());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM stored_item")) || !q.next())
        return sqlError(q, QStringLiteral("counting stored items"));
    return q.value(0).toLongLong();
}

} // namespace pc::db
