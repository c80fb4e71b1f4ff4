#pragma once
// The rows of issuing (schema v10): one-time SMS codes (hash only), how each recipient was
// identified (document number encrypted), hand-overs, COD transfers, charges due at hand-over,
// refusals and failed attempts. Written inside the caller's transaction.
#include "db/Connection.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <optional>

namespace pc::db {

struct SmsCodeRecord {
    qint64 id = 0;
    QString phoneDigits;
    QString itemId; // empty: asked by phone
    QByteArray codeHash;
    QByteArray salt;
    QDateTime createdAtUtc;
    QDateTime expiresAtUtc;
    int wrongAttempts = 0;
    QString state = QStringLiteral("active");
};

struct IdentificationRecord {
    qint64 id = 0;
    QString method; // id_doc | power_of_attorney | sms_code
    QString docType;
    QString docMasked;
    QByteArray docNumberEnc; // ciphertext (stored base64)
    QByteArray docNumberNonce;
    QDate docIssued;
    QString docIssuer;
    QString poaNumber;
    QDate poaIssuedOn;
    QDate poaValidUntil;
    QString poaIssuedBy;
    std::optional<qint64> smsCodeId;
    QString operatorId;
    QString counterId;
    QDateTime createdAtUtc;
};

struct CodTransferRecord {
    qint64 id = 0;
    QString itemId;
    qint64 amountKop = 0;
    qint64 feeKop = 0;
    QString feePaidBy = QStringLiteral("recipient");
    qint64 transferKop = 0;
    QString f112Number;
    qint64 receiptId = 0;
    qint64 operationId = 0;
    std::optional<qint64> printJob;
    QDateTime createdAtUtc;
};

struct HandOverRecord {
    QString itemId;
    qint64 identificationId = 0;
    qint64 operationId = 0;
    std::optional<qint64> receiptId;
    std::optional<qint64> codTransferId;
    qint64 codKop = 0;
    qint64 codFeeKop = 0;
    qint64 customsDutyKop = 0;
    qint64 storageChargeKop = 0;
    qint64 totalKop = 0;
    QDateTime handedAtUtc;
};

struct ItemChargeRecord {
    qint64 id = 0;
    QString itemId;
    QString kind; // customs_duty | storage_extension
    qint64 amountKop = 0;
    QDateTime createdAtUtc;
    std::optional<qint64> receiptId;
};

struct DeliveryAttemptRecord {
    QString itemId;
    QString kind; // refused | failed
    int opAttr = 0;
    QString reason;
    qint64 operationId = 0;
    QString operatorId;
    QDateTime createdAtUtc;
};

class IssuingRepository {
public:
    explicit IssuingRepository(const Connection& c) : m_c(c) {}

    Result<qint64> insertSmsCode(const SmsCodeRecord& r);
    Result<std::optional<SmsCodeRecord>> lastSmsCode(const QString& phoneDigits) const;
    Status updateSmsCode(qint64 id, const QString& state, int wrongAttempts);
    // The same, only when the code is still as it was read (state, attempts): two windows checking
    // codes for one phone at once cannot both count the same attempt. "db.conflict" otherwise (the
    // transaction runner re-reads and checks again).
    Status updateSmsCodeIf(qint64 id, const QString& wasState, int wasAttempts, const QString& state,
                           int wrongAttempts);
    // verified → used; false when the code was not verified any more (used by a racing hand-over).
    Result<bool> consumeSmsCode(qint64 id, const QDateTime& atUtc);

    Result<qint64> insertIdentification(const IdentificationRecord& r);
    Result<IdentificationRecord> identification(qint64 id) const;
    Result<qint64> insertCodTransfer(const CodTransferRecord& r);
    Status setCodTransferJob(qint64 id, qint64 jobId);
    Result<std::optional<CodTransferRecord>> codTransferFor(const QString& itemId) const;
    Status insertHandOver(const HandOverRecord& r);
    Result<std::optional<HandOverRecord>> handOverOf(const QString& itemId) const;

    Result<qint64> addCharge(const ItemChargeRecord& r);
    Result<QList<ItemChargeRecord>> unpaidCharges(const QString& itemId) const;
    Status markChargesPaid(const QString& itemId, qint64 receiptId);

    Status insertAttempt(const DeliveryAttemptRecord& r);

private:
    const Connection& m_c;
};

} // namespace pc::db
