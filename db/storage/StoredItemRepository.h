#pragma once
// Items that arrived at this office and wait for their addressee: where each is kept, until when,
// and what became of it. Looked up by identifier, recipient phone or name among a million rows.
#include "db/Connection.h"
#include "domain/storage/StoragePolicy.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <optional>

namespace pc::db {

struct StoredItemRecord {
    QString itemId;
    QString place;
    storage::Holding holding = storage::Holding::Standard;
    storage::StorageCategory category = storage::StorageCategory::Parcel;
    QString recipientName;
    QString recipientNameKey;     // storage::nameKey
    QString recipientPhoneDigits; // storage::phoneDigits
    qint64 codKop = 0;
    bool noReturn = false;
    bool smsNotice = false;
    int shelfLifeDays = 0;
    QDateTime arrivedAtUtc;
    QDate storageFrom;
    QDate storageUntil;
    int extendedDays = 0;
    QString state = QStringLiteral("stored"); // stored | delivered | returned | unclaimed
    QDateTime stateAtUtc;
    std::optional<qint64> noticeJob;

    storage::StoragePeriod period() const
    {
        return {storageFrom, storageUntil, int(storageFrom.daysTo(storageUntil)) + 1};
    }
};

class StoredItemRepository {
public:
    explicit StoredItemRepository(const Connection& c) : m_c(c) {}

    // db.constraint when the item is already stored here (ArrivalService says "already arrived").
    Status insert(const StoredItemRecord& r);
    Result<std::optional<StoredItemRecord>> find(const QString& itemId) const;
    Result<QList<StoredItemRecord>> findByPhone(const QString& digits, int limit = 50) const;
    // Names whose key starts with the given key ("иванов" finds "Иванова Анна").
    Result<QList<StoredItemRecord>> findByNamePrefix(const QString& key, int limit = 50) const;
    // Identifiers containing the fragment (letters and digits only), e.g. the last digits of a barcode.
    Result<QList<StoredItemRecord>> findByIdFragment(const QString& fragment, int limit = 50) const;
    // Items still stored whose last day is on or before `lastDay`, soonest first.
    Result<QList<StoredItemRecord>> storedUntilOnOrBefore(QDate lastDay) const;
    // Items still stored, not yet reminded, that wait for an addressee (not poste restante) and whose
    // last day is on or before `lastDay`.
    Result<QList<StoredItemRecord>> dueForReminder(QDate lastDay) const;
    Status setReminded(const QString& itemId, const QDateTime& atUtc);

    Status setPeriod(const QString& itemId, QDate until, int extendedDays);
    // stored → newState; refused ("storage.not_stored") when the item is not stored any more.
    Status leaveStorage(const QString& itemId, const QString& newState, const QDateTime& atUtc);
    Status setNoticeJob(const QString& itemId, qint64 jobId);
    Result<qint64> count() const;

private:
    Result<QList<StoredItemRecord>> select(const QString& where, const QVariantList& binds) const;
    const Connection& m_c;
};

} // namespace pc::db
