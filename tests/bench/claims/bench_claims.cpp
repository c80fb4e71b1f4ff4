// Search claims on a SQLite file: opening a claim (prefill, number, claim + event + two print jobs in
// one durable transaction) and the open/overdue lists with many claims on file.
#include "db/Connection.h"
#include "domain/ItemIdentifier.h"
#include "services/OfficeSetup.h"
#include "services/acceptance/CounterServices.h"
#include "services/claims/ClaimService.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>

using namespace pc;

namespace {
struct Desk {
    QTemporaryDir dir;
    std::optional<db::Connection> c;
    FixedClock clock{QDateTime(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC)};
    services::AppConfig cfg;
    std::unique_ptr<services::ClaimService> claims;
    qint64 next = 0;

    Desk()
    {
        auto opened = db::openSqlite({dir.filePath(QStringLiteral("bench.db"))});
        c.emplace(std::move(opened.value()));
        cfg.officePostcode = QStringLiteral("101000");
        cfg.officeName = QStringLiteral("Москва 101000");
        cfg.counterId = QStringLiteral("1");
        cfg.operatorId = QStringLiteral("clerk");
        (void)services::ensureOfficeAndCounter(*c, cfg);
        claims = std::make_unique<services::ClaimService>(*c, clock, services::counterContextFrom(cfg),
                                                          services::officeInfoFrom(cfg));
    }
    bool open()
    {
        services::ClaimRequest r;
        r.itemId = makeRpo14(u"10100025", next++ % 100000).value().text;
        r.name = QStringLiteral("Орлов Павел Сергеевич");
        r.acceptedOn = QDate(2026, 10, 1);
        return claims->open(r).ok();
    }
};
} // namespace

static void BM_OpenClaim(benchmark::State& state)
{
    Desk d;
    for (auto _ : state)
        if (!d.open())
            state.SkipWithError("open failed");
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_OpenClaim)->Unit(benchmark::kMillisecond)->Iterations(300);

static void BM_ListOpen(benchmark::State& state)
{
    Desk d;
    for (int i = 0; i < state.range(0); ++i)
        d.open();
    for (auto _ : state) {
        auto l = d.claims->listOpen();
        benchmark::DoNotOptimize(l);
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_ListOpen)->Arg(1000)->Unit(benchmark::kMillisecond);

static void BM_ListOverdue(benchmark::State& state)
{
    Desk d;
    for (int i = 0; i < state.range(0); ++i)
        d.open();
    d.clock.set(QDateTime(QDate(2027, 1, 30), QTime(9, 0), Qt::UTC));
    for (auto _ : state) {
        auto l = d.claims->listOverdue();
        benchmark::DoNotOptimize(l);
    }
}
BENCHMARK(BM_ListOverdue)->Arg(1000)->Unit(benchmark::kMillisecond);

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    return 0;
}
