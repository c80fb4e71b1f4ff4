// Decoder throughput (frames/s) and scan-to-signal latency through DeviceHub (p50/p99).
// Run: build-devices/bin/bench_devices   (no timed assertions: figures go to docs/perf/devices.md)
#include "drivers/scale/ScaleProtocols.h"
#include "drivers/scanner/HidKeyboardDecoder.h"
#include "drivers/scanner/HidPosScannerDecoder.h"
#include "drivers/sim/SimulatedScanner.h"
#include "services/devices/DeviceHub.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

using namespace pc::drivers;

template <typename F> static void rate(const char* name, const QByteArray& frame, F decode)
{
    const Bytes b(reinterpret_cast<const std::uint8_t*>(frame.constData()),
                  static_cast<std::size_t>(frame.size()));
    constexpr int kN = 2'000'000;
    int ok = 0;
    const auto t0 = std::chrono::steady_clock::now();
    for (int i = 0; i < kN; ++i)
        ok += decode(b) ? 1 : 0;
    const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    std::printf("%-18s %8.2f M frames/s (%d ok)\n", name, kN / s / 1e6, ok);
}

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    rate("hid-scale", QByteArray::fromHex("030402 00E803"),
         [](Bytes b) { return decodeScaleFrame(ScaleProtocol::HidPos, b).ok(); });
    rate("sics", QByteArray("S S     1.234 kg\r\n"),
         [](Bytes b) { return decodeScaleFrame(ScaleProtocol::Sics, b).ok(); });
    rate("8217", QByteArray::fromHex("022020312E3233340D"),
         [](Bytes b) { return decodeScaleFrame(ScaleProtocol::Mt8217, b).ok(); });
    rate("cas", QByteArray("ST,GS,+  1.500kg\r\n"),
         [](Bytes b) { return decodeScaleFrame(ScaleProtocol::Cas, b).ok(); });
    rate("massak", QByteArray::fromHex("F855CE0D00240F00000001010000000000007D42"),
         [](Bytes b) { return decodeScaleFrame(ScaleProtocol::MassaK, b).ok(); });
    QByteArray pos(64, '\0');
    pos[0] = 2;
    pos[1] = 14;
    pos.replace(2, 14, "80085001234567");
    rate("hid-pos-scanner", pos, [](Bytes b) { return decodeHidPosReport(b).ok(); });
    rate("hid-keyboard", QByteArray::fromHex("0000040000000000"), [](Bytes b) {
        BootKeyboardAssembler a;
        return a.feed(b).ok();
    });

    // Scan-to-signal: from the driver's scanned() to DeviceHub::scanAccepted (classification included).
    pc::services::DeviceConfig cfg;
    cfg.simulate = true;
    pc::services::DeviceHub hub(cfg);
    hub.start();
    std::vector<double> us;
    std::chrono::steady_clock::time_point t0;
    QObject::connect(&hub, &pc::services::DeviceHub::scanAccepted, [&] {
        us.push_back(
            std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - t0).count());
    });
    for (int i = 0; i < 20000; ++i) {
        t0 = std::chrono::steady_clock::now();
        hub.simulatedScanner()->scan(QStringLiteral("RA123456785RU"));
    }
    std::sort(us.begin(), us.end());
    if (!us.empty())
        std::printf("scan-to-signal     p50 %.1f us  p99 %.1f us  (n=%zu)\n", us[us.size() / 2],
                    us[us.size() * 99 / 100], us.size());
    return 0;
}
