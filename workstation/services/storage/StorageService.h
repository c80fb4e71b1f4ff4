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
