// The start-up journal check (services/security/JournalIntegrityCheck) on a database holding two
// counters' journals, the second one's edited through a direct UPDATE. A local SQLite file is checked
// whole: counter 1's workstation sees counter 2's break. On an office server (PostgreSQL, the _pg
// variant) each workstation checks its own chain only, so counter 1 opens clean and counter 2 is told.
#include "../../support/TestDatabase.h"
#include "db/ItemRepository.h"
#include "db/OperationRepository.h"
#include "db/Transaction.h"
#include "db/journal/JournalRepository.h"
#include "services/AppConfig.h"
#include "services/OfficeSetup.h"
#include "services/security/JournalIntegrityCheck.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pc;
using services::security::JournalIntegrityCheck;

namespace {
Status appendOperations(const db::Connection& c, const QString& counter, int count)
{
    auto tx = db::Transaction::begin(c);
    if (!tx)
        return tx.error();
    for (int i = 0; i < count; ++i) {
        db::ItemRecord item;
        item.id = QStringLiteral("T%1").arg(counter.toInt() * 100 + i, 13, 10, QLatin1Char('0'));
        item.weightG = 100 + i;
        item.status = QStringLiteral("accepted");
        item.officePostcode = QStringLiteral("101000");
        item.counterId = counter;
        item.acceptedAtUtc = QDateTime(QDate(2026, 11, 24), QTime(9, i), Qt::UTC);
        if (auto st = db::ItemRepository(c).insert(item); !st)
            return st;
        db::OperationRecord op;
        op.itemId = item.id;
        op.op = pc::op::AcceptanceSingle;
        op.occurredAtUtc = QDateTime(QDate(2026, 11, 24), QTime(9, i), Qt::UTC);
        op.utcOffsetMin = 180;
        op.officePostcode = QStringLiteral("101000");
        op.counterId = counter;
        op.operatorId = QStringLiteral("op1");
        op.weightG = 100 + i;
        if (auto id = db::OperationRepository(c).append(op); !id)
            return id.error();
    }
    return tx->commit();
}
} // namespace

class TestJournalIntegrityCheck : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void ownCounterOnTheServerWholeFileLocally()
    {
        auto c = db::open({testing::testDatabase(m_dir)});
        QVERIFY2(c, c ? "" : qPrintable(c.error().message));
        for (const QString& counter : {QStringLiteral("1"), QStringLiteral("2")}) {
            services::AppConfig cfg;
            cfg.officePostcode = QStringLiteral("101000");
            cfg.officeName = QStringLiteral("Москва");
            cfg.counterId = counter;
            QVERIFY(services::ensureOfficeAndCounter(*c, cfg));
            QVERIFY(appendOperations(*c, counter, 4));
        }
        qint64 victim = 0;
        {
            QSqlQuery q(c->db());
            QVERIFY(
                q.exec(QStringLiteral("SELECT id FROM operation WHERE counter_id = '2' ORDER BY id LIMIT 1 "
                                      "OFFSET 1")) &&
                q.next());
            victim = q.value(0).toLongLong();
            q.finish();
            QVERIFY(q.exec(QStringLiteral("UPDATE operation SET weight_g = 1 WHERE id = %1").arg(victim)));
        }

        db::JournalRepository journal(*c);
        QVERIFY(journal.verify(QStringLiteral("1"))->ok());
        QCOMPARE(journal.verify(QStringLiteral("2"))->firstBreak->operationId, victim);
        QCOMPARE(journal.verify()->firstBreak->operationId, victim);

        const QString alerts = m_dir.filePath(QStringLiteral("alerts/security-alerts.log"));
        auto first = JournalIntegrityCheck(*c, alerts, QStringLiteral("1")).run();
        QVERIFY(first);
        if (testing::usingPostgres()) {
            QVERIFY(first->ok());
            QCOMPARE(first->rowsChecked, 4);
        } else {
            QVERIFY(!first->ok());
            QCOMPARE(first->firstBreak->operationId, victim);
        }
        auto second = JournalIntegrityCheck(*c, alerts, QStringLiteral("2")).run();
        QVERIFY(second && !second->ok());
        QCOMPARE(second->firstBreak->operationId, victim);
        QVERIFY(second->alertText.contains(QStringLiteral("operation %1 ").arg(victim)));
        QVERIFY(second->alertText.contains(QStringLiteral("journal verify")));

        // One owner-only record per distinct break, in an owner-only folder.
        QFile f(alerts);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll().trimmed().split('\n').size(), 1);
        QCOMPARE(f.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        QCOMPARE(QFile::permissions(m_dir.filePath(QStringLiteral("alerts"))) &
                     (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::ExeOther),
                 QFileDevice::Permissions());
    }
};

QTEST_GUILESS_MAIN(TestJournalIntegrityCheck)
#include "test_journal_integrity_check.moc"
