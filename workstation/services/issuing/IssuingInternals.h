#pragma once
// Shared by the IssuingService translation units; not part of the public API.
#include "db/Connection.h"
#include "db/ItemRepository.h"
#include "db/storage/StoredItemRepository.h"
#include "domain/issuing/DueAmount.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcIssuing)

namespace pc::services::issuing_detail {

Error notStored(const QString& id);
QString maskPhone(const QString& digits); // "+7 912 ***-**-89"

struct StoredItem {
    db::StoredItemRecord stored;
    db::ItemRecord item;
};
// The item if it is waiting in storage here; "storage.not_stored" otherwise (also when it was just
// handed over or returned).
Result<StoredItem> storedItem(const db::Connection& c, const QString& itemId);
Result<issuing::ItemDue> dueOf(const db::Connection& c, const issuing::CodFeeSchedule& fees,
                               const StoredItem& s);

} // namespace pc::services::issuing_detail
