#pragma once
// Business clients' lists (business_list) and the items on them (business_item). An item moves
// expected → accepted exactly once, in the acceptance transaction; a second scan is refused.
#include "db/Connection.h"

#include <QDateTime>
#include <QList>
#include <optional>

namespace pc::db {

struct BusinessListRecord {
    qint64 id = 0;
    QString clientName;
    QString clientInn;
    QString contract;
    QString sourceName;
    QString sourceSha256;
    QString format; // json | csv
    int linesTotal = 0;
    int linesRejected = 0;
    QString state = QStringLiteral("open"); // open | closed
    QDateTime importedAtUtc;
    std::optional<QDateTime> closedAtUtc;
    QString closedBy;
    // Filled by list()/lists(): how many of its items are expected and accepted.
    int expected = 0;
    int accepted = 0;
};

struct BusinessItemRecord {
    QString barcode;
    qint64 listId = 0;
    int lineNo = 0;
    int objectCode = 0;
    QString shipment; // JSON
    qint64 totalKop = 0;
    QString state = QStringLiteral("expected"); // expected | accepted
    std::optional<QDateTime> acceptedAtUtc;
};

class BusinessListRepository {
public:
    explicit BusinessListRepository(const Connection& c) : m_c(c) {}

    Result<qint64> createList(const BusinessListRecord& list);
    // One prepared statement for the whole batch; call inside the import transaction.
    Status insertItems(const QList<BusinessItemRecord>& items);
    Result<std::optional<BusinessItemRecord>> findItem(const QString& barcode) const;
    // expected → accepted; "business.already_scanned" when it was accepted before.
    Status markAccepted(const QString& barcode, const QDateTime& atUtc);
    Result<QList<BusinessItemRecord>> items(qint64 listId, const QString& state = {}) const;
    Result<BusinessListRecord> list(qint64 id) const;
    Result<QList<BusinessListRecord>> lists(bool openOnly) const;
    Status close(qint64 id, const QString& by, const QDateTime& atUtc);
    // Barcodes of the given set that are already on some list (re-import of the same items).
    Result<QStringList> existingBarcodes(const QStringList& barcodes) const;

private:
    const Connection& m_c;
};

} // namespace pc::db
