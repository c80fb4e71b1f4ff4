#pragma once
// The delivery office the recipient of an item sent by phone chose (table phone_addressing). Set
// once: insert() inside the address update's transaction; item_id is the primary key, so a second
// choice for the same item cannot be stored.
#include "db/Connection.h"

#include <QDateTime>
#include <optional>

namespace pc::db {

struct PhoneAddressingRecord {
    QString itemId;
    QString postcode;
    QString address;
    QDateTime addressedAtUtc;
    QString counterId;
    qint64 operationId = 0;
};

class PhoneAddressingRepository {
public:
    explicit PhoneAddressingRepository(const Connection& c) : m_c(c) {}

    Status insert(const PhoneAddressingRecord& record);
    Result<std::optional<PhoneAddressingRecord>> find(const QString& itemId) const;

private:
    const Connection& m_c;
};

} // namespace pc::db
