// Tariff engine speed (issue 3): quotes per second for a domestic parcel with three services, tables
// loaded (target ≥ 1 000 000/s on one core), and loading a tariff file with 10 000 postcode rows
// (target < 50 ms). The 10 000-row file is generated here from the sample: the sample's regions, its
// 14 postcode ranges replaced by 10 000 single-postcode and short-range rows.
#include "domain/tariff/TariffEngine.h"
#include "domain/tariff/TariffParser.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <benchmark/benchmark.h>

using namespace pc::tariff;

namespace {

QByteArray sampleText()
{
    QFile f(QStringLiteral(PC_SAMPLE_TARIFF));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", PC_SAMPLE_TARIFF);
    return f.readAll();
}

QByteArray tariffWithPostcodeRows(int rows)
{
    QJsonObject root = QJsonDocument::fromJson(sampleText()).object();
    const QJsonArray regions = root.value(QStringLiteral("regions")).toArray();
    QJsonArray postcodes;
    for (int i = 0; i < rows; ++i) {
        const int first = 100000 + i * 80; // 80-wide slots: every other row a range, the rest single codes
        QJsonObject row{{QStringLiteral("from"), QString::number(first)},
                        {QStringLiteral("region"),
                         regions.at(i % regions.size()).toObject().value(QStringLiteral("code"))}};
        if (i % 2 == 0)
            row.insert(QStringLiteral("to"), QString::number(first + 49));
        postcodes.append(row);
    }
    root.insert(QStringLiteral("postcodes"), postcodes);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QuoteRequest parcelWithThreeServices()
{
    QuoteRequest r;
    r.object = 4030;
    r.fromPostcode = QStringLiteral("101000");
    r.toPostcode = QStringLiteral("630000");
    r.weightG = 2350;
    r.dimsMm = {400, 300, 200};
    r.services = {4, 2, 20};
    r.date = QDate(2026, 3, 1);
    return r;
}

void BM_QuoteParcelThreeServices(benchmark::State& state)
{
    const auto t = parseTariff(sampleText());
    const QuoteRequest rq = parcelWithThreeServices();
    QuoteResult r;
    for (auto _ : state) {
        quoteInto(rq, **t, r);
        benchmark::DoNotOptimize(r.quote.totalKop);
    }
    if (!r.ok() || r.quote.lines.size() != 4)
        state.SkipWithError("the benchmark request was refused");
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_QuoteParcelThreeServices);

// The same with a fresh result each time (one allocation for the lines): what a one-off caller pays.
void BM_QuoteParcelThreeServicesFreshResult(benchmark::State& state)
{
    const auto t = parseTariff(sampleText());
    const QuoteRequest rq = parcelWithThreeServices();
    for (auto _ : state) {
        QuoteResult r = quote(rq, **t);
        benchmark::DoNotOptimize(r.quote.totalKop);
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_QuoteParcelThreeServicesFreshResult);

void BM_LoadTariff10kPostcodes(benchmark::State& state)
{
    const QByteArray text = tariffWithPostcodeRows(10000);
    for (auto _ : state) {
        auto t = parseTariff(text);
        if (!t) {
            state.SkipWithError(qPrintable(t.error().message));
            break;
        }
        benchmark::DoNotOptimize(t->get());
    }
    state.SetBytesProcessed(state.iterations() * text.size());
}
BENCHMARK(BM_LoadTariff10kPostcodes)->Unit(benchmark::kMillisecond);

void BM_LoadSampleTariff(benchmark::State& state)
{
    const QByteArray text = sampleText();
    for (auto _ : state)
        benchmark::DoNotOptimize(parseTariff(text));
}
BENCHMARK(BM_LoadSampleTariff)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
