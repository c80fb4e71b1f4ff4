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

private:
    const Connection& m_c;
};

} // namespace pc::db
