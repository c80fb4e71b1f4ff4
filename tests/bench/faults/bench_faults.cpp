// The clock check runs in every OperationRepository::append (on the row nextLink already reads) and
// once when a shift closes (JournalRepository::requireClockNotBehind): the whole append and the
// standalone check on a counter journal of N rows, averaged.
// Usage: bench_faults [rows]   (default 20000)
#include "db/Connection.h"
#include "db/OperationRepository.h"
#include "db/journal/JournalRepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <cstdio>

using namespace pc;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int n = argc > 1 ? QByteArray(argv[1]).toInt() : 20000;
    QTemporaryDir dir;
    auto c = db::openSqlite({dir.filePath(QStringLiteral("bench.db"))});
    if (!c) {
        std::fprintf(stderr, "%s\n", qPrintable(c.error().message));
        return 1;
    }
    // Rows of the journal only: the items they name are not the point here.
    QSqlQuery(c->db()).exec(QStringLiteral("PRAGMA foreign_keys=OFF"));
    const QDateTime start(QDate(2026, 11, 25), QTime(6, 0), Qt::UTC);
    QSqlQuery(c->db()).exec(QStringLiteral("BEGIN IMMEDIATE"));
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < n; ++i) {
        db::OperationRecord op;
        op.itemId = QStringLiteral("T%1").arg(i % 1000, 13, 10, QLatin1Char('0'));
        op.op = pc::op::AcceptanceSingle;
        op.occurredAtUtc = start.addMSecs(i);
        op.officePostcode = QStringLiteral("101000");
        op.counterId = QStringLiteral("1");
        op.operatorId = QStringLiteral("op1");
        op.weightG = i;
        if (auto id = db::OperationRepository(*c).append(op); !id) {
            std::fprintf(stderr, "%s\n", qPrintable(id.error().message));
            return 1;
        }
    }
    const double appendUs = t.nsecsElapsed() / 1000.0 / n;
    const db::JournalRepository journal(*c);
    const QDateTime now = start.addMSecs(n);
    t.restart();
    for (int i = 0; i < n; ++i)
        if (!journal.requireClockNotBehind(QStringLiteral("1"), now))
            return 1;
    const double checkUs = t.nsecsElapsed() / 1000.0 / n;
    QSqlQuery(c->db()).exec(QStringLiteral("ROLLBACK"));
    // In append the check rides on nextLink's query (the last row's time comes with its hash); the
    // standalone check is what closing a shift pays once.
    std::printf("journal of %d rows: whole append incl. the clock check %.1f us/row; standalone check (shift "
                "close) %.1f us\n",
                n, appendUs, checkUs);
    return 0;
}
