// Business-list import of 10 000 orders (JSON and CSV) and the rules of one shipment. Target: the
// parser well under 200 ms for 10 000 orders (the whole import with tariffs under 2 s).
#include "domain/ItemIdentifier.h"
#include "domain/acceptance/BusinessOrder.h"

#include <benchmark/benchmark.h>

using namespace pc::acceptance;

namespace {

constexpr int kOrders = 10000;

QString barcode(int i)
{
    return pc::makeRpo14(u"10100093", i).value().text;
}

QByteArray makeJson()
{
    QByteArray out = "[\n";
    for (int i = 0; i < kOrders; ++i) {
        out +=
            QStringLiteral(
                "  {\"barcode\": \"%1\", \"mail-type\": \"POSTAL_PARCEL\", \"mail-category\": "
                "\"WITH_DECLARED_VALUE_AND_CASH_ON_DELIVERY\", \"mass\": %2, \"insr-value\": 500000, "
                "\"payment\": 450000, \"dimension\": {\"length\": 300, \"width\": 200, \"height\": 150},\n"
                "   \"index-to\": 630099, \"region-to\": \"Новосибирская область\", \"place-to\": "
                "\"Новосибирск\", \"street-to\": \"Красный проспект\", \"house-to\": \"18\", \"room-to\": "
                "\"7\", \"recipient-name\": \"Кузнецов Олег Андреевич\", \"tel-address\": 79161234567, "
                "\"sender-name\": \"ООО «Книжный двор»\", \"index-from\": \"101000\", \"fragile\": true}%3\n")
                .arg(barcode(i))
                .arg(300 + i % 8700)
                .arg(i + 1 < kOrders ? QLatin1String(",") : QLatin1String(""))
                .toUtf8();
    }
    return out + "]\n";
}

QByteArray makeCsv()
{
    QByteArray out =
        "barcode;mail-type;mail-category;mass;insr-value;payment;dimension;index-to;region-to;place-to;"
        "street-to;house-to;room-to;recipient-name;tel-address;sender-name;index-from;fragile\n";
    for (int i = 0; i < kOrders; ++i)
        out += QStringLiteral(
                   "%1;POSTAL_PARCEL;WITH_DECLARED_VALUE_AND_CASH_ON_DELIVERY;%2;500000;450000;300x200x150;"
                   "630099;Новосибирская область;Новосибирск;Красный проспект;18;7;\"Кузнецов Олег\";"
                   "79161234567;\"ООО «Книжный двор»\";101000;true\n")
                   .arg(barcode(i))
                   .arg(300 + i % 8700)
                   .toUtf8();
    return out;
}

void check(benchmark::State& state, const pc::Result<BusinessList>& r)
{
    if (!r || r->lines.size() != kOrders || !r->lines.last().importable())
        state.SkipWithError("the generated list did not parse clean");
}

void BM_BusinessListJson10k(benchmark::State& state)
{
    const QByteArray text = makeJson();
    for (auto _ : state) {
        auto r = parseBusinessList(text, QStringLiteral("list.json"));
        check(state, r);
        benchmark::DoNotOptimize(r);
    }
    state.counters["bytes"] = double(text.size());
}
BENCHMARK(BM_BusinessListJson10k)->Unit(benchmark::kMillisecond);

void BM_BusinessListCsv10k(benchmark::State& state)
{
    const QByteArray text = makeCsv();
    for (auto _ : state) {
        auto r = parseBusinessList(text, QStringLiteral("list.csv"));
        check(state, r);
        benchmark::DoNotOptimize(r);
    }
    state.counters["bytes"] = double(text.size());
}
BENCHMARK(BM_BusinessListCsv10k)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
