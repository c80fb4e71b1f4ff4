#pragma once
// One counter operation = one transaction. On SQLite a write transaction starts IMMEDIATE so two
// writers never deadlock upgrading a read lock. Rolled back on destruction unless committed.
#include "Connection.h"

namespace pc::db {

class Transaction {
public:
    static Result<Transaction> begin(const Connection& c);
    Transaction(Transaction&& o) noexcept : m_db(std::move(o.m_db)), m_open(std::exchange(o.m_open, false)) {}
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    Transaction& operator=(Transaction&&) = delete;
    ~Transaction();

    Status commit();
    void rollback();

private:
    explicit Transaction(QSqlDatabase db) : m_db(std::move(db)), m_open(true) {}
    QSqlDatabase m_db;
    bool m_open = false;
};

} // namespace pc::db
