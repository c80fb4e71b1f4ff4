#include "ReturnAuthorizationRepository.h"

#include "db/Bind.h"
#include "db/SqlError.h"
#include "domain/acceptance/ShipmentJson.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace pc::db {

namespace {

const QString kColumns = QStringLiteral(
    "code, shop_name, shop_inn, contract, shop_address, order_ref, customer_name, object_code, "
    "declared_value_kop, "
    "max_weight_g, valid_until, source_name, imported_at, item_id, accepted_at, accepted_on, counter_id");

QString utcText(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

ReturnAuthorizationRecord recordFrom(const QSqlQuery& q)
{
    ReturnAuthorizationRecord r;
    returns::ReturnAuthorization& a = r.authorization;
    a.code = q.value(0).toString();
    a.shop.name = q.value(1).toString();
    a.shop.inn = q.value(2).toString();
    a.shop.contract = q.value(3).toString();
    if (auto address = acceptance::addressFromJson(
            QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object(), QStringLiteral("shop_address")))
        a.shop.address = *address;
    a.orderRef = q.value(5).toString();
    a.customerName = q.value(6).toString();
    a.object = q.value(7).toInt();
    a.declaredValueKop = q.value(8).toLongLong();
    a.maxWeightG = q.value(9).toLongLong();
    a.validUntil = QDate::fromString(q.value(10).toString(), Qt::ISODate);
    r.sourceName = q.value(11).toString();
    r.importedAtUtc = QDateTime::fromString(q.value(12).toString(), Qt::ISODateWithMs);
    r.itemId = q.value(13).toString();
    if (!q.value(14).isNull())
        r.acceptedAtUtc = QDateTime::fromString(q.value(14).toString(), Qt::ISODateWithMs);
    r.acceptedOn = QDate::fromString(q.value(15).toString(), Qt::ISODate);
    r.counterId = q.value(16).toString();
    return r;
}

} // namespace

Result<QStringList> ReturnAuthorizationRepository::insertNew(const QList<returns::ReturnAuthorization>& codes,
                                                             const QString& sourceName,
                                                             const QDateTime& atUtc)
{
    QStringList existing;
    QSqlQuery exists(m_c.db());
    exists.prepare(QStringLiteral("SELECT 1 FROM return_authorization WHERE code = ?"));
    QSqlQuery ins(m_c.db());
    ins.prepare(QStringLiteral("INSERT INTO return_authorization (%1) VALUES "
                               "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL, NULL, NULL)")
                    .arg(kColumns));
    for (const returns::ReturnAuthorization& a : codes) {
        exists.addBindValue(a.code);
        if (!exists.exec())
            return sqlError(exists, QStringLiteral("checking return code %1").arg(a.code));
        if (exists.next()) {
            existing << a.code;
            continue;
        }
        ins.addBindValue(a.code);
        ins.addBindValue(a.shop.name);
        ins.addBindValue(textValue(a.shop.inn));
        ins.addBindValue(a.shop.contract);
        ins.addBindValue(QString::fromUtf8(
            QJsonDocument(acceptance::addressJson(a.shop.address)).toJson(QJsonDocument::Compact)));
        ins.addBindValue(textValue(a.orderRef));
        ins.addBindValue(textValue(a.customerName));
        ins.addBindValue(a.object);
        ins.addBindValue(a.declaredValueKop);
        ins.addBindValue(a.maxWeightG);
        ins.addBindValue(a.validUntil.toString(Qt::ISODate));
        ins.addBindValue(textValue(sourceName));
        ins.addBindValue(utcText(atUtc));
        if (!ins.exec())
            return sqlError(ins, QStringLiteral("registering return code %1").arg(a.code));
    }
    return existing;
}

Result<std::optional<ReturnAuthorizationRecord>>
ReturnAuthorizationRepository::find(const QString& code) const
{
    QSqlQuery q(m_c.db());
    q.prepare(QStringLiteral("SELECT %1 FROM return_authorization WHERE code = ?").arg(kColumns));
    q.addBindValue(code);
    if (!q.exec())
        return sqlError(q, QStringLiteral("finding return code %1").arg(code));
    if (!q.next())
        return std::optional<ReturnAuthorizationRecord>{};
    return std::optional<ReturnAuthorizationRecord>(recordFrom(q));
}

Status ReturnAuthorizationRepository::markUsed(const QString& code, const QString& itemId,
                                               const QDateTime& atUtc, QDate localDay,
                                               const QString& counterId)
{
    QSqlQuery q(m_c.db());
    q.prepare(QStringLiteral("UPDATE return_authorization SET item_id = ?, accepted_at = ?, accepted_on = ?, "
                             "counter_id = ? WHERE code = ? AND item_id IS NULL"));
    q.addBindValue(itemId);
    q.addBindValue(utcText(atUtc));
    q.addBindValue(localDay.toString(Qt::ISODate));
    q.addBindValue(counterId);
    q.addBindValue(code);
    if (!q.exec())
        return sqlError(q, QStringLiteral("using return code %1").arg(code));
    if (q.numRowsAffected() != 1)
        return Error{
            QStringLiteral("returns.already_used"),
            QCoreApplication::translate("EasyReturn", "Return code %1 has just been used for another item.")
                .arg(code)};
    return {};
}

Result<QList<ReturnAuthorizationRecord>> ReturnAuthorizationRepository::acceptedOn(QDate day) const
{
    QSqlQuery q(m_c.db());
    q.prepare(QStringLiteral("SELECT %1 FROM return_authorization WHERE accepted_on = ? "
                             "ORDER BY shop_name, accepted_at")
                  .arg(kColumns));
    q.addBindValue(day.toString(Qt::ISODate));
    if (!q.exec())
        return sqlError(q, QStringLiteral("listing the returns of %1").arg(day.toString(Qt::ISODate)));
    QList<ReturnAuthorizationRecord> out;
    while (q.next())
        out << recordFrom(q);
    return out;
}

} // namespace pc::db
