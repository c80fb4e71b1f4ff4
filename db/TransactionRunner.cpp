#include "TransactionRunner.h"

#include <QAtomicInteger>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QThread>

Q_LOGGING_CATEGORY(lcTxRunner, "pc.db.transaction")

namespace pc::db {

namespace {
QAtomicInteger<qint64> g_retries;
}

bool isTransientConflict(const Error& e)
{
    // Not db.locked: the database already waited its busy timeout (SQLite) or lock_timeout (PostgreSQL)
    // before reporting it, so starting over would multiply the clerk's wait by the attempts.
    return e.code == QStringLiteral("db.serialization") || e.code == QStringLiteral("db.conflict");
}

qint64 transactionRetryCount()
{
    return g_retries.loadRelaxed();
}

Status runInTransaction(const Connection& c, const std::function<Status()>& body, RetryPolicy policy)
{
    int backoff = policy.firstBackoffMs;
    for (int attempt = 1;; ++attempt) {
        Status st = [&]() -> Status {
            auto tx = Transaction::begin(c);
            if (!tx)
                return tx.error();
            if (Status b = body(); !b)
                return b; // the Transaction rolls back as it goes out of scope
            return tx->commit();
        }();
        if (st || !isTransientConflict(st.error()) || attempt >= policy.attempts)
            return st;
        g_retries.fetchAndAddRelaxed(1);
        qCDebug(lcTxRunner) << "retrying after" << st.error().code << "attempt" << attempt;
        QThread::usleep(static_cast<unsigned long>(
            1000 * (backoff + static_cast<int>(QRandomGenerator::global()->bounded(backoff + 1)))));
        backoff = qMin(backoff * 2, 200);
    }
}

} // namespace pc::db
