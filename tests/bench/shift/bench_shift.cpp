// Closing a shift of 5 000 operations with its Z-report (target < 200 ms, issue 9), and the X-report
// alone over the same journal. The journal rows are written with the timer paused.
#include "ShiftTestData.h"
#include "db/Transaction.h"
#include "db/shift/ShiftJournalQueries.h"
#include "services/shift/OfficeDayReport.h"
#include "services/shift/PeriodReport.h"
#include "services/shift/ShiftReportFormat.h"
#include "services/shift/ShiftService.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSqlQuery>
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

// The office year: 2 million operations over 365 days on 2 counters, written with plain SQL in one
// transaction (no hash chain: the reports do not read it) to keep the set-up short. Every tenth
// operation is a hand-over (2.1) with no amount, the rest acceptances of seven products.
static bool fillYear(Fixture& f, qint64 rows)
{
    auto tx = db::Transaction::begin(*f.c);
    QSqlQuery item(f.c->db()), op(f.c->db());
    item.prepare(QStringLiteral("INSERT INTO item (id, kind, object_code, weight_g, total_kop, status, "
                                "office_postcode, counter_id, accepted_at) VALUES (?, 'rpo14', ?, 500, ?, "
                                "'accepted', '101000', ?, ?)"));
    op.prepare(
        QStringLiteral("INSERT INTO operation (item_id, op_type, op_attr, occurred_at, utc_offset_min, "
                       "office_postcode, counter_id, operator_id, amount_kop) VALUES (?, ?, 1, ?, 180, "
                       "'101000', ?, 'clerk', ?)"));
    const QDateTime start(QDate(2025, 1, 1), QTime(5, 0), Qt::UTC);
    static const int codes[] = {4020, 4030, 2010, 2020, 3010, 7020, 27020};
    for (qint64 i = 0; i < rows; ++i) {
        const QString id = QStringLiteral("Y%1").arg(i, 10, 10, QLatin1Char('0'));
        const QString at = start.addSecs(i * (365LL * 86400 / rows)).toString(Qt::ISODateWithMs);
        const QString counter = (i % 2) ? QStringLiteral("1") : QStringLiteral("2");
        const bool handOver = i % 10 == 9;
        const qint64 amount = handOver ? 0 : 10000 + (i % 97) * 100;
        item.addBindValue(id);
        item.addBindValue(codes[i % 7]);
        item.addBindValue(amount);
        item.addBindValue(counter);
        item.addBindValue(at);
        op.addBindValue(id);
        op.addBindValue(handOver ? 2 : 1);
        op.addBindValue(at);
        op.addBindValue(counter);
        op.addBindValue(amount);
        if (!item.exec() || !op.exec())
            return false;
    }
    return tx && tx->commit().ok();
}

// Timed: the grouped journal query over the whole year, the core of the office's year summary.
static void BM_OfficeYear2M(benchmark::State& state)
{
    const qint64 rows = state.range(0);
    Fixture f;
    if (!fillYear(f, rows)) {
        state.SkipWithError("insert failed");
        return;
    }
    const QDateTime from(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC);
    for (auto _ : state) {
        auto g = db::officeJournalGroups(*f.c, from, from.addDays(366));
        qint64 n = 0;
        for (const auto& x : g.valueOr({}))
            n += x.count;
        if (n != rows)
            state.SkipWithError("wrong count");
    }
}
BENCHMARK(BM_OfficeYear2M)->Arg(2000000)->Iterations(1)->Unit(benchmark::kMillisecond);

// Timed: the whole period report of the year (per day, per hour, per product, receipts by method)
// and its JSON, as `report period --from 2025-01-01 --to 2025-12-31` builds it.
static void BM_PeriodYear2M(benchmark::State& state)
{
    const qint64 rows = state.range(0);
    Fixture f;
    if (!fillYear(f, rows)) {
        state.SkipWithError("insert failed");
        return;
    }
    for (auto _ : state) {
        auto r = buildPeriodReport(*f.c, QDate(2025, 1, 1), QDate(2025, 12, 31), 180);
        if (!r || r->total.operations != rows)
            state.SkipWithError("wrong report");
        else
            benchmark::DoNotOptimize(periodReportJson(*r));
    }
}
BENCHMARK(BM_PeriodYear2M)->Arg(2000000)->Iterations(1)->Unit(benchmark::kMillisecond);

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("pc.*.info=false\npc.*.debug=false"));
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
