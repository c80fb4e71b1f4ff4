#pragma once
// Receipts and their lines. A receipt number is taken with nextNumber() inside the transaction that
// records the sale: a rolled-back sale gives its number back, a committed one keeps it for ever, so
// the numbers of a counter have no gaps and never repeat.
#include "db/Connection.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <optional>

namespace pc::db {

struct ReceiptLineRecord {
    int lineNo = 0;
    QString itemId; // empty for a line that is not about one item
    QString name;
    int quantity = 1;
    qint64 priceKop = 0;
    int vatRateBp = 0;
    qint64 vatKop = 0;
    qint64 totalKop = 0;
};

struct ReceiptRecord {
    qint64 id = 0;
    QString counterId;
    qint64 number = 0;
    QString kind = QStringLiteral("sale"); // sale | refund
    std::optional<qint64> refundOf;
    std::optional<qint64> shiftId;
    QString operatorId;
    qint64 totalKop = 0;
    qint64 vatKop = 0;
    QString method = QStringLiteral("cash"); // cash | card | contract
    std::optional<qint64> tenderedKop;
    std::optional<qint64> changeKop;
    QString cardAuthCode;
    QString cardRrn;
    QString cardPan;
    QString contract;
    QDateTime createdAtUtc;
    QList<ReceiptLineRecord> lines;
};

class ReceiptRepository {
public:
    explicit ReceiptRepository(const Connection& c) : m_c(c) {}

    // The counter's next receipt number; call inside the transaction that inserts the receipt.
    Result<qint64> nextNumber(const QString& counterId);
    Result<qint64> insert(const ReceiptRecord& r); // with its lines; the id
    Result<ReceiptRecord> get(qint64 id) const;
    Result<std::optional<ReceiptRecord>> byNumber(const QString& counterId, qint64 number) const;
    // Signed totals by payment method (sales +, refunds −) of a counter in [fromUtc, toUtc).
    Result<QMap<QString, qint64>> totalsByMethod(const QString& counterId, const QDateTime& fromUtc,
                                                 const QDateTime& toUtc) const;
    // Numbers of a counter in ascending order (audits: no gaps, no repeats).
    Result<QList<qint64>> numbers(const QString& counterId) const;

private:
    const Connection& m_c;
};

} // namespace pc::db
