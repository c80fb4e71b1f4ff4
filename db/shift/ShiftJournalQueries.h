#pragma once
// Aggregates over the journal of operations (operation joined with item) for a counter and a time
// window. Reports are built from these, never from counters kept on the side.
#include "db/Connection.h"

#include <QDateTime>
#include <QList>
#include <optional>

namespace pc::db {

// One group: operations of one tracking type.attr on items of one product (object code).
struct JournalGroup {
    int opType = 0;
    int opAttr = 0;
    std::optional<int> objectCode; // unknown when the item has none
    qint64 count = 0;
    qint64 amountKop = 0; // sum of operation.amount_kop (NULL counts as 0)
    qint64 codKop = 0;    // sum of item.cod_kop over these operations
    QString counterId;    // filled by officeJournalGroups()
};

// Operations at counterId with fromUtc <= occurred_at < toUtc, grouped by type, attr and product.
Result<QList<JournalGroup>> journalGroups(const Connection& c, const QString& counterId,
                                          const QDateTime& fromUtc, const QDateTime& toUtc);

// Every counter of the database (the office), grouped by counter, type and attr only (objectCode
// unset, codKop 0).
Result<QList<JournalGroup>> officeJournalGroups(const Connection& c, const QDateTime& fromUtc,
                                                const QDateTime& toUtc);

} // namespace pc::db
