#pragma once
// The return codes online shops registered, and which item used each. A code is used at most once:
// markUsed is a conditional update inside the sale's transaction, and item_id is UNIQUE.
#include "db/Connection.h"
#include "domain/returns/ReturnList.h"

#include <QDateTime>
#include <QList>
#include <optional>

namespace pc::db {

struct ReturnAuthorizationRecord {
    returns::ReturnAuthorization authorization;
    QString sourceName;
    QDateTime importedAtUtc;
    QString itemId; // empty until used
    QDateTime acceptedAtUtc;
    QDate acceptedOn;
    QString counterId;
    bool used() const { return !itemId.isEmpty(); }
};

class ReturnAuthorizationRepository {
public:
    explicit ReturnAuthorizationRepository(const Connection& c) : m_c(c) {}

    // Codes already registered are left as they are and listed in the result (not an error).
    Result<QStringList> insertNew(const QList<returns::ReturnAuthorization>& codes, const QString& sourceName,
                                  const QDateTime& atUtc);
    Result<std::optional<ReturnAuthorizationRecord>> find(const QString& code) const;
    // Refused with "returns.already_used" when another item took the code first.
    Status markUsed(const QString& code, const QString& itemId, const QDateTime& atUtc, QDate localDay,
                    const QString& counterId);
    // Returns accepted on a local day, by shop then time.
    Result<QList<ReturnAuthorizationRecord>> acceptedOn(QDate day) const;

private:
    const Connection& m_c;
};

} // namespace pc::db
