// How long the journal check takes when a counter opens, on a journal of N operations (default
// 100 000: about a year of a busy window). Builds the journal the way the counter writes it
// (SyncTestSupport's backlog: item, chained operation, outbox event), then runs the check 5 times.
//   bench_journal_check [N] [scratch-dir]
#include "SyncTestSupport.h"
#include "services/security/JournalIntegrityCheck.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int n = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    QTemporaryDir tmp(argc > 2 ? QString::fromLocal8Bit(argv[2]) + QStringLiteral("/bench-XXXXXX")
                               : QDir::tempPath() + QStringLiteral("/bench-XXXXXX"));
    const QString path = tmp.filePath(QStringLiteral("journal.db"));
    QElapsedTimer build;
    build.start();
    if (!pc::synctest::prepareClient(path) || !pc::synctest::queueBacklog(path, n)) {
        std::fprintf(stderr, "cannot build the journal\n");
        return 1;
    }
    std::printf("built %d operations in %.1f s\n", n, double(build.elapsed()) / 1000.0);
    auto c = pc::db::openSqlite({path});
    if (!c)
        return 1;
    QList<double> ms;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer t;
        t.start();
        auto r = pc::services::security::JournalIntegrityCheck(*c, {}).run();
        ms << double(t.nsecsElapsed()) / 1e6;
        if (!r || !r->ok() || r->rowsChecked != n) {
            std::fprintf(stderr, "unexpected verdict\n");
            return 1;
        }
    }
    std::sort(ms.begin(), ms.end());
    std::printf("journal check, %d rows: median %.0f ms, min %.0f ms, max %.0f ms (%.1f µs/row)\n", n, ms[2],
                ms[0], ms[4], ms[2] * 1000.0 / n);
    return 0;
}
