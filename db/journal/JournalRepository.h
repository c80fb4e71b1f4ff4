#pragma once
// The hash chain over the operation journal: numbering and linking a new row, verifying the chain
// of every counter, and reading rows for export. Rows are never updated once chained.
#include "JournalCodec.h"
#include "db/Connection.h"

#include <QDateTime>
#include <QList>

namespace pc::db {

struct JournalLink {
    qint64 seq = 1;
    QString prevHash = kGenesisHash;
    QDateTime lastAtUtc; // when the row before happened; invalid for the first row

    // clock.behind when `nowUtc` is earlier than the row before (JournalRepository::requireClockNotBehind).
    Status requireNotBefore(const QString& counterId, const QDateTime& nowUtc) const;
};

struct JournalBreak {
    QString counterId;
    qint64 operationId = 0;
    std::optional<qint64> journalSeq;
    QString itemId;
    QString kind; // "edited", "deleted", "reordered", "unchained"
    QString message;
};

struct JournalVerdict {
    qint64 rowsChecked = 0;
    int counters = 0;
    qint64 legacyRows = 0; // written before schema 5 and not yet sealed (see sealLegacy)
    std::optional<JournalBreak> firstBreak;
    bool ok() const { return !firstBreak.has_value(); }
};

struct JournalExportEntry {
    JournalRow row;
    QString eventId; // empty when the operation has no tracking event
    qint64 eventSeq = 0;
    QByteArray payload;
};

class JournalRepository {
public:
    explicit JournalRepository(const Connection& c) : m_c(c) {}

    // The link for the counter's next row. Seals legacy rows of that counter first, so call it in
    // the appending transaction.
    Result<JournalLink> nextLink(const QString& counterId) const;
    // Refuses ("clock.behind") a time earlier than the counter's last journal row: the computer's clock
    // went back. Stamping such an operation would put it out of time order in the journal, the export
    // and the shift reports (built over [opened, now)); moving its time forward would print a time that
    // never happened on a receipt and in tracking. The clerk corrects the clock instead.
    Status requireClockNotBehind(const QString& counterId, const QDateTime& nowUtc) const;
    // Chains the counter's rows written before schema 5 (journal_seq NULL), oldest first.
    Status sealLegacy(const QString& counterId) const;

    // Walks every counter's chain in journal order; stops at the first broken row. With onlyCounter,
    // that counter's chain and tracking events only (a workstation's start-up check on an office
    // server holding every counter's journal).
    Result<JournalVerdict> verify(const QString& onlyCounter = {}) const;

    // Rows whose occurred_at (UTC) is in [fromUtc, toUtc), with their tracking events, in time order.
    Result<QList<JournalExportEntry>> between(const QDateTime& fromUtc, const QDateTime& toUtc) const;

private:
    const Connection& m_c;
};

} // namespace pc::db
