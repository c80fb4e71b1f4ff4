// Finding an item among 1 000 000 stored items (issue 8: by identifier < 1 ms, by phone < 10 ms).
// The rows are inserted directly in one transaction (the arrival path is measured separately), then
// StorageService::find runs as the counter calls it: the query, the stored row and its item row.
// PC_BENCH_STORAGE_ROWS overrides the row count.
#include "db/Transaction.h"
#include "domain/ItemIdentifier.h"
#include "services/OfficeSetup.h"
#include "services/acceptance/CounterServices.h"
#include "services/storage/ArrivalService.h"
#include "services/storage/StorageService.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>
#include <cstdio>

using namespace pc;

namespace {

QString rpo(qint64 n)
{
    const std::string first13 = QStringLiteral("2%1").arg(n, 12, 10, QChar(u'0')).toStdString();
    return QString::fromStdString(first13) + QString::number(rpoCheckDigit(first13));
}
QString phone(qint64 n)
{
    return QString::number(9000000000LL + (n * 7919) % 1000000000LL);
}

struct World {
    QTemporaryDir dir;
    std::optional<db::Connection> c;
    services::AppConfig cfg;
    FixedClock clock{QDateTime(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC)};
    std::unique_ptr<services::StorageService> storage;
    std::unique_ptr<services::ArrivalService> arrival;
    qint64 rows = 1000000;

    bool build()
    {
        if (qEnvironmentVariableIsSet("PC_BENCH_STORAGE_ROWS"))
            rows = qEnvironmentVariableIntValue("PC_BENCH_STORAGE_ROWS");
        auto opened = db::openSqlite({dir.filePath(QStringLiteral("storage.db"))});
        if (!opened)
            return false;
        c.emplace(std::move(*opened));
        cfg.officePostcode = QStringLiteral("101000");
        cfg.officeName = QStringLiteral("Москва 101000");
        cfg.counterId = QStringLiteral("1");
        cfg.operatorId = QStringLiteral("clerk");
        if (!services::ensureOfficeAndCounter(*c, cfg))
            return false;
        QElapsedTimer t;
        t.start();
        auto tx = db::Transaction::begin(*c);
        if (!tx)
            return false;
        QSqlQuery item(c->db());
        item.prepare(
            QStringLiteral("INSERT INTO item (id, kind, object_code, weight_g, cod_kop, status, "
                           "office_postcode, counter_id, accepted_at) VALUES (?, 'rpo14', 27030, 1000, ?, "
                           "'arrived', '101000', '1', '2026-11-20T09:00:00.000Z')"));
        QSqlQuery stored(c->db());
        stored.prepare(QStringLiteral(
            "INSERT INTO stored_item (item_id, place, holding, category, recipient_name, recipient_name_key, "
            "recipient_phone_digits, cod_kop, arrived_at, storage_from, storage_until, state, state_at) "
            "VALUES (?, ?, 'standard', 'parcel', ?, ?, ?, ?, '2026-11-20T09:00:00.000Z', ?, ?, 'stored', "
            "'2026-11-20T09:00:00.000Z')"));
        const QDate base(2026, 11, 1);
        for (qint64 i = 0; i < rows; ++i) {
            const QString id = rpo(i);
            const qint64 cod = i % 5 == 0 ? 100000 + i % 1000 : 0;
            item.bindValue(0, id);
            item.bindValue(1, cod);
            if (!item.exec())
                return false;
            const QString name = QStringLiteral("Получатель %1").arg(i);
            const QDate from = base.addDays(i % 60);
            stored.bindValue(0, id);
            stored.bindValue(1, QStringLiteral("P-%1").arg(i % 100, 2, 10, QChar(u'0')));
            stored.bindValue(2, name);
            stored.bindValue(3, name.toCaseFolded());
            stored.bindValue(4, phone(i));
            stored.bindValue(5, cod);
            stored.bindValue(6, from.toString(Qt::ISODate));
            stored.bindValue(7, from.addDays(14).toString(Qt::ISODate));
            if (!stored.exec())
                return false;
        }
        if (!tx->commit())
            return false;
        std::fprintf(stderr, "inserted %lld stored items in %lld ms\n", rows, t.elapsed());
        const auto ctx = services::counterContextFrom(cfg);
        storage = std::make_unique<services::StorageService>(*c, clock, ctx);
        arrival = std::make_unique<services::ArrivalService>(*c, clock, ctx, services::officeInfoFrom(cfg));
        return true;
    }
};

World& world()
{
    static World* w = [] {
        auto* made = new World;
        if (!made->build()) {
            std::fprintf(stderr, "could not build the 1M-item database\n");
            std::abort();
        }
        return made;
    }();
    return *w;
}

void BM_FindById(benchmark::State& state)
{
    World& w = world();
    qint64 n = 0;
    for (auto _ : state) {
        auto found = w.storage->find(rpo((n * 104729) % w.rows), services::FindBy::Identifier);
        if (!found || found->size() != 1)
            state.SkipWithError("not found");
        ++n;
    }
}
BENCHMARK(BM_FindById)->Unit(benchmark::kMicrosecond);

void BM_FindByScan(benchmark::State& state) // the same through Auto (what a scanner wedge types)
{
    World& w = world();
    qint64 n = 0;
    for (auto _ : state) {
        auto found = w.storage->find(rpo((n * 104729) % w.rows));
        if (!found || found->size() != 1)
            state.SkipWithError("not found");
        ++n;
    }
}
BENCHMARK(BM_FindByScan)->Unit(benchmark::kMicrosecond);

void BM_FindByPhone(benchmark::State& state)
{
    World& w = world();
    qint64 n = 0;
    for (auto _ : state) {
        const QString p = phone((n * 104729) % w.rows);
        auto found = w.storage->find(QStringLiteral("+7 %1").arg(p));
        if (!found || found->isEmpty())
            state.SkipWithError("not found");
        ++n;
    }
}
BENCHMARK(BM_FindByPhone)->Unit(benchmark::kMicrosecond);

void BM_FindByNamePrefix(benchmark::State& state)
{
    World& w = world();
    qint64 n = 0;
    for (auto _ : state) {
        auto found = w.storage->find(QStringLiteral("получатель %1").arg((n * 104729) % w.rows),
                                     services::FindBy::Name);
        if (!found || found->isEmpty())
            state.SkipWithError("not found");
        ++n;
    }
}
BENCHMARK(BM_FindByNamePrefix)->Unit(benchmark::kMicrosecond);

void BM_ExpiringOneDay(benchmark::State& state) // the daily list: ~1/60 of the rows end on a given day
{
    World& w = world();
    // Items still stored ending on or before 2026-11-15: the first day's share.
    for (auto _ : state) {
        auto list = w.storage->expiring(QDate(2026, 11, 15));
        if (!list)
            state.SkipWithError("failed");
        benchmark::DoNotOptimize(list);
    }
}
BENCHMARK(BM_ExpiringOneDay)->Unit(benchmark::kMillisecond);

void BM_Arrive(benchmark::State& state) // one arrival transaction into the full database
{
    World& w = world();
    static qint64 n = w.rows + 1; // benchmark calls this more than once: never reuse an identifier
    for (auto _ : state) {
        services::ArrivalRequest r;
        r.barcode = rpo(n++);
        r.weightG = 500;
        r.recipientPhone = QStringLiteral("9161112233");
        if (auto done = w.arrival->arrive(r); !done) {
            std::fprintf(stderr, "%s\n", qPrintable(done.error().message));
            state.SkipWithError("arrival refused");
        }
    }
}
BENCHMARK(BM_Arrive)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("pc.*.info=false"));
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
