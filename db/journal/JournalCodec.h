#pragma once
// The canonical encoding of a journal row and its SHA-256 hash (docs/tracking-api.md, "Journal
// chain"). The encoding is byte-exact and versioned: changing it breaks every stored chain.
//
//   "pc-journal/1\n" followed by each field, in this order, as <byte length>:<UTF-8 bytes>;
//   (a NULL optional field is "~;")
//   counter_id, journal_seq, prev_hash, item_id, op_type, op_attr, occurred_at (as stored: UTC,
//   yyyy-MM-ddTHH:mm:ss.zzzZ), utc_offset_min, office_postcode, operator_id, weight_g, amount_kop
//
// Integers are decimal without leading zeros ("-" for negatives). The hash is lowercase hex.
#include <QByteArray>
#include <QString>
#include <optional>

namespace pc::db {

// 64 zeros: the prev_hash of a counter's first journal row.
inline const QString kGenesisHash = QString(64, u'0');

struct JournalRow {
    qint64 operationId = 0; // not hashed: the rowid is assigned after the hash is computed
    QString counterId;
    qint64 journalSeq = 0;
    QString prevHash;
    QString itemId;
    int opType = 0;
    int opAttr = 0;
    QString occurredAt; // exactly as stored
    int utcOffsetMin = 0;
    QString officePostcode;
    QString operatorId;
    std::optional<qint64> weightG;
    std::optional<qint64> amountKop;
    QString hash; // as stored (empty when computing)
};

QByteArray canonicalJournalEncoding(const JournalRow& row);
QString journalRowHash(const JournalRow& row);

} // namespace pc::db
