#pragma once
// The rows one accepted item leaves, written inside the caller's transaction: the item, its
// operation in the chained journal (tracking 1.1 single, 1.2/1.3 batch) and the tracking event in
// the outbox. AcceptanceService (one item) and SaleService (a basket) both record through here.
#include "db/Connection.h"
#include "domain/ItemIdentifier.h"
#include "domain/TrackingOperation.h"
#include "services/CounterContext.h"

#include <QDateTime>
#include <optional>

namespace pc::services {

struct ItemToRecord {
    ItemId id;
    TrackingOperation op = op::AcceptanceSingle;
    std::optional<int> objectCode;
    qint64 weightG = 0;
    qint64 declaredValueKop = 0;
    qint64 codKop = 0;
    qint64 totalKop = 0;
    QString destination; // postcode or country: the event carries no personal data
    QString details;     // shipment JSON
    std::optional<qint64> receiptId;
    std::optional<qint64> businessListId;
};

struct RecordedItem {
    ItemId id;
    qint64 operationId = 0;
    QString eventId;
    qint64 seq = 0;
};

Result<RecordedItem> recordAcceptance(const db::Connection& c, const CounterContext& ctx,
                                      const QDateTime& nowUtc, const ItemToRecord& item);

// The journal operation and its outbox event alone, for an item already recorded (a void: 26.x with
// the reversed amount negative; the event carries no money then).
Result<RecordedItem> recordOperation(const db::Connection& c, const CounterContext& ctx,
                                     const QDateTime& nowUtc, const ItemToRecord& item);

// The identifier to use: the scanned one, or a new one from the office's range (inside the caller's
// transaction, so a rolled-back acceptance gives the number back).
Result<ItemId> scannedOrAllocated(const db::Connection& c, const CounterContext& ctx, const QDateTime& nowUtc,
                                  const QString& scanned, IdKind kind, const QString& serviceIndicator);

} // namespace pc::services
