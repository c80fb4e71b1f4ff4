// Payment terminal costs (docs/perf/payment.md): parsing one answer line, and a whole sale (connect,
// request, 3 progress lines, approval) against the simulator with no artificial delay, i.e. the
// overhead the counter adds to the customer's time at the PIN pad.
// Run: build/bench/bench_payment
#include "drivers/payment/PaymentProtocol.h"
#include "drivers/payment/TcpPaymentTerminal.h"
#include "drivers/sim/SimulatedPaymentTerminal.h"

#include <QCoreApplication>
#include <QThread>
#include <benchmark/benchmark.h>

using namespace pc::drivers;

namespace {

void BM_ParseApprovedLine(benchmark::State& state)
{
    const QByteArray line =
        R"({"id":"4c9e0f0e-5d1b-4a53-9a55-0a1c2b3d4e5f","result":"approved",)"
        R"("auth_code":"123456","rrn":"531000000001","card":"**** 1234","amount_kop":61240})";
    for (auto _ : state) {
        auto m = parseTerminalLine(line);
        benchmark::DoNotOptimize(m.ok());
    }
}
BENCHMARK(BM_ParseApprovedLine);

void BM_SaleRoundTrip(benchmark::State& state)
{
    QThread thread;
    SimulatedPaymentTerminal::Options opt;
    opt.stepDelayMs = 0;
    auto* sim = new SimulatedPaymentTerminal(opt);
    sim->moveToThread(&thread);
    thread.start();
    quint16 port = 0;
    QMetaObject::invokeMethod(
        sim, [&] { port = sim->listen() ? sim->port() : 0; }, Qt::BlockingQueuedConnection);
    TcpPaymentTerminal terminal(QStringLiteral("127.0.0.1"), port);
    for (auto _ : state) {
        auto r = terminal.sale(61240, QStringLiteral("bench"), 2000);
        if (!r) {
            state.SkipWithError(qPrintable(r.error().message));
            break;
        }
    }
    QMetaObject::invokeMethod(
        sim, [&] { delete sim; }, Qt::BlockingQueuedConnection);
    thread.quit();
    thread.wait();
}
BENCHMARK(BM_SaleRoundTrip)->Unit(benchmark::kMicrosecond);

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
