#pragma once
// Postal items known to this office.
#include "Connection.h"
#include "domain/ItemIdentifier.h"

#include <QDateTime>
#include <QList>
#include <optional>

namespace pc::db {

struct ItemRecord {
    QString id;
    IdKind kind = IdKind::Rpo14;
    std::optional<int> objectCode;
    qint64 weightG = 0;
    qint64 declaredValueKop = 0;
    qint64 codKop = 0;
    qint64 totalKop = 0;
    QString status; // "accepted", …
    QString officePostcode;
    QString counterId;
    QDateTime acceptedAtUtc;
    std::optional<qint64> receiptId;
    QString details; // shipment JSON (addresses, services, customs, inventory); empty for old rows
    std::optional<qint64> businessListId;
    std::optional<QDateTime> voidedAtUtc;
};

class ItemRepository {
public:
    explicit ItemRepository(const Connection& c) : m_c(c) {}

    Status insert(const ItemRecord& item);
    Result<std::optional<ItemRecord>> find(const QString& id) const;
    // Items accepted at a counter in [fromUtc, toUtc), newest first.
    Result<QList<ItemRecord>> acceptedBetween(const QString& counterId, const QDateTime& fromUtc,
                                              const QDateTime& toUtc) const;
    Result<qint64> count() const;
    Result<QList<ItemRecord>> forReceipt(qint64 receiptId) const;
    // accepted → voided; refused when the item is not accepted (already voided, handed out…).
    Status markVoided(const QString& id, const QDateTime& atUtc);

private:
    const Connection& m_c;
};

} // namespace pc::db
