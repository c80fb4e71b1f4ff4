// One counter window acting on the shared office database, for the multi-counter tests and the bench.
// Several of these run as separate processes at the same time, each with its own connection.
//   pc_window_sim DB_URL - setup WINDOWS [split]   office 101000 with counters 1..WINDOWS and one
//                                                  14-digit identifier range of 99999 serials
//                                                  ("split": a part of it for each counter)
//   pc_window_sim DB_URL COUNTER accept N          accept N items (identifier allocated); prints
//                                                  "id <identifier>" and "ms <commit latency>" lines
//   pc_window_sim DB_URL COUNTER receipts N SHARED take N receipt numbers of counter SHARED; prints
//                                                  "receipt <number>"
//   pc_window_sim DB_URL COUNTER handover ITEM...   hand over each stored item; prints "won <item>"
//                                                  or "lost <item>"
//   pc_window_sim DB_URL COUNTER arrive ITEM...     register each (unknown, 100 g) item's arrival;
//                                                  prints "arrived <item>" or "already <item>"
// The last line is "retries <n>" (transactions the runner re-ran) and the exit code is 0 unless an
// error other than a refusal reached this "clerk".
#include "db/Connection.h"
#include "db/IdentifierRangeRepository.h"
#include "db/TransactionRunner.h"
#include "db/sale/ReceiptRepository.h"
#include "db/storage/StoredItemRepository.h"
#include "domain/Clock.h"
#include "services/AcceptanceService.h"
#include "services/OfficeSetup.h"
#include "services/storage/ArrivalService.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

using namespace pc;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList a = app.arguments();
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (a.size() < 4) {
        err << "usage: pc_window_sim DB_URL COUNTER accept|receipts|handover ...\n";
        return 2;
    }
    auto c = db::open({a[1]});
    if (!c) {
        err << c.error().message << "\n";
        return 3;
    }
    const QString counter = a[2];
    const QString mode = a[3];
    int failures = 0;
    auto report = [&](const Error& e) {
        err << e.code << ": " << e.message << "\n";
        ++failures;
    };

    if (mode == QStringLiteral("setup") && a.size() >= 5) {
        services::AppConfig cfg;
        cfg.officePostcode = QStringLiteral("101000");
        cfg.officeName = QStringLiteral("Moscow 101000");
        for (int i = 1, n = a[4].toInt(); i <= n; ++i) {
            cfg.counterId = QString::number(i);
            if (auto st = services::ensureOfficeAndCounter(*c, cfg); !st)
                report(st.error());
        }
        db::IdentifierRange r;
        r.officePostcode = cfg.officePostcode;
        r.kind = IdKind::Rpo14;
        r.prefix = QStringLiteral("10100025");
        r.firstSerial = 1;
        r.lastSerial = 99999;
        auto id = db::IdentifierRangeRepository(*c).addRange(r);
        if (!id)
            report(id.error());
        else if (a.size() >= 6 && a[5] == QStringLiteral("split")) {
            QStringList counters;
            for (int i = 1, n = a[4].toInt(); i <= n; ++i)
                counters << QString::number(i);
            if (auto parts = db::IdentifierRangeRepository(*c).splitAmongCounters(*id, counters); !parts)
                report(parts.error());
        }
    } else if (mode == QStringLiteral("accept") && a.size() >= 5) {
        SystemClock clock;
        services::AcceptanceService svc(
            *c, clock, {QStringLiteral("101000"), counter, QStringLiteral("op") + counter, 180});
        for (int i = 0, n = a[4].toInt(); i < n; ++i) {
            services::AcceptanceRequest r;
            r.weight = Weight::fromGrams(250 + i);
            r.totalKop = 18000;
            r.destination = QStringLiteral("190000");
            QElapsedTimer t;
            t.start();
            auto got = svc.accept(r);
            const double ms = double(t.nsecsElapsed()) / 1e6;
            if (!got) {
                report(got.error());
                continue;
            }
            out << "id " << got->id.text << "\nms " << QString::number(ms, 'f', 3) << "\n";
        }
    } else if (mode == QStringLiteral("receipts") && a.size() >= 6) {
        const QString shared = a[5];
        for (int i = 0, n = a[4].toInt(); i < n; ++i) {
            auto num = db::runInTransaction<qint64>(
                *c, [&]() { return db::ReceiptRepository(*c).nextNumber(shared); });
            if (!num)
                report(num.error());
            else
                out << "receipt " << *num << "\n";
        }
    } else if (mode == QStringLiteral("handover")) {
        db::StoredItemRepository repo(*c);
        for (const QString& item : a.mid(4)) {
            const QDateTime now = QDateTime::currentDateTimeUtc();
            Status st = db::runInTransaction(
                *c, [&]() { return repo.leaveStorage(item, QStringLiteral("delivered"), now); });
            if (st)
                out << "won " << item << "\n";
            else if (st.error().code == QStringLiteral("storage.not_stored"))
                out << "lost " << item << "\n";
            else
                report(st.error());
        }
    } else if (mode == QStringLiteral("arrive")) {
        SystemClock clock;
        services::ArrivalService arrival(
            *c, clock, {QStringLiteral("101000"), counter, QStringLiteral("op") + counter, 180}, {});
        for (const QString& item : a.mid(4)) {
            services::ArrivalRequest r;
            r.barcode = item;
            r.weightG = 100;
            auto done = arrival.arrive(r);
            if (done)
                out << "arrived " << item << "\n";
            else if (done.error().code == QStringLiteral("storage.already_arrived"))
                out << "already " << item << "\n";
            else
                report(done.error());
        }
    } else {
        err << "unknown mode " << mode << "\n";
        return 2;
    }
    out << "retries " << db::transactionRetryCount() << "\n";
    return failures == 0 ? 0 : 1;
}
