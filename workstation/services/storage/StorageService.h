#pragma once
// The storage room as the clerk works with it: finding an arrived item (scan of the item or its Ф.22
// notice, recipient phone, name, identifier fragment) with where it is and what is due; the daily
// list of items whose period ends; extensions on request (6.4 by the addressee, 6.5 by the sender);
// and returning expired items to their senders (3.1) in one batch, except items not to be returned,
// which are kept as unclaimed.
#include "db/Connection.h"
#include "db/storage/StoredItemRepository.h"
#include "domain/Clock.h"
#include "domain/storage/StoragePolicy.h"
#include "services/AppConfig.h"
#include "services/CounterContext.h"

#include <QList>

namespace pc::services {

struct StoredItemView {
    db::StoredItemRecord stored;
    std::optional<int> objectCode;
    qint64 weightG = 0;
    qint64 dueKop = 0; // cash on delivery to collect (fees and charges are added at hand-over)
};

enum class FindBy { Auto, Identifier, Phone, Name };

struct ReturnBatch {
    QStringList returned;  // 3.1 recorded
    QStringList unclaimed; // "not to be returned": kept, no 3.1
};

// The extension limits and fee of this counter's configuration.
inline storage::ExtensionLimits extensionLimitsFrom(const AppConfig& config)
{
    storage::ExtensionLimits limits;
    limits.feePerDayKop = config.storageExtensionFeePerDayKop;
    return limits;
}

class StorageService {
public:
    StorageService(const db::Connection& c, const Clock& clock, CounterContext ctx,
                   storage::ExtensionLimits limits = {})
        : m_c(c), m_clock(clock), m_ctx(std::move(ctx)), m_limits(limits)
    {}

    // Auto: a valid identifier looks up that item; 10+ digits a phone; other letters/digits an
    // identifier fragment; anything else a name prefix.
    Result<QList<StoredItemView>> find(const QString& text, FindBy by = FindBy::Auto) const;
    // Items still stored whose period ends on or before the date (the office's local date).
    Result<QList<StoredItemView>> expiring(QDate lastDay) const;
    Result<StoredItemView> extend(const QString& itemId, int days, bool byAddressee);
    // The daily reminder: items whose period ends within `daysAhead` days of `today` and that were not
    // reminded yet get a secondary notice (8.24 again, one transaction); the list is what the clerk
    // hands to the postman (and, for items with the SMS service, what the SMS notice repeats).
    Result<QList<StoredItemView>> remind(QDate today, int daysAhead = 5);
    // Every item still stored whose last day is before `today`, in ONE transaction.
    Result<ReturnBatch> returnExpired(QDate today);

    QDate localToday() const;

private:
    Result<QList<StoredItemView>> withItems(QList<db::StoredItemRecord> rows) const;
    const db::Connection& m_c;
    const Clock& m_clock;
    CounterContext m_ctx;
    storage::ExtensionLimits m_limits;
};

} // namespace pc::services
