#pragma once
// Runs a unit of work in one transaction and retries it when the database aborted it because another
// counter touched the same rows at the same moment (PostgreSQL SQLSTATE 40001 serialization failure,
// 40P01 deadlock; db.conflict from a compare-and-set). The one place such retries happen: the body
// must be re-runnable from scratch (it only talks to the database until it returns).
#include "Transaction.h"

#include <functional>

namespace pc::db {

// True for errors a fresh attempt of the same transaction can succeed after.
bool isTransientConflict(const Error& e);

struct RetryPolicy {
    int attempts = 8;
    int firstBackoffMs = 2; // doubled each time, with jitter, so colliding windows spread out
};

Status runInTransaction(const Connection& c, const std::function<Status()>& body, RetryPolicy policy = {});

template <typename T>
Result<T> runInTransaction(const Connection& c, const std::function<Result<T>()>& body,
                           RetryPolicy policy = {})
{
    std::optional<T> value;
    Status st = runInTransaction(
        c,
        [&]() -> Status {
            auto r = body();
            if (!r)
                return r.error();
            value = std::move(*r);
            return {};
        },
        policy);
    if (!st)
        return st.error();
    return std::move(*value);
}

// How many retries this process has made so far (bench and tests report it).
qint64 transactionRetryCount();

} // namespace pc::db
