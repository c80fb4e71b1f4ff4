// Identifier validation throughput on one core: the scan hot path (normalise + check digit).
#include "domain/ItemIdentifier.h"

#include <array>
#include <benchmark/benchmark.h>
#include <string_view>

namespace {
constexpr std::array<std::string_view, 8> kInputs = {"80082240994512", "RA644000005RU",  "12345601123457",
                                                     "RR287043775IN",  "10100001000010", "CP123456785RU",
                                                     "RA644000001RU",  "8008224099451A"};

void BM_CheckIdentifier(benchmark::State& state)
{
    std::size_t i = 0;
    for (auto _ : state) {
        auto r = pc::checkIdentifier(kInputs[i++ & 7]);
        benchmark::DoNotOptimize(r);
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_CheckIdentifier);

void BM_CheckIdentifierSpaced(benchmark::State& state)
{
    for (auto _ : state) {
        auto r = pc::checkIdentifier(" ra 644000005 ru ");
        benchmark::DoNotOptimize(r);
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_CheckIdentifierSpaced);

void BM_ParseItemIdQString(benchmark::State& state)
{
    const QString s = QStringLiteral("80082240994512");
    for (auto _ : state) {
        auto r = pc::parseItemId(s);
        benchmark::DoNotOptimize(r);
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_ParseItemIdQString);
} // namespace

BENCHMARK_MAIN();
