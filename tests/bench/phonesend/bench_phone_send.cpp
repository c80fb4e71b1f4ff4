// Sending by phone number: the price of an item priced by the by_phone rule (the farthest zone is
// found by scanning the sender's row of the zone matrix on every quote) against the same parcel to a
// postcode, and normalising a mobile number as typed. Both run on every keystroke of the acceptance
// form, so they must stay far below a millisecond.
#include "domain/phonesend/MobilePhone.h"
#include "domain/tariff/TariffEngine.h"
#include "domain/tariff/TariffParser.h"

#include <QFile>
#include <benchmark/benchmark.h>

using namespace pc::tariff;

namespace {

std::shared_ptr<const TariffVersion> sample()
{
    QFile f(QStringLiteral(PC_SAMPLE_TARIFF));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", PC_SAMPLE_TARIFF);
    auto t = parseTariff(f.readAll());
    if (!t)
        qFatal("sample tariff refused");
    return *t;
}

QuoteRequest parcel(bool byPhone)
{
    QuoteRequest r;
    r.object = 4030;
    r.fromPostcode = QStringLiteral("101000");
    if (!byPhone)
        r.toPostcode = QStringLiteral("690000");
    r.byRecipientPhone = byPhone;
    r.weightG = 1200;
    r.date = QDate(2026, 6, 1);
    return r;
}

void quoteLoop(benchmark::State& state, bool byPhone)
{
    const auto t = sample();
    const QuoteRequest rq = parcel(byPhone);
    QuoteResult r;
    for (auto _ : state) {
        quoteInto(rq, *t, r);
        benchmark::DoNotOptimize(r.quote.totalKop);
    }
    if (!r.ok())
        state.SkipWithError("quote refused");
    state.SetItemsProcessed(state.iterations());
}

void BM_QuoteByPhone(benchmark::State& state)
{
    quoteLoop(state, true);
}
BENCHMARK(BM_QuoteByPhone);

void BM_QuoteToPostcode(benchmark::State& state)
{
    quoteLoop(state, false);
}
BENCHMARK(BM_QuoteToPostcode);

void BM_NormalizeMobilePhone(benchmark::State& state)
{
    const QString typed = QStringLiteral("8 (916) 123-45-67");
    for (auto _ : state) {
        auto r = pc::phonesend::normalizeMobilePhone(typed);
        benchmark::DoNotOptimize(r.ok());
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_NormalizeMobilePhone);

} // namespace

BENCHMARK_MAIN();
