#include "PhoneAddressingRepository.h"

#include "db/Bind.h"
#include "db/SqlError.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace pc::db {

Status PhoneAddressingRepository::insert(const PhoneAddressingRecord& r)
{
    QSqlQuery q(m_c.db());
    q.prepare(QStringLiteral("INSERT INTO phone_addressing (item_id, postcode, address, addressed_at, "
                             "counter_id, operation_id) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(r.itemId);
    q.addBindValue(r.postcode);
    q.addBindValue(textValue(r.address));
    q.addBindValue(r.addressedAtUtc.toUTC().toString(Qt::ISODateWithMs));
    q.addBindValue(r.counterId);
    q.addBindValue(r.operationId);
    if (!q.exec()) {
        if (isUniqueViolation(q))
            return Error{QStringLiteral("phone_send.already_addressed"),
                         QCoreApplication::translate("PhoneSend",
                                                     "Item %1 has just been addressed at another counter.")
                             .arg(r.itemId)};
        return sqlError(q, QStringLiteral("recording the office chosen for %1").arg(r.itemId));
    }
    return {};
}

Result<std::optional<PhoneAddressingRecord>> PhoneAddressingRepository::find(const QString& itemId) const
{
    QSqlQuery q(m_c.db());
    q.prepare(QStringLiteral("SELECT item_id, postcode, address, addressed_at, counter_id, operation_id "
                             "FROM phone_addressing WHERE item_id = ?"));
    q.addBindValue(itemId);
    if (!q.exec())
        return sqlError(q, QStringLiteral("reading the office chosen for %1").arg(itemId));
    if (!q.next())
        return std::optional<PhoneAddressingRecord>{};
    PhoneAddressingRecord r;
    r.itemId = q.value(0).toString();
    r.postcode = q.value(1).toString();
    r.address = q.value(2).toString();
    r.addressedAtUtc = QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs);
    r.counterId = q.value(4).toString();
    r.operationId = q.value(5).toLongLong();
    return std::optional<PhoneAddressingRecord>(r);
}

} // namespace pc::db
