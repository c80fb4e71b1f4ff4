// The hash-chained journal: the canonical encoding against hand-written bytes and SHA-256 values
// computed outside the code (printf '...' | sha256sum), and detection of rows edited, deleted or
// reordered directly in the database file.
#include "db/Connection.h"
#include "db/ItemRepository.h"
#include "db/OperationRepository.h"
#include "db/OutboxRepository.h"
#include "db/journal/JournalCodec.h"
#include "db/journal/JournalRepository.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUuid>

using namespace pc;
using namespace pc::db;

namespace {

const QString kFirstHash = QStringLiteral("dd4a4dc8db6e6c49d825125fb6949242964f8b42ca27dcba41fdb859a793e646");
const QString kSecondHash =
    QStringLiteral("c9e85734977fad996d8a699d55e3ff03c87db423c39bda234b311a73c061d5dd");

JournalRow firstRow()
{
    JournalRow r;
    r.counterId = QStringLiteral("1");
    r.journalSeq = 1;
    r.prevHash = kGenesisHash;
    r.itemId = QStringLiteral("RA123456785RU");
    r.opType = 1;
    r.opAttr = 1;
    r.occurredAt = QStringLiteral("2026-11-24T10:05:00.123Z");
    r.utcOffsetMin = 180;
    r.officePostcode = QStringLiteral("101000");
    r.operatorId = QStringLiteral("op1");
    r.weightG = 1250;
    return r;
}

// Writes through a plain SQLite connection, as someone editing the file with a tool would.
void tamper(const QString& path, const QStringList& statements)
{
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const QString& s : statements)
            QVERIFY2(q.exec(s), qPrintable(s));
    }
    QSqlDatabase::removeDatabase(name);
}

class Journal {
public:
    explicit Journal(const QString& path) : m_path(path) {}
    // Two counters, `perCounter` acceptances each, interleaved: ids 1,3,5… are counter 1.
    void fill(int perCounter)
    {
        auto c = openSqlite({m_path});
        QVERIFY(c.ok());
        QSqlQuery q(c->db());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO office (postcode, name) VALUES ('101000', 'Moscow')")));
        QVERIFY(q.exec(
            QStringLiteral("INSERT INTO counter (id, office_postcode, name) VALUES ('1', '101000', 'W1'), "
                           "('2', '101000', 'W2')")));
        for (int i = 0; i < perCounter; ++i)
            for (const QString& counter : {QStringLiteral("1"), QStringLiteral("2")})
                append(*c, counter, i);
    }
    static qint64 append(const Connection& c, const QString& counter, int i)
    {
        const QDateTime at = QDateTime(QDate(2026, 11, 24), QTime(7, 0), Qt::UTC).addSecs(i * 60);
        ItemRecord item;
        item.id =
            QStringLiteral("%1%2").arg(counter).arg(QUuid::createUuid().toString(QUuid::Id128).left(13));
        item.weightG = 100 + i;
        item.status = QStringLiteral("accepted");
        item.officePostcode = QStringLiteral("101000");
        item.counterId = counter;
        item.acceptedAtUtc = at;
        if (!ItemRepository(c).insert(item).ok())
            return -1;
        OperationRecord op;
        op.itemId = item.id;
        op.op = pc::op::AcceptanceSingle;
        op.occurredAtUtc = at;
        op.utcOffsetMin = 180;
        op.officePostcode = QStringLiteral("101000");
        op.counterId = counter;
        op.operatorId = QStringLiteral("op1");
        op.weightG = item.weightG;
        op.amountKop = 15000 + i;
        return OperationRepository(c).append(op).valueOr(-1);
    }
    JournalVerdict verify() const
    {
        auto c = openSqlite({m_path});
        if (!c)
            return {};
        auto v = JournalRepository(*c).verify();
        return v ? *v : JournalVerdict{};
    }

private:
    QString m_path;
};

} // namespace

class TestJournalChain : public QObject {
    Q_OBJECT
private slots:
    void canonicalEncodingIsByteExact()
    {
        const QByteArray expected =
            "pc-journal/1\n1:1;1:1;64:" + QByteArray(64, '0') +
            ";13:RA123456785RU;1:1;1:1;24:2026-11-24T10:05:00.123Z;3:180;6:101000;3:op1;4:1250;~;";
        QCOMPARE(canonicalJournalEncoding(firstRow()), expected);
        QCOMPARE(journalRowHash(firstRow()), kFirstHash);
    }

    void hashCoversNegativesNullsAndUtf8()
    {
        JournalRow r = firstRow();
        r.journalSeq = 2;
        r.prevHash = kFirstHash;
        r.opType = 2;
        r.occurredAt = QStringLiteral("2026-11-25T08:00:00.000Z");
        r.operatorId = QStringLiteral("оп1"); // 5 UTF-8 bytes
        r.weightG.reset();
        r.amountKop = -15000;
        QCOMPARE(journalRowHash(r), kSecondHash);
    }

    void appendChainsEachCounter()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("j.db"));
        Journal j(path);
        j.fill(5);
        auto c = openSqlite({path});
        QVERIFY(c.ok());
        QSqlQuery q(c->db());
        QVERIFY(q.exec(
            QStringLiteral("SELECT counter_id, journal_seq, prev_hash, hash FROM operation ORDER BY id")));
        QHash<QString, QString> last{{QStringLiteral("1"), kGenesisHash},
                                     {QStringLiteral("2"), kGenesisHash}};
        QHash<QString, qint64> seq;
        while (q.next()) {
            const QString counter = q.value(0).toString();
            QCOMPARE(q.value(1).toLongLong(), ++seq[counter]);
            QCOMPARE(q.value(2).toString(), last[counter]);
            QCOMPARE(q.value(3).toString().size(), 64);
            last[counter] = q.value(3).toString();
        }
        QCOMPARE(seq.value(QStringLiteral("1")), 5);
        const JournalVerdict v = j.verify();
        QVERIFY(v.ok());
        QCOMPARE(v.rowsChecked, 10);
        QCOMPARE(v.counters, 2);
    }

    void detectsAnEditedRow()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("j.db"));
        Journal j(path);
        j.fill(5);
        tamper(path, {QStringLiteral("UPDATE operation SET weight_g = 99999 WHERE id = 5")});
        const JournalVerdict v = j.verify();
        QVERIFY(!v.ok());
        QCOMPARE(v.firstBreak->kind, QStringLiteral("edited"));
        QCOMPARE(v.firstBreak->operationId, 5);
        QCOMPARE(v.firstBreak->journalSeq.value_or(0), 3); // the third row of counter 1
    }

    void detectsAnEditWithAForgedHash()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("j.db"));
        Journal j(path);
        j.fill(5);
        tamper(path,
               {QStringLiteral(
                   "UPDATE operation SET amount_kop = 1, hash = 'ab' || substr(hash, 3) WHERE id = 5")});
        const JournalVerdict v = j.verify();
        QVERIFY(!v.ok());
        QCOMPARE(v.firstBreak->operationId, 5); // its content matches neither hash
    }

    void detectsADeletedRow()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("j.db"));
        Journal j(path);
        j.fill(5);
        tamper(path, {QStringLiteral("DELETE FROM operation WHERE id = 5")});
        const JournalVerdict v = j.verify();
        QVERIFY(!v.ok());
        QCOMPARE(v.firstBreak->kind, QStringLiteral("deleted"));
        QCOMPARE(v.firstBreak->operationId, 7); // the row after the gap
        QVERIFY(v.firstBreak->message.contains(QStringLiteral("rows 3..3")));
    }

    void detectsADeletedRowRenumbered()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("j.db"));
        Journal j(path);
        j.fill(5);
        tamper(path,
               {QStringLiteral("DELETE FROM operation WHERE id = 5"),
                QStringLiteral(
                    "UPDATE operation SET journal_seq = journal_seq - 1 WHERE counter_id = '1' AND id > 5")});
        const JournalVerdict v = j.verify();
        QVERIFY(!v.ok());
        QCOMPARE(v.firstBreak->operationId, 7);
        QCOMPARE(v.firstBreak->kind, QStringLiteral("reordered"));
    }

    void detectsADeletedLastRowThroughItsEvent()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("j.db"));
        Journal j(path);
        j.fill(3);
        {
            auto c = openSqlite({path});
            QVERIFY(c.ok());
            OutboxEvent e;
            e.eventId = QUuid::createUuid().toString(QUuid::WithoutBraces);
            e.operationId = 5; // the last row of counter 1
            e.counterId = QStringLiteral("1");
            e.itemId = QStringLiteral("x");
            e.payload = "{}";
            e.createdAtUtc = QDateTime::currentDateTimeUtc();
            QVERIFY(OutboxRepository(*c).enqueue(e).ok());
        }
        tamper(path, {QStringLiteral("DELETE FROM operation WHERE id = 5")});
        const JournalVerdict v = j.verify();
        QVERIFY(!v.ok());
        QCOMPARE(v.firstBreak->kind, QStringLiteral("deleted"));
        QCOMPARE(v.firstBreak->operationId, 5);
    }

    void detectsSwappedSequenceNumbers()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("j.db"));
        Journal j(path);
        j.fill(5);
        // Rows 5 and 7 (counter 1, seq 3 and 4) trade places in the journal order.
        tamper(path, {QStringLiteral("UPDATE operation SET journal_seq = -1 WHERE id = 5"),
                      QStringLiteral("UPDATE operation SET journal_seq = 3 WHERE id = 7"),
                      QStringLiteral("UPDATE operation SET journal_seq = 4 WHERE id = 5")});
        const JournalVerdict v = j.verify();
        QVERIFY(!v.ok());
        QCOMPARE(v.firstBreak->kind, QStringLiteral("reordered"));
        QCOMPARE(v.firstBreak->operationId, 7);
        QCOMPARE(v.firstBreak->journalSeq.value_or(0), 3);
    }

    void detectsSwappedRowContents()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("j.db"));
        Journal j(path);
        j.fill(5);
        // Everything but the rowid moves: each row is self-consistent, but the order of writing is not.
        const QString cols =
            QStringLiteral("item_id, op_type, op_attr, occurred_at, utc_offset_min, office_postcode, "
                           "counter_id, operator_id, weight_g, amount_kop, journal_seq, prev_hash, hash");
        tamper(path,
               {QStringLiteral("CREATE TEMP TABLE a AS SELECT %1 FROM operation WHERE id = 5").arg(cols),
                QStringLiteral("CREATE TEMP TABLE b AS SELECT %1 FROM operation WHERE id = 7").arg(cols),
                QStringLiteral("DELETE FROM operation WHERE id IN (5, 7)"),
                QStringLiteral("INSERT INTO operation (id, %1) SELECT 5, * FROM b").arg(cols),
                QStringLiteral("INSERT INTO operation (id, %1) SELECT 7, * FROM a").arg(cols)});
        const JournalVerdict v = j.verify();
        QVERIFY(!v.ok());
        QCOMPARE(v.firstBreak->kind, QStringLiteral("reordered"));
    }

    void legacyRowsAreSealedByTheNextAppend()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("j.db"));
        Journal j(path);
        j.fill(2);
        // As if written before schema 5: the chain fields of counter 2 are empty.
        tamper(path, {QStringLiteral("DROP INDEX operation_journal"),
                      QStringLiteral("UPDATE operation SET journal_seq = NULL, prev_hash = NULL, hash = NULL "
                                     "WHERE counter_id = '2'"),
                      QStringLiteral(
                          "CREATE UNIQUE INDEX operation_journal ON operation (counter_id, journal_seq)")});
        JournalVerdict v = j.verify();
        QVERIFY(v.ok());
        QCOMPARE(v.legacyRows, 2);
        {
            auto c = openSqlite({path});
            QVERIFY(c.ok());
            QVERIFY(Journal::append(*c, QStringLiteral("2"), 9) > 0);
        }
        v = j.verify();
        QVERIFY(v.ok());
        QCOMPARE(v.legacyRows, 0);
        QCOMPARE(v.rowsChecked, 5);
    }

    void detectsARowTakenOutOfTheChain()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("j.db"));
        Journal j(path);
        j.fill(3);
        tamper(path, {QStringLiteral("UPDATE operation SET journal_seq = NULL WHERE id = 5")});
        const JournalVerdict v = j.verify();
        QVERIFY(!v.ok());
        QCOMPARE(v.firstBreak->kind, QStringLiteral("unchained"));
        QCOMPARE(v.firstBreak->operationId, 5);
    }
};

QTEST_GUILESS_MAIN(TestJournalChain)
#include "test_journal_chain.moc"
