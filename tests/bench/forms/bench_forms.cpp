// Forms speed (docs/perf/forms.md): build + render of the fixtures. Targets: label PDF < 10 ms,
// label ZPL < 1 ms, CN 23 PDF < 30 ms, receipt ESC/POS < 1 ms. "Build" includes JSON parsing, text
// fitting and barcode encoding, so each figure is what a print request costs.
// Run: QT_QPA_PLATFORM=offscreen build/bench/bench_forms
#include "forms/FormRegistry.h"
#include "forms/layout/PageBuilder.h"
#include "forms/render/Renderer.h"

#include <QBuffer>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <benchmark/benchmark.h>

using namespace pc::forms;

namespace {

QByteArray fixture(const char* name)
{
    QFile f(QStringLiteral(PC_TEST_DATA_DIR "/forms/%1.json").arg(QLatin1StringView(name)));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void renderForm(benchmark::State& state, const char* form, OutputLanguage language)
{
    const QByteArray json = fixture(form);
    for (auto _ : state) {
        auto doc = buildForm(QString::fromLatin1(form), json);
        if (!doc) {
            state.SkipWithError(qPrintable(doc.error().message));
            return;
        }
        auto out = render::renderDocument(*doc, language, {203, 1});
        benchmark::DoNotOptimize(out->bytes.data());
    }
}

void BM_ShiftReportPdf(benchmark::State& s)
{
    renderForm(s, "shift-report", OutputLanguage::Pdf);
}
void BM_DayReportPdf(benchmark::State& s)
{
    renderForm(s, "day-report", OutputLanguage::Pdf);
}
void BM_ShiftSlipEscPos(benchmark::State& s)
{
    renderForm(s, "shift-report-80", OutputLanguage::EscPos);
}
void BM_LabelPdf(benchmark::State& s)
{
    renderForm(s, "label", OutputLanguage::Pdf);
}
void BM_LabelZpl(benchmark::State& s)
{
    renderForm(s, "label", OutputLanguage::Zpl);
}
void BM_LabelTspl(benchmark::State& s)
{
    renderForm(s, "label", OutputLanguage::Tspl);
}
void BM_LabelPng203(benchmark::State& s)
{
    renderForm(s, "label", OutputLanguage::Png);
}
void BM_Cn23Pdf(benchmark::State& s)
{
    renderForm(s, "cn23", OutputLanguage::Pdf);
}
void BM_Cn22Pdf(benchmark::State& s)
{
    renderForm(s, "cn22", OutputLanguage::Pdf);
}
void BM_F107Pdf(benchmark::State& s)
{
    renderForm(s, "f107", OutputLanguage::Pdf);
}
void BM_ReceiptEscPos(benchmark::State& s)
{
    renderForm(s, "receipt", OutputLanguage::EscPos);
}

// Render only (the layout already built), to separate building from the printer language.
void BM_LabelZplRenderOnly(benchmark::State& state)
{
    const auto doc = buildForm(QStringLiteral("label"), fixture("label"));
    for (auto _ : state)
        benchmark::DoNotOptimize(render::renderZpl(*doc, 203, 1).data());
}

// The peer comparison with `zint -b 20 -d 80082240994512 -o x.png`: one Code 128 symbol with its
// text, encoded and written as a PNG file at 203 dpi, the same job zint does.
void BM_Code128ToPngFile(benchmark::State& state)
{
    for (auto _ : state) {
        layout::Document doc{QStringLiteral("code128"), QSizeF(50, 25), {}};
        layout::PageBuilder b(doc);
        b.barcode(QPointF(3, 2), layout::Symbology::Code128, QStringLiteral("80082240994512"), 0.25, 15, true,
                  QStringLiteral("id"));
        const QByteArray png = render::renderPng(doc, 203);
        QFile f(QStringLiteral("/tmp/pc-bench-code128.png"));
        f.open(QIODevice::WriteOnly);
        f.write(png);
    }
}

} // namespace

BENCHMARK(BM_LabelPdf)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_LabelZpl)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_LabelZplRenderOnly)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_LabelTspl)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_LabelPng203)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Cn22Pdf)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Cn23Pdf)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_F107Pdf)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ReceiptEscPos)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ShiftReportPdf)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_DayReportPdf)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ShiftSlipEscPos)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Code128ToPngFile)->Unit(benchmark::kMillisecond);

int main(int argc, char** argv)
{
    QGuiApplication app(argc, argv); // fonts need a QGuiApplication (offscreen is fine)
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
