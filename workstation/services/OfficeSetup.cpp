#include "OfficeSetup.h"

#include "db/IdentifierRangeRepository.h"
#include "db/OfficeRepository.h"
#include "db/Transaction.h"
#include "setup/RangeSpec.h"

namespace pc::services {

Status ensureOfficeAndCounter(const db::Connection& c, const AppConfig& cfg)
{
    auto tx = db::Transaction::begin(c);
    if (!tx)
        return tx.error();
    db::OfficeRepository offices(c);
    if (auto st =
            offices.upsertOffice({cfg.officePostcode, cfg.officeName, cfg.officeRegion, cfg.utcOffsetMin});
        !st)
        return st;
    if (auto st = offices.upsertCounter({cfg.counterId, cfg.officePostcode, cfg.counterName}); !st)
        return st;
    // Ranges written by `setup` (identifiers/ranges) reach the database on its first opening.
    if (auto st = addConfiguredRanges(c, cfg.officePostcode, cfg.identifierRanges); !st)
        return st;
    return tx->commit();
}

Status seedDemoRanges(const db::Connection& c, const QString& postcode)
{
    db::IdentifierRangeRepository ranges(c);
    auto existing = ranges.ranges(postcode);
    if (!existing)
        return existing.error();
    if (!existing->isEmpty())
        return {};
    auto tx = db::Transaction::begin(c);
    if (!tx)
        return tx.error();
    // Month counter "25": opaque to us, issued by the network with the range.
    const QList<db::IdentifierRange> sample = {
        {0, postcode, IdKind::Rpo14, postcode + QStringLiteral("25"), QString(), 1, 99999, 1, {}},
        {0,
         postcode,
         IdKind::S10,
         QStringLiteral("RA"),
         QStringLiteral("RU"),
         10000000,
         19999999,
         10000000,
         {}},
        {0,
         postcode,
         IdKind::S10,
         QStringLiteral("CP"),
         QStringLiteral("RU"),
         20000000,
         29999999,
         20000000,
         {}},
        {0,
         postcode,
         IdKind::S10,
         QStringLiteral("EE"),
         QStringLiteral("RU"),
         30000000,
         39999999,
         30000000,
         {}},
        {0,
         postcode,
         IdKind::S10,
         QStringLiteral("UA"),
         QStringLiteral("RU"),
         40000000,
         49999999,
         40000000,
         {}},
        {0,
         postcode,
         IdKind::S10,
         QStringLiteral("LA"),
         QStringLiteral("RU"),
         50000000,
         59999999,
         50000000,
         {}},
    };
    for (const auto& r : sample)
        if (auto id = ranges.addRange(r); !id)
            return id.error();
    return tx->commit();
}

CounterContext counterContextFrom(const AppConfig& cfg)
{
    return {cfg.officePostcode, cfg.counterId, cfg.operatorId, cfg.utcOffsetMin};
}

} // namespace pc::services
