// Repositories and the acceptance transaction: identifiers allocated in order and never twice,
// ranges that run out say so, and an acceptance is all-or-nothing.
#include "../../support/TestDatabase.h"
#include "db/Connection.h"
#include "db/IdentifierRangeRepository.h"
#include "db/ItemRepository.h"
#include "db/OperationRepository.h"
#include "db/OutboxRepository.h"
#include "db/Transaction.h"
#include "services/AcceptanceService.h"
#include "services/OfficeSetup.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pc;
using namespace pc::db;
using namespace pc::services;

namespace {
qint64 scalar(const Connection& c, const QString& sql)
{
    QSqlQuery q(c.db());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}
} // namespace

class TestRepositories : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::optional<Connection> m_c;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 24), QTime(9, 30), Qt::UTC)};
    AppConfig m_cfg;

private slots:
    void init()
    {
        auto c = open({pc::testing::testDatabase(m_dir)});
        QVERIFY(c.ok());
        m_c.emplace(std::move(*c));
        m_cfg.officePostcode = QStringLiteral("101000");
        m_cfg.officeName = QStringLiteral("Moscow");
        m_cfg.counterId = QStringLiteral("2");
        m_cfg.operatorId = QStringLiteral("op7");
        m_cfg.utcOffsetMin = 180;
        QVERIFY(ensureOfficeAndCounter(*m_c, m_cfg).ok());
        IdentifierRange r;
        r.officePostcode = QStringLiteral("101000");
        r.kind = IdKind::Rpo14;
        r.prefix = QStringLiteral("10100025");
        r.firstSerial = 7;
        r.lastSerial = 9;
        QVERIFY(IdentifierRangeRepository(*m_c).addRange(r).ok());
    }
    void cleanup() { m_c.reset(); }

    void allocatesInOrderUntilExhausted()
    {
        AcceptanceService svc(*m_c, m_clock, counterContextFrom(m_cfg));
        QStringList got;
        for (int i = 0; i < 3; ++i) {
            auto id = svc.allocateIdentifier(IdKind::Rpo14, QString());
            QVERIFY(id.ok());
            got << id->text;
        }
        // 10100025 + 00007 → S = 3*(1+1+0+2+0+0+7) + (0+0+0+5+0+0) = 38 → check 2
        QCOMPARE(got, (QStringList{QStringLiteral("10100025000072"), QStringLiteral("10100025000089"),
                                   QStringLiteral("10100025000096")}));
        auto none = svc.allocateIdentifier(IdKind::Rpo14, QString());
        QVERIFY(!none.ok());
        QCOMPARE(none.error().code, QStringLiteral("id.range_exhausted"));
        QVERIFY(none.error().message.contains(QStringLiteral("101000")));
        QCOMPARE(scalar(*m_c, QStringLiteral("SELECT COUNT(*) FROM issued_identifier")), 3);
    }

    void countersTakeTheirOwnRangeFirstAndNeverAnothers()
    {
        // The shared range 7..9 stays; counter 3 owns 100..101, counter 2 (this one) owns 200..200.
        IdentifierRangeRepository repo(*m_c);
        IdentifierRange r;
        r.officePostcode = QStringLiteral("101000");
        r.kind = IdKind::Rpo14;
        r.prefix = QStringLiteral("10100025");
        r.firstSerial = 100;
        r.lastSerial = 101;
        r.counterId = QStringLiteral("3");
        QVERIFY(repo.addRange(r).ok());
        r.firstSerial = r.lastSerial = 200;
        r.counterId = QStringLiteral("2");
        QVERIFY(repo.addRange(r).ok());
        AcceptanceService svc(*m_c, m_clock, counterContextFrom(m_cfg));
        QStringList serials;
        for (int i = 0; i < 4; ++i) {
            auto id = svc.allocateIdentifier(IdKind::Rpo14, QString());
            QVERIFY(id.ok());
            serials << id->text.mid(8, 5);
        }
        // Own range first, then the shared reserve in order; counter 3's serials are never taken.
        QCOMPARE(serials, (QStringList{QStringLiteral("00200"), QStringLiteral("00007"),
                                       QStringLiteral("00008"), QStringLiteral("00009")}));
        auto none = svc.allocateIdentifier(IdKind::Rpo14, QString());
        QVERIFY(!none.ok());
        QCOMPARE(none.error().code, QStringLiteral("id.range_exhausted"));
    }

    void sharedRangeSplitsAmongCountersWithoutLosingOrRepeating()
    {
        // One more shared range 1000..1009, two identifiers already issued from it: 8 are left.
        IdentifierRangeRepository repo(*m_c);
        IdentifierRange r;
        r.officePostcode = QStringLiteral("101000");
        r.kind = IdKind::Rpo14;
        r.prefix = QStringLiteral("10100026");
        r.firstSerial = 1000;
        r.lastSerial = 1009;
        r.nextSerial = 1002;
        auto id = repo.addRange(r);
        QVERIFY(id.ok());
        auto parts =
            repo.splitAmongCounters(*id, {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")});
        QVERIFY2(parts.ok(), parts.ok() ? "" : qPrintable(parts.error().message));
        QCOMPARE(parts->size(), 3);
        QCOMPARE(parts->first(), *id); // the original row keeps its history
        auto all = repo.ranges(QStringLiteral("101000"));
        QVERIFY(all.ok());
        QMap<QString, std::pair<qint64, qint64>> byCounter; // counter → [next, last]
        for (const auto& x : *all)
            if (x.prefix == QStringLiteral("10100026"))
                byCounter.insert(x.counterId, {x.nextSerial, x.lastSerial});
        // 8 left among 3: 3 + 3 + 2, consecutive from 1002.
        QCOMPARE(byCounter.value(QStringLiteral("1")), (std::pair<qint64, qint64>{1002, 1004}));
        QCOMPARE(byCounter.value(QStringLiteral("2")), (std::pair<qint64, qint64>{1005, 1007}));
        QCOMPARE(byCounter.value(QStringLiteral("3")), (std::pair<qint64, qint64>{1008, 1009}));
        // A counter's part cannot be split again, and an unknown range is named.
        auto again = repo.splitAmongCounters(*id, {QStringLiteral("4")});
        QVERIFY(!again.ok());
        QVERIFY(again.error().message.contains(QStringLiteral("counter 1")));
        QCOMPARE(repo.splitAmongCounters(999, {QStringLiteral("1")}).error().code,
                 QStringLiteral("id.unknown_range"));
    }

    void issuedIdentifierCannotBeRecordedTwice()
    {
        QSqlQuery q(m_c->db());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO issued_identifier VALUES ('10100025000072', 1, 'x')")));
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO issued_identifier VALUES ('10100025000072', 1, 'y')")));
        // and the range refuses to move backwards past its first serial
        QVERIFY(!q.exec(QStringLiteral("UPDATE identifier_range SET next_serial = 6")));
    }

    void rangeWithInvalidPrefixIsRefused()
    {
        IdentifierRange r;
        r.officePostcode = QStringLiteral("101000");
        r.kind = IdKind::S10;
        r.prefix = QStringLiteral("JA");
        r.country = QStringLiteral("RU");
        r.firstSerial = 1;
        r.lastSerial = 5;
        QVERIFY(!IdentifierRangeRepository(*m_c).addRange(r).ok());
    }

    void acceptanceWritesItemOperationAndEvent()
    {
        AcceptanceService svc(*m_c, m_clock, counterContextFrom(m_cfg));
        AcceptanceRequest req;
        req.weight = Weight::fromGrams(1250);
        req.objectCode = 4030;
        req.destination = QStringLiteral("630099");
        auto a = svc.accept(req);
        QVERIFY2(a.ok(), qPrintable(a.ok() ? QString() : a.error().message));
        QCOMPARE(a->id.text, QStringLiteral("10100025000072"));
        QCOMPARE(a->seq, 1);

        auto item = ItemRepository(*m_c).find(a->id.text);
        QVERIFY(item.ok() && item->has_value());
        QCOMPARE((*item)->weightG, 1250);
        QCOMPARE((*item)->counterId, QStringLiteral("2"));
        auto ops = OperationRepository(*m_c).forItem(a->id.text);
        QCOMPARE(ops->size(), 1);
        QCOMPARE(ops->at(0).op, op::AcceptanceSingle);
        QCOMPARE(ops->at(0).operatorId, QStringLiteral("op7"));
        auto ev = OutboxRepository(*m_c).forOperation(a->operationId);
        QVERIFY(ev.ok() && ev->has_value());
        const QJsonObject o = QJsonDocument::fromJson((*ev)->payload).object();
        QCOMPARE(o.value(QStringLiteral("item_id")).toString(), a->id.text);
        QCOMPARE(o.value(QStringLiteral("op_type")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("op_attr")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("upu_event")).toString(), QStringLiteral("EMA"));
        QCOMPARE(o.value(QStringLiteral("occurred_at")).toString(),
                 QStringLiteral("2026-11-24T12:30:00.000+03:00"));
        QCOMPARE(o.value(QStringLiteral("weight_g")).toInt(), 1250);
        QCOMPARE(o.value(QStringLiteral("destination")).toString(), QStringLiteral("630099"));

        req.scannedId = QStringLiteral("80082240994512");
        auto b = svc.accept(req);
        QVERIFY(b.ok());
        QCOMPARE(b->seq, 2);
        QCOMPARE(OutboxRepository(*m_c).pendingCount().value(), 2);
    }

    void duplicateScanIsRefusedAndWritesNothing()
    {
        AcceptanceService svc(*m_c, m_clock, counterContextFrom(m_cfg));
        AcceptanceRequest req;
        req.scannedId = QStringLiteral("80082240994512");
        req.weight = Weight::fromGrams(300);
        QVERIFY(svc.accept(req).ok());
        auto again = svc.accept(req);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, QStringLiteral("item.already_accepted"));
        QCOMPARE(scalar(*m_c, QStringLiteral("SELECT COUNT(*) FROM operation")), 1);
        QCOMPARE(scalar(*m_c, QStringLiteral("SELECT COUNT(*) FROM outbox")), 1);
    }

    void failedAcceptanceReleasesNothing()
    {
        // The identifier the range will hand out next already exists as an item: the acceptance
        // fails after allocating, and the whole transaction — the allocation too — is rolled back.
        QSqlQuery q(m_c->db());
        QVERIFY(q.exec(
            QStringLiteral("INSERT INTO item (id, kind, object_code, weight_g, declared_value_kop, cod_kop, "
                           "total_kop, status, office_postcode, counter_id, accepted_at) VALUES "
                           "('10100025000072', 'rpo14', NULL, 10, 0, 0, 0, "
                           "'accepted', '101000', '2', '2026-01-01T00:00:00.000Z')")));
        AcceptanceService svc(*m_c, m_clock, counterContextFrom(m_cfg));
        AcceptanceRequest req;
        req.weight = Weight::fromGrams(300);
        auto a = svc.accept(req);
        QVERIFY(!a.ok());
        QCOMPARE(scalar(*m_c, QStringLiteral("SELECT next_serial FROM identifier_range")), 7);
        QCOMPARE(scalar(*m_c, QStringLiteral("SELECT COUNT(*) FROM issued_identifier")), 0);
        QCOMPARE(scalar(*m_c, QStringLiteral("SELECT COUNT(*) FROM operation")), 0);
        QCOMPARE(scalar(*m_c, QStringLiteral("SELECT COUNT(*) FROM outbox")), 0);
    }

    void invalidInputIsRefusedBeforeTheDatabase()
    {
        AcceptanceService svc(*m_c, m_clock, counterContextFrom(m_cfg));
        AcceptanceRequest req;
        req.scannedId = QStringLiteral("RA644000001RU");
        req.weight = Weight::fromGrams(100);
        auto a = svc.accept(req);
        QVERIFY(!a.ok());
        QCOMPARE(a.error().code, QStringLiteral("id.check_digit"));
        req.scannedId.clear();
        req.weight = Weight();
        QCOMPARE(svc.accept(req).error().code, QStringLiteral("acceptance.weight"));
        QCOMPARE(scalar(*m_c, QStringLiteral("SELECT COUNT(*) FROM item")), 0);
    }

    void todayFollowsTheOfficeClock()
    {
        AcceptanceService svc(*m_c, m_clock, counterContextFrom(m_cfg));
        AcceptanceRequest req;
        req.weight = Weight::fromGrams(100);
        // 20:59 UTC is 23:59 in Moscow on the 23rd; 21:01 UTC is already the 24th.
        m_clock.set(QDateTime(QDate(2026, 11, 23), QTime(20, 59), Qt::UTC));
        QVERIFY(svc.accept(req).ok());
        m_clock.set(QDateTime(QDate(2026, 11, 23), QTime(21, 1), Qt::UTC));
        auto second = svc.accept(req);
        QVERIFY(second.ok());
        auto today = svc.acceptedToday();
        QVERIFY(today.ok());
        QCOMPARE(today->size(), 1);
        QCOMPARE(today->at(0).id, second->id.text);
    }

    void shiftCheckRefusesBeforeWriting()
    {
        AcceptanceService svc(*m_c, m_clock, counterContextFrom(m_cfg));
        svc.setShiftCheck([](const QString& counter) {
            return Status::fail(QStringLiteral("shift.none"),
                                QStringLiteral("No open shift at counter %1.").arg(counter));
        });
        AcceptanceRequest req;
        req.weight = Weight::fromGrams(100);
        auto a = svc.accept(req);
        QVERIFY(!a.ok());
        QCOMPARE(a.error().code, QStringLiteral("shift.none"));
        QVERIFY(a.error().message.contains(QStringLiteral("2")));
        QCOMPARE(scalar(*m_c, QStringLiteral("SELECT COUNT(*) FROM item")), 0);
        QCOMPARE(scalar(*m_c, QStringLiteral("SELECT next_serial FROM identifier_range")), 7);
    }
};

QTEST_GUILESS_MAIN(TestRepositories)
#include "test_repositories.moc"
