// Cold start of `postcounter --demo` to the first painted window, offscreen. The program reports
// the time from main() to the first paint; the harness also measures spawn to exit.
// Usage: bench_cold_start [RUNS]
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <vector>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::atoi(argv[1]) : 15;
    QTemporaryDir home;
    std::vector<double> paint, wall;
    for (int i = 0; i < runs; ++i) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path());
        p.setProcessEnvironment(env);
        QElapsedTimer t;
        t.start();
        p.start(QStringLiteral(PC_GUI_BIN),
                {QStringLiteral("--demo"), QStringLiteral("--exit-after-first-paint")});
        p.waitForFinished(30000);
        const double ms = static_cast<double>(t.nsecsElapsed()) / 1e6;
        const QByteArray out = p.readAllStandardOutput();
        const int at = out.indexOf("first-paint-ms ");
        if (at < 0) {
            std::fprintf(stderr, "run %d: no first paint reported\n%s\n", i,
                         p.readAllStandardError().constData());
            return 1;
        }
        if (i == 0)
            continue; // the first run creates the demo database
        paint.push_back(out.mid(at + 15).trimmed().toDouble());
        wall.push_back(ms);
    }
    auto pct = [](std::vector<double> v, double q) {
        std::sort(v.begin(), v.end());
        return v[static_cast<std::size_t>(q * static_cast<double>(v.size() - 1))];
    };
    std::printf("first paint after main(): median %.1f ms, p90 %.1f ms\n", pct(paint, 0.5), pct(paint, 0.9));
    std::printf("spawn to exit (incl. process start and teardown): median %.1f ms, p90 %.1f ms\n",
                pct(wall, 0.5), pct(wall, 0.9));
    return 0;
}
