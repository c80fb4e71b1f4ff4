#include "JournalRepository.h"

#include "db/Bind.h"
#include "db/SqlError.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace pc::db {

namespace {

const QString kRowColumns = QStringLiteral(
    "p.id, p.counter_id, p.journal_seq, p.prev_hash, p.item_id, p.op_type, p.op_attr, p.occurred_at, "
    "p.utc_offset_min, p.office_postcode, p.operator_id, p.weight_g, p.amount_kop, p.hash");
constexpr int kRowColumnCount = 14;

JournalRow rowFrom(const QSqlQuery& q)
{
    JournalRow r;
    r.operationId = q.value(0).toLongLong();
    r.counterId = q.value(1).toString();
    r.journalSeq = q.value(2).toLongLong();
    r.prevHash = q.value(3).toString();
    r.itemId = q.value(4).toString();
    r.opType = q.value(5).toInt();
    r.opAttr = q.value(6).toInt();
    r.occurredAt = q.value(7).toString();
    r.utcOffsetMin = q.value(8).toInt();
    r.officePostcode = q.value(9).toString();
    r.operatorId = q.value(10).toString();
    if (!q.value(11).isNull())
        r.weightG = q.value(11).toLongLong();
    if (!q.value(12).isNull())
        r.amountKop = q.value(12).toLongLong();
    r.hash = q.value(13).toString();
    return r;
}

JournalBreak breakAt(const JournalRow& r, const char* kind, const QString& message)
{
    return {r.counterId, r.operationId, r.journalSeq, r.itemId, QString::fromLatin1(kind), message};
}

} // namespace

Status JournalRepository::sealLegacy(const QString& counterId) const
{
    QSqlQuery chained(m_c.db());
    chained.prepare(
        QStringLiteral("SELECT COUNT(*) FROM operation WHERE counter_id = ? AND journal_seq IS NOT NULL"));
    chained.addBindValue(counterId);
    if (!chained.exec() || !chained.next())
        return sqlError(chained, QStringLiteral("reading the journal"));
    // Once a counter has a chain, an unchained row is a tampered one: never launder it into the chain.
    if (chained.value(0).toLongLong() > 0)
        return {};
    chained.finish();

    QSqlQuery q(m_c.db());
    q.prepare(QStringLiteral("SELECT %1 FROM operation p WHERE p.counter_id = ? AND p.journal_seq IS NULL "
                             "ORDER BY p.id")
                  .arg(kRowColumns));
    q.addBindValue(counterId);
    if (!q.exec())
        return sqlError(q, QStringLiteral("reading the journal"));
    QList<JournalRow> legacy;
    while (q.next())
        legacy.push_back(rowFrom(q));
    q.finish();

    QString prev = kGenesisHash;
    qint64 seq = 0;
    QSqlQuery up(m_c.db());
    up.prepare(QStringLiteral("UPDATE operation SET journal_seq = ?, prev_hash = ?, hash = ? "
                              "WHERE id = ? AND journal_seq IS NULL"));
    for (JournalRow& r : legacy) {
        r.journalSeq = ++seq;
        r.prevHash = prev;
        r.hash = journalRowHash(r);
        up.addBindValue(r.journalSeq);
        up.addBindValue(r.prevHash);
        up.addBindValue(r.hash);
        up.addBindValue(r.operationId);
        if (!up.exec())
            return sqlError(up, QStringLiteral("sealing the journal"));
        prev = r.hash;
    }
    return {};
}

Status JournalLink::requireNotBefore(const QString& counterId, const QDateTime& nowUtc) const
{
    if (!lastAtUtc.isValid() || nowUtc.toUTC() >= lastAtUtc)
        return {};
    const QString format = QStringLiteral("yyyy-MM-dd HH:mm:ss");
    return Error{QStringLiteral("clock.behind"),
                 QCoreApplication::translate(
                     "Journal",
                     "The computer's clock is behind the last operation of counter %1 (%2 UTC; the "
                     "clock says %3 UTC): the operation was not saved. Check the date and time.")
                     .arg(counterId, lastAtUtc.toUTC().toString(format), nowUtc.toUTC().toString(format))};
}

Status JournalRepository::requireClockNotBehind(const QString& counterId, const QDateTime& nowUtc) const
{
    QSqlQuery q(m_c.db());
    q.prepare(
        QStringLiteral("SELECT occurred_at FROM operation WHERE counter_id = ? AND journal_seq IS NOT NULL "
                       "ORDER BY journal_seq DESC LIMIT 1"));
    q.addBindValue(counterId);
    if (!q.exec())
        return sqlError(q, QStringLiteral("reading the journal"));
    if (!q.next())
        return {};
    JournalLink last;
    last.lastAtUtc = QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs);
    return last.requireNotBefore(counterId, nowUtc);
}

Result<JournalLink> JournalRepository::nextLink(const QString& counterId) const
{
    for (int pass = 0; pass < 2; ++pass) {
        QSqlQuery q(m_c.db());
        q.prepare(
            QStringLiteral("SELECT journal_seq, hash, occurred_at FROM operation WHERE counter_id = ? AND "
                           "journal_seq IS NOT NULL ORDER BY journal_seq DESC LIMIT 1"));
        q.addBindValue(counterId);
        if (!q.exec())
            return sqlError(q, QStringLiteral("reading the journal"));
        if (q.next())
            return JournalLink{q.value(0).toLongLong() + 1, q.value(1).toString(),
                               QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs)};
        q.finish();
        if (pass == 0) {
            QSqlQuery legacy(m_c.db());
            legacy.prepare(QStringLiteral(
                "SELECT 1 FROM operation WHERE counter_id = ? AND journal_seq IS NULL LIMIT 1"));
            legacy.addBindValue(counterId);
            if (!legacy.exec())
                return sqlError(legacy, QStringLiteral("reading the journal"));
            if (!legacy.next())
                break;
            legacy.finish();
            if (auto st = sealLegacy(counterId); !st)
                return st.error();
        }
    }
    return JournalLink{};
}

Result<JournalVerdict> JournalRepository::verify(const QString& onlyCounter) const
{
    JournalVerdict v;
    QStringList ids;
    if (!onlyCounter.isEmpty()) {
        ids.push_back(onlyCounter);
    } else {
        QSqlQuery counters(m_c.db());
        if (!counters.exec(QStringLiteral("SELECT DISTINCT counter_id FROM operation ORDER BY counter_id")))
            return sqlError(counters, QStringLiteral("reading the journal"));
        while (counters.next())
            ids.push_back(counters.value(0).toString());
        counters.finish();
    }

    for (const QString& counter : ids) {
        ++v.counters;
        QSqlQuery q(m_c.db());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT %1 FROM operation p WHERE p.counter_id = ? AND p.journal_seq IS NOT "
                                 "NULL ORDER BY p.journal_seq")
                      .arg(kRowColumns));
        q.addBindValue(counter);
        if (!q.exec())
            return sqlError(q, QStringLiteral("reading the journal"));
        qint64 expectedSeq = 1;
        qint64 prevId = 0;
        qint64 firstChainedId = 0;
        QString prevHash = kGenesisHash;
        while (q.next()) {
            const JournalRow r = rowFrom(q);
            ++v.rowsChecked;
            if (firstChainedId == 0)
                firstChainedId = r.operationId;
            if (r.journalSeq != expectedSeq) {
                v.firstBreak = breakAt(
                    r, "deleted",
                    QCoreApplication::translate(
                        "Journal",
                        "Counter %1: journal rows %2..%3 are missing before operation %4 (item %5): rows "
                        "were deleted.")
                        .arg(counter)
                        .arg(expectedSeq)
                        .arg(r.journalSeq - 1)
                        .arg(r.operationId)
                        .arg(r.itemId));
                return v;
            }
            if (r.operationId <= prevId) {
                v.firstBreak =
                    breakAt(r, "reordered",
                            QCoreApplication::translate(
                                "Journal", "Counter %1: operation %2 (journal row %3, item %4) is out of "
                                           "order: it was written before operation %5, which precedes it "
                                           "in the journal.")
                                .arg(counter)
                                .arg(r.operationId)
                                .arg(r.journalSeq)
                                .arg(r.itemId)
                                .arg(prevId));
                return v;
            }
            if (r.prevHash != prevHash) {
                v.firstBreak =
                    breakAt(r, "reordered",
                            QCoreApplication::translate(
                                "Journal", "Counter %1: operation %2 (journal row %3, item %4) does not "
                                           "link to the row before it: that row was edited, or rows were "
                                           "deleted, inserted or moved.")
                                .arg(counter)
                                .arg(r.operationId)
                                .arg(r.journalSeq)
                                .arg(r.itemId));
                return v;
            }
            if (journalRowHash(r) != r.hash) {
                v.firstBreak =
                    breakAt(r, "edited",
                            QCoreApplication::translate(
                                "Journal", "Counter %1: operation %2 (journal row %3, item %4) was edited "
                                           "after it was written: its contents do not match its hash.")
                                .arg(counter)
                                .arg(r.operationId)
                                .arg(r.journalSeq)
                                .arg(r.itemId));
                return v;
            }
            prevHash = r.hash;
            prevId = r.operationId;
            ++expectedSeq;
        }
        q.finish();

        QSqlQuery un(m_c.db());
        un.prepare(
            QStringLiteral("SELECT %1 FROM operation p WHERE p.counter_id = ? AND p.journal_seq IS NULL "
                           "ORDER BY p.id")
                .arg(kRowColumns));
        un.addBindValue(counter);
        if (!un.exec())
            return sqlError(un, QStringLiteral("reading the journal"));
        while (un.next()) {
            const JournalRow r = rowFrom(un);
            if (firstChainedId == 0) { // a counter not yet sealed: rows from before schema 5
                ++v.legacyRows;
                continue;
            }
            v.firstBreak =
                breakAt(r, "unchained",
                        QCoreApplication::translate(
                            "Journal", "Counter %1: operation %2 (item %3) is outside the journal chain: its "
                                       "chain fields were erased or it was inserted directly.")
                            .arg(counter)
                            .arg(r.operationId)
                            .arg(r.itemId));
            return v;
        }
    }

    // A deleted last row leaves no gap in the chain, but its tracking event still names it.
    QSqlQuery orphan(m_c.db());
    orphan.prepare(QStringLiteral("SELECT o.counter_id, o.operation_id, o.item_id, o.seq FROM outbox o "
                                  "LEFT JOIN operation p ON p.id = o.operation_id WHERE p.id IS NULL "
                                  "AND (? = '' OR o.counter_id = ?) ORDER BY o.counter_id, o.seq LIMIT 1"));
    orphan.addBindValue(db::textValue(onlyCounter));
    orphan.addBindValue(db::textValue(onlyCounter));
    if (!orphan.exec())
        return sqlError(orphan, QStringLiteral("reading the outbox"));
    if (orphan.next()) {
        JournalBreak b;
        b.counterId = orphan.value(0).toString();
        b.operationId = orphan.value(1).toLongLong();
        b.itemId = orphan.value(2).toString();
        b.kind = QStringLiteral("deleted");
        b.message =
            QCoreApplication::translate(
                "Journal", "Counter %1: operation %2 (item %3) was deleted: its tracking event %4 remains.")
                .arg(b.counterId)
                .arg(b.operationId)
                .arg(b.itemId)
                .arg(orphan.value(3).toLongLong());
        v.firstBreak = b;
    }
    return v;
}

Result<QList<JournalExportEntry>> JournalRepository::between(const QDateTime& fromUtc,
                                                             const QDateTime& toUtc) const
{
    QSqlQuery q(m_c.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1, o.event_id, o.seq, o.payload FROM operation p LEFT JOIN outbox o ON "
                             "o.operation_id = p.id WHERE p.occurred_at >= ? AND p.occurred_at < ? "
                             "ORDER BY p.occurred_at, p.id")
                  .arg(kRowColumns));
    q.addBindValue(fromUtc.toUTC().toString(Qt::ISODateWithMs));
    q.addBindValue(toUtc.toUTC().toString(Qt::ISODateWithMs));
    if (!q.exec())
        return sqlError(q, QStringLiteral("reading the journal"));
    QList<JournalExportEntry> out;
    while (q.next()) {
        JournalExportEntry e;
        e.row = rowFrom(q);
        e.eventId = q.value(kRowColumnCount).toString();
        e.eventSeq = q.value(kRowColumnCount + 1).toLongLong();
        e.payload = q.value(kRowColumnCount + 2).toString().toUtf8();
        out.push_back(std::move(e));
    }
    return out;
}

} // namespace pc::db
