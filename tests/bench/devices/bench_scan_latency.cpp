// Scan latency through the real thread hop: bytes written to a pty → SerialScanner on the
// DeviceManager thread → DeviceHub::scanAccepted on the main (GUI) thread. Upper bound of the issue's
// "last byte at the driver → signal in the form" (it includes the pty transfer). Prints p50/p99/max.
#include "services/devices/DeviceHub.h"

#include <QCoreApplication>
#include <QTimer>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <pty.h>
#include <termios.h>
#include <unistd.h>
#include <vector>

using Clock = std::chrono::steady_clock;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int n = argc > 1 ? std::atoi(argv[1]) : 2000;
    int master = -1, slave = -1;
    char name[128] = {};
    termios raw{};
    cfmakeraw(&raw);
    if (openpty(&master, &slave, name, &raw, nullptr) != 0) {
        std::perror("openpty");
        return 1;
    }
    pc::services::DeviceConfig cfg;
    cfg.scale = QStringLiteral("none");
    cfg.scanner = QStringLiteral("serial");
    cfg.scannerPort = QString::fromLocal8Bit(name);
    pc::services::DeviceHub hub(cfg);
    std::vector<double> us;
    us.reserve(static_cast<size_t>(n));
    Clock::time_point sent;
    const char scan[] = "RA123456785RU\r";
    auto sendOne = [&] {
        sent = Clock::now();
        (void)!::write(master, scan, sizeof scan - 1);
    };
    QObject::connect(&hub, &pc::services::DeviceHub::scanAccepted, &app, [&] {
        us.push_back(std::chrono::duration<double, std::micro>(Clock::now() - sent).count());
        if (static_cast<int>(us.size()) == n)
            app.quit();
        else
            QTimer::singleShot(0, &app, sendOne); // one scan in flight at a time, like a clerk
    });
    QObject::connect(&hub, &pc::services::DeviceHub::deviceChanged, &app,
                     [&](const pc::drivers::DeviceInfo& d) {
                         static bool started = false;
                         if (!started && d.state == pc::drivers::DeviceState::Ready) {
                             started = true;
                             sendOne();
                         }
                     });
    hub.start();
    QTimer::singleShot(60000, &app, &QCoreApplication::quit);
    app.exec();
    if (us.empty()) {
        std::fprintf(stderr, "no scan arrived\n");
        return 1;
    }
    std::sort(us.begin(), us.end());
    auto pct = [&](double p) { return us[std::min(us.size() - 1, static_cast<size_t>(p * us.size()))]; };
    std::printf("scan latency pty→DeviceManager thread→GUI thread, %zu scans: p50 %.0f us, p99 %.0f us, "
                "max %.0f us\n",
                us.size(), pct(0.50), pct(0.99), us.back());
    ::close(slave);
    ::close(master);
    return 0;
}
