// Postcode directory speed (issue 7): importing a 50 000-line directory file (parse + one transaction
// on a SQLite file; target well under 2 s) and 10 000 lookups of known postcodes at the counter.
// Results go to docs/perf/address.md.
#include "db/Connection.h"
#include "domain/acceptance/PostcodeDirectoryFile.h"
#include "services/address/AddressBook.h"
#include "services/address/PostcodeDirectory.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>

using namespace pc;

namespace {

constexpr int kRows = 50000;

QString postcodeAt(int i)
{
    return QString::number(100000 + i * 17);
}

QByteArray directoryFile()
{
    QByteArray text = "postcode;office_name;region;settlement;kind\n";
    for (int i = 0; i < kRows; ++i)
        text += postcodeAt(i).toLatin1() + ";Отделение почтовой связи " + QByteArray::number(i) +
                ";Новосибирская область;Новосибирск;office\n";
    return text;
}

// A fresh SQLite file (migrated) in its own temporary folder.
struct Db {
    std::unique_ptr<QTemporaryDir> dir = std::make_unique<QTemporaryDir>();
    std::optional<db::Connection> conn;
    Db()
    {
        auto c = db::openSqlite({dir->filePath(QStringLiteral("bench.db"))});
        if (!c)
            qFatal("cannot open the bench database: %s", qPrintable(c.error().message));
        conn.emplace(std::move(*c));
    }
};

void BM_ParseDirectory50k(benchmark::State& state)
{
    const QByteArray text = directoryFile();
    for (auto _ : state) {
        auto parsed = acceptance::parsePostcodeDirectory(text);
        benchmark::DoNotOptimize(parsed);
    }
    state.SetItemsProcessed(state.iterations() * kRows);
}
BENCHMARK(BM_ParseDirectory50k)->Unit(benchmark::kMillisecond);

// Parse + import into an empty directory: what "postcodes import FILE" does.
void BM_ImportDirectory50k(benchmark::State& state)
{
    const QByteArray text = directoryFile();
    FixedClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    for (auto _ : state) {
        state.PauseTiming();
        auto d = std::make_unique<Db>();
        services::PostcodeDirectory directory(*d->conn, clock);
        state.ResumeTiming();
        auto report = directory.importContent(text, QStringLiteral("bench.csv"));
        if (!report || report->imported != kRows)
            state.SkipWithError("import failed");
    }
    state.SetItemsProcessed(state.iterations() * kRows);
}
BENCHMARK(BM_ImportDirectory50k)->Unit(benchmark::kMillisecond)->Iterations(5);

// Re-import over a full directory (every row replaced): the yearly update.
void BM_ReimportDirectory50k(benchmark::State& state)
{
    const QByteArray text = directoryFile();
    FixedClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    Db d;
    services::PostcodeDirectory directory(*d.conn, clock);
    (void)directory.importContent(text, QStringLiteral("bench.csv"));
    for (auto _ : state) {
        auto report = directory.importContent(text, QStringLiteral("bench.csv"));
        if (!report || report->imported != kRows)
            state.SkipWithError("import failed");
    }
    state.SetItemsProcessed(state.iterations() * kRows);
}
BENCHMARK(BM_ReimportDirectory50k)->Unit(benchmark::kMillisecond)->Iterations(5);

void BM_Lookup10k(benchmark::State& state)
{
    FixedClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    Db d;
    services::PostcodeDirectory directory(*d.conn, clock);
    (void)directory.importContent(directoryFile(), QStringLiteral("bench.csv"));
    QStringList probes;
    for (int i = 0; i < 10000; ++i)
        probes << postcodeAt((i * 7919) % kRows); // spread over the table
    for (auto _ : state) {
        for (const QString& p : probes) {
            auto r = directory.lookup(p);
            if (!r)
                state.SkipWithError("lookup failed");
            benchmark::DoNotOptimize(r);
        }
    }
    state.SetItemsProcessed(state.iterations() * probes.size());
}
BENCHMARK(BM_Lookup10k)->Unit(benchmark::kMillisecond);

void BM_AddressBookSearch(benchmark::State& state)
{
    FixedClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    Db d;
    services::AddressBook book(*d.conn, clock);
    for (int i = 0; i < 5000; ++i) {
        acceptance::Address a;
        a.name = QStringLiteral("Клиент %1 Иванов").arg(i);
        a.postcode = postcodeAt(i);
        a.place = QStringLiteral("Новосибирск");
        a.phone = QStringLiteral("+7 913 %1").arg(1000000 + i);
        (void)book.remember(a);
    }
    for (auto _ : state) {
        auto r = book.search(QStringLiteral("Клиент 42"), 20);
        benchmark::DoNotOptimize(r);
    }
}
BENCHMARK(BM_AddressBookSearch)->Unit(benchmark::kMicrosecond);

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv); // translate() and resources
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
