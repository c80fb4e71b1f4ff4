#include "IssuingRepository.h"

#include "db/Bind.h"
#include "db/SqlError.h"

#include <QSqlQuery>
#include <QVariant>

namespace pc::db {

namespace {
QString isoTime(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}
QDateTime fromIso(const QVariant& v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}
QVariant dateOrNull(QDate d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}
QVariant textOrNull(const QString& s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}
QVariant idOrNull(const std::optional<qint64>& v)
{
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::LongLong));
}
std::optional<qint64> optId(const QVariant& v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toLongLong();
}

// Runs a prepared statement with its binds; for INSERT … RETURNING id the id.
Result<QSqlQuery> run(const Connection& c, const QString& sql, const QVariantList& binds, const QString& what)
{
    QSqlQuery q(c.db());
    q.prepare(sql);
    for (const auto& b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return sqlError(q, what);
    return q;
}
Result<qint64> insertReturning(const Connection& c, const QString& sql, const QVariantList& binds,
                               const QString& what)
{
    auto q = run(c, sql, binds, what);
    if (!q)
        return q.error();
    const qint64 id = returnedId(*q);
    if (id < 0)
        return Error{QStringLiteral("db.no_id"), QStringLiteral("%1: no id returned").arg(what)};
    return id;
}
} // namespace

Result<qint64> IssuingRepository::insertSmsCode(const SmsCodeRecord& r)
{
    return insertReturning(
        m_c,
        QStringLiteral("INSERT INTO sms_code (phone_digits, item_id, code_hash, salt, created_at, "
                       "expires_at, wrong_attempts, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                       "RETURNING id"),
        {r.phoneDigits, textOrNull(r.itemId), QString::fromLatin1(r.codeHash.toHex()),
         QString::fromLatin1(r.salt.toHex()), isoTime(r.createdAtUtc), isoTime(r.expiresAtUtc),
         r.wrongAttempts, r.state},
        QStringLiteral("recording an SMS code"));
}

Result<std::optional<SmsCodeRecord>> IssuingRepository::lastSmsCode(const QString& phoneDigits) const
{
    auto q = run(
        m_c,
        QStringLiteral("SELECT id, phone_digits, item_id, code_hash, salt, created_at, expires_at, "
                       "wrong_attempts, state FROM sms_code WHERE phone_digits = ? ORDER BY id DESC LIMIT 1"),
        {phoneDigits}, QStringLiteral("reading the SMS code"));
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<SmsCodeRecord>{};
    SmsCodeRecord r;
    r.id = q->value(0).toLongLong();
    r.phoneDigits = q->value(1).toString();
    r.itemId = q->value(2).toString();
    r.codeHash = QByteArray::fromHex(q->value(3).toString().toLatin1());
    r.salt = QByteArray::fromHex(q->value(4).toString().toLatin1());
    r.createdAtUtc = fromIso(q->value(5));
    r.expiresAtUtc = fromIso(q->value(6));
    r.wrongAttempts = q->value(7).toInt();
    r.state = q->value(8).toString();
    return std::optional<SmsCodeRecord>(r);
}

Status IssuingRepository::updateSmsCode(qint64 id, const QString& state, int wrongAttempts)
{
    auto q = run(m_c, QStringLiteral("UPDATE sms_code SET state = ?, wrong_attempts = ? WHERE id = ?"),
                 {state, wrongAttempts, id}, QStringLiteral("updating the SMS code"));
    if (!q)
        return q.error();
    return {};
}

Status IssuingRepository::updateSmsCodeIf(qint64 id, const QString& wasState, int wasAttempts,
                                          const QString& state, int wrongAttempts)
{
    auto q = run(m_c,
                 QStringLiteral("UPDATE sms_code SET state = ?, wrong_attempts = ? "
                                "WHERE id = ? AND state = ? AND wrong_attempts = ?"),
                 {state, wrongAttempts, id, wasState, wasAttempts}, QStringLiteral("updating the SMS code"));
    if (!q)
        return q.error();
    if (q->numRowsAffected() != 1)
        return Error{QStringLiteral("db.conflict"),
                     QStringLiteral("SMS code %1 was checked at another window at the same moment").arg(id)};
    return {};
}

Result<bool> IssuingRepository::consumeSmsCode(qint64 id, const QDateTime& atUtc)
{
    auto q = run(
        m_c,
        QStringLiteral("UPDATE sms_code SET state = 'used', used_at = ? WHERE id = ? AND state = 'verified'"),
        {isoTime(atUtc), id}, QStringLiteral("using the SMS code"));
    if (!q)
        return q.error();
    return q->numRowsAffected() == 1;
}

Result<qint64> IssuingRepository::insertIdentification(const IdentificationRecord& r)
{
    return insertReturning(
        m_c,
        QStringLiteral(
            "INSERT INTO recipient_identification (method, doc_type, doc_masked, doc_number_enc, "
            "doc_number_nonce, doc_issued, doc_issuer, poa_number, poa_issued_on, poa_valid_until, "
            "poa_issued_by, sms_code_id, operator_id, counter_id, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {r.method, textOrNull(r.docType), textOrNull(r.docMasked),
         textOrNull(QString::fromLatin1(r.docNumberEnc.toBase64())),
         textOrNull(QString::fromLatin1(r.docNumberNonce.toBase64())), dateOrNull(r.docIssued),
         textOrNull(r.docIssuer), textOrNull(r.poaNumber), dateOrNull(r.poaIssuedOn),
         dateOrNull(r.poaValidUntil), textOrNull(r.poaIssuedBy), idOrNull(r.smsCodeId),
         textValue(r.operatorId), textValue(r.counterId), isoTime(r.createdAtUtc)},
        QStringLiteral("recording the recipient's identification"));
}

Result<IdentificationRecord> IssuingRepository::identification(qint64 id) const
{
    auto q = run(
        m_c,
        QStringLiteral("SELECT method, doc_type, doc_masked, doc_number_enc, doc_number_nonce, doc_issued, "
                       "doc_issuer, poa_number, poa_issued_on, poa_valid_until, poa_issued_by, sms_code_id, "
                       "operator_id, counter_id, created_at FROM recipient_identification WHERE id = ?"),
        {id}, QStringLiteral("reading an identification"));
    if (!q)
        return q.error();
    if (!q->next())
        return Error{QStringLiteral("db.not_found"), QStringLiteral("identification %1 not found").arg(id)};
    IdentificationRecord r;
    r.id = id;
    r.method = q->value(0).toString();
    r.docType = q->value(1).toString();
    r.docMasked = q->value(2).toString();
    r.docNumberEnc = QByteArray::fromBase64(q->value(3).toString().toLatin1());
    r.docNumberNonce = QByteArray::fromBase64(q->value(4).toString().toLatin1());
    r.docIssued = QDate::fromString(q->value(5).toString(), Qt::ISODate);
    r.docIssuer = q->value(6).toString();
    r.poaNumber = q->value(7).toString();
    r.poaIssuedOn = QDate::fromString(q->value(8).toString(), Qt::ISODate);
    r.poaValidUntil = QDate::fromString(q->value(9).toString(), Qt::ISODate);
    r.poaIssuedBy = q->value(10).toString();
    r.smsCodeId = optId(q->value(11));
    r.operatorId = q->value(12).toString();
    r.counterId = q->value(13).toString();
    r.createdAtUtc = fromIso(q->value(14));
    return r;
}

Result<qint64> IssuingRepository::insertCodTransfer(const CodTransferRecord& r)
{
    return insertReturning(
        m_c,
        QStringLiteral("INSERT INTO cod_transfer (item_id, amount_kop, fee_kop, fee_paid_by, "
                       "transfer_kop, f112_number, receipt_id, operation_id, print_job, created_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {r.itemId, r.amountKop, r.feeKop, r.feePaidBy, r.transferKop, r.f112Number, r.receiptId,
         r.operationId, idOrNull(r.printJob), isoTime(r.createdAtUtc)},
        QStringLiteral("recording the COD transfer of %1").arg(r.itemId));
}

Status IssuingRepository::setCodTransferJob(qint64 id, qint64 jobId)
{
    auto q = run(m_c, QStringLiteral("UPDATE cod_transfer SET print_job = ? WHERE id = ?"), {jobId, id},
                 QStringLiteral("linking the Ф.112ЭП print job"));
    if (!q)
        return q.error();
    return {};
}

Result<std::optional<CodTransferRecord>> IssuingRepository::codTransferFor(const QString& itemId) const
{
    auto q = run(
        m_c,
        QStringLiteral("SELECT id, amount_kop, fee_kop, fee_paid_by, transfer_kop, f112_number, receipt_id, "
                       "operation_id, print_job, created_at FROM cod_transfer WHERE item_id = ?"),
        {itemId}, QStringLiteral("reading the COD transfer"));
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<CodTransferRecord>{};
    CodTransferRecord r;
    r.id = q->value(0).toLongLong();
    r.itemId = itemId;
    r.amountKop = q->value(1).toLongLong();
    r.feeKop = q->value(2).toLongLong();
    r.feePaidBy = q->value(3).toString();
    r.transferKop = q->value(4).toLongLong();
    r.f112Number = q->value(5).toString();
    r.receiptId = q->value(6).toLongLong();
    r.operationId = q->value(7).toLongLong();
    r.printJob = optId(q->value(8));
    r.createdAtUtc = fromIso(q->value(9));
    return std::optional<CodTransferRecord>(r);
}

Status IssuingRepository::insertHandOver(const HandOverRecord& r)
{
    auto q =
        run(m_c,
            QStringLiteral("INSERT INTO hand_over (item_id, identification_id, operation_id, receipt_id, "
                           "cod_transfer_id, cod_kop, cod_fee_kop, customs_duty_kop, storage_charge_kop, "
                           "total_kop, handed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {r.itemId, r.identificationId, r.operationId, idOrNull(r.receiptId), idOrNull(r.codTransferId),
             r.codKop, r.codFeeKop, r.customsDutyKop, r.storageChargeKop, r.totalKop, isoTime(r.handedAtUtc)},
            QStringLiteral("recording the hand-over of %1").arg(r.itemId));
    if (!q)
        return q.error();
    return {};
}

Result<std::optional<HandOverRecord>> IssuingRepository::handOverOf(const QString& itemId) const
{
    auto q =
        run(m_c,
            QStringLiteral("SELECT identification_id, operation_id, receipt_id, cod_transfer_id, cod_kop, "
                           "cod_fee_kop, customs_duty_kop, storage_charge_kop, total_kop, handed_at "
                           "FROM hand_over WHERE item_id = ?"),
            {itemId}, QStringLiteral("reading the hand-over"));
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<HandOverRecord>{};
    HandOverRecord r;
    r.itemId = itemId;
    r.identificationId = q->value(0).toLongLong();
    r.operationId = q->value(1).toLongLong();
    r.receiptId = optId(q->value(2));
    r.codTransferId = optId(q->value(3));
    r.codKop = q->value(4).toLongLong();
    r.codFeeKop = q->value(5).toLongLong();
    r.customsDutyKop = q->value(6).toLongLong();
    r.storageChargeKop = q->value(7).toLongLong();
    r.totalKop = q->value(8).toLongLong();
    r.handedAtUtc = fromIso(q->value(9));
    return std::optional<HandOverRecord>(r);
}

Result<qint64> IssuingRepository::addCharge(const ItemChargeRecord& r)
{
    return insertReturning(m_c,
                           QStringLiteral("INSERT INTO item_charge (item_id, kind, amount_kop, created_at) "
                                          "VALUES (?, ?, ?, ?) RETURNING id"),
                           {r.itemId, r.kind, r.amountKop, isoTime(r.createdAtUtc)},
                           QStringLiteral("recording a charge on %1").arg(r.itemId));
}

Result<QList<ItemChargeRecord>> IssuingRepository::unpaidCharges(const QString& itemId) const
{
    auto q = run(m_c,
                 QStringLiteral("SELECT id, kind, amount_kop, created_at FROM item_charge "
                                "WHERE item_id = ? AND receipt_id IS NULL ORDER BY id"),
                 {itemId}, QStringLiteral("reading the charges of %1").arg(itemId));
    if (!q)
        return q.error();
    QList<ItemChargeRecord> out;
    while (q->next())
        out << ItemChargeRecord{q->value(0).toLongLong(), itemId,
                                q->value(1).toString(),   q->value(2).toLongLong(),
                                fromIso(q->value(3)),     std::nullopt};
    return out;
}

Status IssuingRepository::markChargesPaid(const QString& itemId, qint64 receiptId)
{
    auto q = run(
        m_c, QStringLiteral("UPDATE item_charge SET receipt_id = ? WHERE item_id = ? AND receipt_id IS NULL"),
        {receiptId, itemId}, QStringLiteral("marking the charges of %1 paid").arg(itemId));
    if (!q)
        return q.error();
    return {};
}

Status IssuingRepository::insertAttempt(const DeliveryAttemptRecord& r)
{
    auto q = run(m_c,
                 QStringLiteral("INSERT INTO delivery_attempt (item_id, kind, op_attr, reason, operation_id, "
                                "operator_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                 {r.itemId, r.kind, r.opAttr, textValue(r.reason), r.operationId, textValue(r.operatorId),
                  isoTime(r.createdAtUtc)},
                 QStringLiteral("recording the delivery attempt of %1").arg(r.itemId));
    if (!q)
        return q.error();
    return {};
}

} // namespace pc::db
