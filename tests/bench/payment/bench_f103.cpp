// Ф.103 batch list (docs/perf/payment.md): build (JSON, text fitting, paging) and PDF of a list of
// 20 and of 200 items, the sizes a business client brings to the counter.
// Run: QT_QPA_PLATFORM=offscreen build/bench/bench_f103
#include "forms/FormRegistry.h"
#include "forms/render/Renderer.h"

#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <benchmark/benchmark.h>

using namespace pc::forms;

namespace {

QByteArray list(int n)
{
    QFile f(QStringLiteral(PC_TEST_DATA_DIR "/forms/f103.json"));
    f.open(QIODevice::ReadOnly);
    QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    const QJsonArray three = o.value(QStringLiteral("items")).toArray();
    QJsonArray items;
    for (int i = 0; i < n; ++i)
        items.append(three[i % 3]); // identifiers repeat; the form does not require them unique
    o.insert(QStringLiteral("items"), items);
    return QJsonDocument(o).toJson();
}

void BM_F103Pdf(benchmark::State& state)
{
    const QByteArray json = list(static_cast<int>(state.range(0)));
    for (auto _ : state) {
        auto doc = buildForm(QStringLiteral("f103"), json);
        if (!doc) {
            state.SkipWithError(qPrintable(doc.error().message));
            return;
        }
        auto out = render::renderDocument(*doc, OutputLanguage::Pdf, {203, 1});
        benchmark::DoNotOptimize(out->bytes.data());
        state.counters["pages"] = static_cast<double>(doc->pages.size());
    }
}
BENCHMARK(BM_F103Pdf)->Arg(20)->Arg(200)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char** argv)
{
    QGuiApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
