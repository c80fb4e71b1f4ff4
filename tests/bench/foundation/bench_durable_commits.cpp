// Durable acceptance commits (item + operation + outbox in one transaction, WAL, synchronous=FULL)
// next to raw SQLite's one-row durable transactions on the same disk, in the same run.
// Usage: bench_durable_commits [N] [DIR]   (DIR defaults to a temporary folder on the build disk)
#include "db/Connection.h"
#include "services/AcceptanceService.h"
#include "services/AppConfig.h"
#include "services/OfficeSetup.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <cstdio>
#include <sqlite3.h>

namespace {

double rawSqlite(const QString& path, int n)
{
    sqlite3* db = nullptr;
    sqlite3_open(path.toUtf8().constData(), &db);
    sqlite3_exec(
        db,
        "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)",
        nullptr, nullptr, nullptr);
    sqlite3_stmt* ins = nullptr;
    sqlite3_prepare_v2(db, "INSERT INTO t (v) VALUES ('10100025000010')", -1, &ins, nullptr);
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < n; ++i) {
        sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
        sqlite3_step(ins);
        sqlite3_reset(ins);
        sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    }
    const double secs = static_cast<double>(t.nsecsElapsed()) / 1e9;
    sqlite3_finalize(ins);
    sqlite3_close(db);
    return n / secs;
}

double acceptances(const QString& path, int n)
{
    auto c = pc::db::openSqlite({path});
    if (!c) {
        std::fprintf(stderr, "%s\n", qPrintable(c.error().message));
        return 0;
    }
    pc::services::AppConfig cfg;
    cfg.officePostcode = QStringLiteral("101000");
    cfg.officeName = QStringLiteral("Moscow");
    cfg.counterId = QStringLiteral("1");
    cfg.counterName = QStringLiteral("W1");
    (void)pc::services::ensureOfficeAndCounter(*c, cfg);
    (void)pc::services::seedDemoRanges(*c, cfg.officePostcode);
    pc::SystemClock clock;
    pc::services::AcceptanceService svc(*c, clock, pc::services::counterContextFrom(cfg));
    pc::services::AcceptanceRequest req;
    req.weight = pc::Weight::fromGrams(1250);
    req.objectCode = 4030;
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < n; ++i)
        if (!svc.accept(req)) {
            std::fprintf(stderr, "acceptance failed\n");
            return 0;
        }
    return n / (static_cast<double>(t.nsecsElapsed()) / 1e9);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("pc.*.debug=false\npc.*.info=false"));
    const int n = argc > 1 ? std::atoi(argv[1]) : 2000;
    QTemporaryDir tmp(argc > 2 ? QString::fromLocal8Bit(argv[2]) + QStringLiteral("/bench-XXXXXX")
                               : QString());
    // Alternate to share any disk-cache effects fairly; keep the best of three of each.
    double raw = 0, acc = 0;
    for (int round = 0; round < 3; ++round) {
        raw = std::max(raw, rawSqlite(tmp.filePath(QStringLiteral("raw%1.db").arg(round)), n));
        acc = std::max(acc, acceptances(tmp.filePath(QStringLiteral("acc%1.db").arg(round)), n));
    }
    std::printf("raw SQLite one-row durable transactions: %.0f /s\n", raw);
    std::printf("durable acceptances (item+operation+outbox): %.0f /s\n", acc);
    std::printf("ratio: %.2f\n", raw > 0 ? acc / raw : 0.0);
    return 0;
}
