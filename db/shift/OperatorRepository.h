#pragma once
// Operators (clerks, supervisors, administrators) and their log-in state.
#include "db/Connection.h"

#include <QDateTime>
#include <QList>
#include <optional>

namespace pc::db {

struct OperatorRecord {
    QString id;
    QString name;
    QString role; // "operator" | "supervisor" | "admin"
    bool active = true;
    QString passwordHash; // libsodium crypto_pwhash_str output; empty = no password set
    int failedAttempts = 0;
    QDateTime lockedUntilUtc; // invalid = not locked
};

class OperatorRepository {
public:
    explicit OperatorRepository(const Connection& c) : m_c(c) {}

    Status insert(const OperatorRecord& op);
    Result<std::optional<OperatorRecord>> find(const QString& id) const;
    Result<QList<OperatorRecord>> all() const;
    Status setPasswordHash(const QString& id, const QString& hash);
    Status setLoginState(const QString& id, int failedAttempts, const QDateTime& lockedUntilUtc);
    Status setActive(const QString& id, bool active);

private:
    const Connection& m_c;
};

} // namespace pc::db
