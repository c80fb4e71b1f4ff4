// Closing a shift of 5 000 operations with its Z-report (target < 200 ms, issue 9), and the X-report
// alone over the same journal. The journal rows are written with the timer paused.
#include "ShiftTestData.h"
#include "db/Transaction.h"
#include "services/shift/ShiftReportFormat.h"
#include "services/shift/ShiftService.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>

using namespace pc;
using namespace pc::services;

namespace {
constexpr int kOperations = 5000;

struct Fixture {
    QTemporaryDir dir;
    std::optional<db::Connection> c;
    FixedClock clock{QDateTime(QDate(2026, 1, 5), QTime(6, 0), Qt::UTC)};
    std::optional<OperatorService> ops;
    int itemSerial = 0;

    Fixture()
    {
        c = testing::openScratch(dir, QStringLiteral("bench.db"));
        ops.emplace(*c, clock, OperatorPolicy{5, 600, HashCost::minimal()});
        (void)ops->add(
            {QStringLiteral("clerk"), QStringLiteral("Clerk"), Role::Operator, QStringLiteral("c")});
    }

    // Opens a shift and writes kOperations journal rows into it (mixed kinds and products).
    qint64 openShiftWithOperations()
    {
        ShiftService svc(*c, clock, *ops);
        auto s = svc.open(QStringLiteral("1"), QStringLiteral("clerk"), 500000);
        auto tx = db::Transaction::begin(*c);
        const QDateTime start = clock.nowUtc();
        static const int codes[] = {4020, 4030, 2010, 2020, 3010, 7020, 27020};
        for (int i = 0; i < kOperations; ++i) {
            const QString item = QStringLiteral("B%1").arg(++itemSerial, 9, 10, QLatin1Char('0'));
            const TrackingOperation op = i % 10 == 9 ? op::DeliveredToAddressee : op::AcceptanceSingle;
            (void)testing::addJournalRow(*c, QStringLiteral("1"), item, op, 10000 + (i % 97) * 100,
                                         start.addMSecs(i * 5000LL), codes[i % 7]);
        }
        (void)tx->commit();
        clock.advanceSecs(8 * 3600);
        return s ? s->id : 0;
    }
};
} // namespace

static void BM_CloseShift5000(benchmark::State& state)
{
    Fixture f;
    for (auto _ : state) {
        state.PauseTiming();
        const qint64 id = f.openShiftWithOperations();
        ShiftService svc(*f.c, f.clock, *f.ops);
        CloseRequest close;
        auto x = svc.report(id);
        close.countedTotalKop = x ? x->expectedCashKop : 0;
        state.ResumeTiming();
        auto closed = svc.close(id, close);
        if (!closed || closed->report.operationCount != kOperations)
            state.SkipWithError("close failed");
        benchmark::DoNotOptimize(shiftReportJson(closed->report));
        state.PauseTiming();
        f.clock.advanceSecs(3600);
        state.ResumeTiming();
    }
}
BENCHMARK(BM_CloseShift5000)->Iterations(5)->Unit(benchmark::kMillisecond);

static void BM_XReport5000(benchmark::State& state)
{
    Fixture f;
    f.openShiftWithOperations();
    ShiftService svc(*f.c, f.clock, *f.ops);
    for (auto _ : state) {
        auto x = svc.xReport(QStringLiteral("1"));
        if (!x || x->operationCount != kOperations)
            state.SkipWithError("report failed");
        benchmark::DoNotOptimize(shiftReportCsv(*x));
    }
}
BENCHMARK(BM_XReport5000)->Unit(benchmark::kMillisecond);

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("pc.*.info=false\npc.*.debug=false"));
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
