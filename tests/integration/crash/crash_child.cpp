// Accepts items in a loop on the given database and reports each commit on stdout only after the
// commit returned: "COMMITTED <identifier> <event id>". The parent test kills it at random.
#include "db/Connection.h"
#include "services/AcceptanceService.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2)
        return 2;
    auto conn = pc::db::openSqlite({QString::fromLocal8Bit(argv[1])});
    if (!conn) {
        std::fprintf(stderr, "open: %s\n", qPrintable(conn.error().message));
        return 3;
    }
    pc::SystemClock clock;
    pc::services::AcceptanceService svc(
        *conn, clock, {QStringLiteral("101000"), QStringLiteral("1"), QStringLiteral("op"), 180});
    std::printf("READY\n");
    std::fflush(stdout);
    for (;;) {
        pc::services::AcceptanceRequest req;
        req.allocateKind = QRandomGenerator::global()->bounded(4) == 0 ? pc::IdKind::S10 : pc::IdKind::Rpo14;
        req.serviceIndicator = QStringLiteral("RA");
        req.weight = pc::Weight::fromGrams(1 + QRandomGenerator::global()->bounded(20000));
        auto a = svc.accept(req);
        if (!a) {
            std::fprintf(stderr, "accept: %s\n", qPrintable(a.error().message));
            return 4;
        }
        std::printf("COMMITTED %s %s\n", qPrintable(a->id.text), qPrintable(a->eventId));
        std::fflush(stdout);
    }
}
