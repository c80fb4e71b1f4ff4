#pragma once
// Accepting an item at the counter. One acceptance is ONE transaction: the allocated identifier,
// the item, the operation (tracking 1.1) and its outbox event commit together or not at all.
#include "CounterContext.h"
#include "db/Connection.h"
#include "domain/Clock.h"
#include "domain/ItemIdentifier.h"
#include "domain/Weight.h"

#include <QList>
#include <functional>
#include <optional>

namespace pc::db {
struct ItemRecord;
}

namespace pc::services {

struct AcceptanceRequest {
    QString scannedId;                               // empty → allocate a new identifier
    IdKind allocateKind = IdKind::Rpo14;             // when allocating
    QString serviceIndicator = QStringLiteral("RA"); // S10 allocation
    Weight weight;
    std::optional<int> objectCode;
    qint64 declaredValueKop = 0;
    qint64 codKop = 0;
    qint64 totalKop = 0;
    QString destination; // postcode or country; no personal data
};

struct AcceptedItem {
    ItemId id;
    qint64 operationId = 0;
    QString eventId;
    qint64 seq = 0;
    QDateTime atUtc;
    qint64 weightG = 0;
};

class AcceptanceService {
public:
    AcceptanceService(const db::Connection& c, const Clock& clock, CounterContext ctx)
        : m_c(c), m_clock(clock), m_ctx(std::move(ctx))
    {}

    Result<AcceptedItem> accept(const AcceptanceRequest& request);
    // Allocates an identifier on its own (postcounter-cli id next; pre-printing labels).
    Result<ItemId> allocateIdentifier(IdKind kind, const QString& serviceIndicator);
    // Items accepted at this counter since the office's local midnight, newest first.
    Result<QList<db::ItemRecord>> acceptedToday() const;

    const CounterContext& context() const { return m_ctx; }

    // Operations need an open shift (issue 9): when set, every acceptance asks this first and is
    // refused with its reason. Unset (tests of acceptance alone), acceptance does not ask.
    void setShiftCheck(std::function<Status(const QString& counterId)> check)
    {
        m_shiftCheck = std::move(check);
    }

private:
    const db::Connection& m_c;
    const Clock& m_clock;
    CounterContext m_ctx;
    std::function<Status(const QString&)> m_shiftCheck;
};

} // namespace pc::services
