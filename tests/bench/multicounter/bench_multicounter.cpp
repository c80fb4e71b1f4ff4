// Eight counter windows accepting items at the same time on one PostgreSQL: the latency of each
// acceptance commit (allocate identifier + item + operation + journal + outbox, one transaction),
// p50/p95/p99 over all windows, and how many conflicts the transaction runner retried without a clerk
// seeing them. A harness, not a test: it prints figures (docs/perf/multicounter.md).
//   bench_multicounter [--windows 8] [--items 200] [--db postgresql://…] [--shared-range]
// By default each window takes identifiers from its own part of the office's range (id split-range);
// --shared-range makes all windows allocate from the one range row, as a small office does.
// Without --db it starts a private server (tests/support/pg-fixture.sh) with fsync ON, like production.
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <cmath>

namespace {
QString option(const QStringList& args, const QString& name, const QString& fallback)
{
    const int i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args[i + 1] : fallback;
}

bool fixture(const QString& cmd, const QString& state)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PC_PG_FSYNC"), QStringLiteral("on"));
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(QStringLiteral(PC_PG_FIXTURE), {cmd, state});
    return p.waitForFinished(120000) && p.exitCode() == 0;
}

double percentile(const QList<double>& sorted, double p)
{
    if (sorted.isEmpty())
        return 0;
    const auto i = static_cast<qsizetype>(std::ceil(p / 100.0 * double(sorted.size()))) - 1;
    return sorted[std::clamp<qsizetype>(i, 0, sorted.size() - 1)];
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    const int windows = option(args, QStringLiteral("--windows"), QStringLiteral("8")).toInt();
    const int items = option(args, QStringLiteral("--items"), QStringLiteral("200")).toInt();
    QString url = option(args, QStringLiteral("--db"), QString());
    const bool shared = args.contains(QStringLiteral("--shared-range"));
    QTemporaryDir state;
    const bool own = url.isEmpty();
    if (own) {
        if (!fixture(QStringLiteral("start"), state.path()))
            return 3;
        QFile f(state.filePath(QStringLiteral("url")));
        if (!f.open(QIODevice::ReadOnly))
            return 3;
        url = QString::fromUtf8(f.readAll()).trimmed();
    }
    auto run = [&](const QList<QStringList>& all) {
        QList<QProcess*> ps;
        for (const auto& a : all) {
            auto* p = new QProcess;
            p->start(QStringLiteral(PC_WINDOW_SIM), a);
            ps << p;
        }
        QStringList lines;
        int failed = 0;
        for (auto* p : ps) {
            p->waitForFinished(600000);
            failed += p->exitCode() != 0;
            lines += QString::fromUtf8(p->readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
            const QByteArray e = p->readAllStandardError();
            if (!e.isEmpty())
                QTextStream(stderr) << e;
            delete p;
        }
        return std::make_pair(lines, failed);
    };
    QStringList setup{url, QStringLiteral("-"), QStringLiteral("setup"), QString::number(windows)};
    if (!shared)
        setup << QStringLiteral("split");
    int failed = run({setup}).second;
    QList<QStringList> all;
    for (int w = 1; w <= windows; ++w)
        all << QStringList{url, QString::number(w), QStringLiteral("accept"), QString::number(items)};
    QElapsedTimer wall;
    wall.start();
    const auto [lines, windowFailures] = run(all);
    const double seconds = double(wall.nsecsElapsed()) / 1e9;
    failed += windowFailures;
    QList<double> ms;
    qint64 retries = 0;
    for (const QString& l : lines) {
        if (l.startsWith(QStringLiteral("ms ")))
            ms << l.mid(3).toDouble();
        else if (l.startsWith(QStringLiteral("retries ")))
            retries += l.mid(8).toLongLong();
    }
    std::sort(ms.begin(), ms.end());
    out << (shared ? "one shared range, " : "a range per window, ") << "windows " << windows
        << ", acceptances " << ms.size() << " in " << QString::number(seconds, 'f', 2) << " s ("
        << QString::number(double(ms.size()) / seconds, 'f', 0) << "/s)\n"
        << "commit ms p50 " << QString::number(percentile(ms, 50), 'f', 2) << "  p95 "
        << QString::number(percentile(ms, 95), 'f', 2) << "  p99 "
        << QString::number(percentile(ms, 99), 'f', 2) << "  max "
        << QString::number(ms.isEmpty() ? 0 : ms.back(), 'f', 2) << "\n"
        << "retried transactions " << retries << ", errors seen by a clerk " << failed << "\n";
    if (own)
        fixture(QStringLiteral("stop"), state.path());
    return failed == 0 && ms.size() == windows * items ? 0 : 1;
}
