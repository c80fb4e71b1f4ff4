#pragma once
// Aggregates over the journal of operations and the receipts for the period report, by UTC hour:
// the service turns UTC hours into office-local days and hours (the database has no time zone and
// the SQL stays portable: substr of the ISO text, no date functions).
#include "db/Connection.h"

#include <QDateTime>
#include <QList>
#include <optional>

namespace pc::db {

struct HourGroup {
    QDateTime hourUtc; // start of the UTC hour
    int opType = 0;
    int opAttr = 0;
    std::optional<int> objectCode; // the item's product, for operations of productOpType only
    qint64 count = 0;
    qint64 amountKop = 0; // sum of operation.amount_kop (NULL counts as 0)
};

struct HourMethodTotal {
    QDateTime hourUtc;
    QString method;       // cash | card | contract
    qint64 amountKop = 0; // sales less refunds
};

// Every counter's operations with fromUtc <= occurred_at < toUtc by UTC hour, type and attr; those
// of productOpType (acceptances: what was sold) also by the item's product. One pass over the
// journal, and the item is looked up only for those operations.
Result<QList<HourGroup>> journalByHour(const Connection& c, const QDateTime& fromUtc, const QDateTime& toUtc,
                                       int productOpType);
// Receipts of every counter by UTC hour and payment method.
Result<QList<HourMethodTotal>> receiptsByHour(const Connection& c, const QDateTime& fromUtc,
                                              const QDateTime& toUtc);

} // namespace pc::db
