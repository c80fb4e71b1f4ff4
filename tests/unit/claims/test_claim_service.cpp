// Search claims on a real database with a fixed clock: prefill from an item accepted here and its
// journal, numbering per office and year, deadlines, the filing window for an item typed in, every
// refusal, answer and close with the history, and the open/overdue lists. Dates counted by hand:
// "today" is Wednesday 25 November 2026, 12:00 in Moscow (UTC+3).
#include "../../support/TestDatabase.h"
#include "db/ItemRepository.h"
#include "db/OperationRepository.h"
#include "db/Transaction.h"
#include "domain/acceptance/ShipmentJson.h"
#include "services/OfficeSetup.h"
#include "services/acceptance/CounterServices.h"
#include "services/claims/ClaimService.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pc;
using namespace pc::services;
using claims::ClaimantRole;
using claims::ClaimOutcome;
using claims::ClaimState;

namespace {
const QDateTime kNow(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC);
const QString kParcel = QStringLiteral("80082240994512");      // accepted here on 2 October
const QString kFreshLetter = QStringLiteral("12345601123457"); // accepted here three days ago
const QString kUnknownS10 = QStringLiteral("CP123456785RU");   // not known here
const QString kUnknownRpo = QStringLiteral("10100034567894");  // not known here

qint64 scalar(const db::Connection& c, const QString& sql)
{
    QSqlQuery q(c.db());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}
} // namespace

class TestClaimService : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::optional<db::Connection> m_c;
    FixedClock m_clock{kNow};
    AppConfig m_cfg;
    std::unique_ptr<ClaimService> m_claims;

    void accepted(const QString& id, int object, qint64 valueKop, const QDateTime& atUtc,
                  acceptance::Shipment s)
    {
        s.object = object;
        s.weightG = 1200;
        s.declaredValueKop = valueKop;
        db::ItemRecord item;
        item.id = id;
        item.kind = IdKind::Rpo14;
        item.objectCode = object;
        item.weightG = 1200;
        item.declaredValueKop = valueKop;
        item.status = QStringLiteral("accepted");
        item.officePostcode = QStringLiteral("101000");
        item.counterId = QStringLiteral("1");
        item.acceptedAtUtc = atUtc;
        item.details = QString::fromUtf8(QJsonDocument(acceptance::shipmentToJson(s)).toJson());
        QVERIFY(db::ItemRepository(*m_c).insert(item));
    }
    void journal(const QString& id, TrackingOperation op, const QDateTime& atUtc)
    {
        auto tx = db::Transaction::begin(*m_c);
        QVERIFY(tx);
        db::OperationRecord r;
        r.itemId = id;
        r.op = op;
        r.occurredAtUtc = atUtc;
        r.utcOffsetMin = 180;
        r.officePostcode = QStringLiteral("101000");
        r.counterId = QStringLiteral("1");
        r.operatorId = QStringLiteral("clerk");
        QVERIFY(db::OperationRepository(*m_c).append(r));
        QVERIFY(tx->commit());
    }
    ClaimRequest bySender(const QString& id)
    {
        ClaimRequest r;
        r.itemId = id;
        r.role = ClaimantRole::Sender;
        r.name = QStringLiteral("Орлов Павел Сергеевич");
        r.phone = QStringLiteral("+7 916 555-12-34");
        r.address = QStringLiteral("101000, Москва, ул. Мясницкая, д. 26");
        return r;
    }

private slots:
    void init()
    {
        m_clock.set(kNow);
        const QString path = m_dir.filePath(QStringLiteral("claims.db"));
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
        auto c = db::openSqlite({pc::testing::orPostgres(path)});
        QVERIFY2(c, c ? "" : qPrintable(c.error().message));
        m_c.emplace(std::move(*c));
        m_cfg.officePostcode = QStringLiteral("101000");
        m_cfg.officeName = QStringLiteral("Москва 101000");
        m_cfg.counterId = QStringLiteral("1");
        m_cfg.operatorId = QStringLiteral("clerk");
        QVERIFY(ensureOfficeAndCounter(*m_c, m_cfg));
        m_claims =
            std::make_unique<ClaimService>(*m_c, m_clock, counterContextFrom(m_cfg), officeInfoFrom(m_cfg));

        acceptance::Shipment parcel;
        parcel.sender.name = QStringLiteral("Орлов Павел Сергеевич");
        parcel.sender.postcode = QStringLiteral("101000");
        parcel.sender.place = QStringLiteral("Москва");
        parcel.sender.street = QStringLiteral("ул. Мясницкая");
        parcel.sender.house = QStringLiteral("26");
        parcel.recipient.name = QStringLiteral("Смирнова Екатерина");
        parcel.recipient.postcode = QStringLiteral("620014");
        parcel.recipient.place = QStringLiteral("Екатеринбург");
        parcel.recipient.street = QStringLiteral("пр-т Ленина");
        parcel.recipient.house = QStringLiteral("45");
        parcel.services = {23};
        parcel.inventory = {{QStringLiteral("Книга"), 2, 300000}, {QStringLiteral("Альбом"), 1, 200000}};
        const QDateTime acceptedAt(QDate(2026, 10, 2), QTime(9, 5), Qt::UTC);
        accepted(kParcel, 27020, 500000, acceptedAt, parcel);
        journal(kParcel, op::AcceptanceSingle, acceptedAt);
        journal(kParcel, TrackingOperation{8, 1}, acceptedAt.addSecs(20 * 3600));

        acceptance::Shipment letter;
        letter.recipient.name = QStringLiteral("Петров Пётр");
        letter.recipient.postcode = QStringLiteral("190000");
        letter.recipient.place = QStringLiteral("Санкт-Петербург");
        accepted(kFreshLetter, 2010, 0, kNow.addDays(-3), letter);
    }
    void cleanup()
    {
        m_claims.reset();
        m_c.reset();
    }

    void prefillFromAcceptedItem()
    {
        auto p = m_claims->prefill(QStringLiteral("8008 2240 9945 12"));
        QVERIFY2(p, p ? "" : qPrintable(p.error().message));
        QCOMPARE(p->itemId, kParcel);
        QVERIFY(p->itemKnown);
        QVERIFY(!p->international);
        QCOMPARE(p->acceptedOn, QDate(2026, 10, 2));
        QCOMPARE(p->acceptedOffice, QStringLiteral("101000"));
        QCOMPARE(p->sender.name, QStringLiteral("Орлов Павел Сергеевич"));
        QVERIFY(p->sender.address.contains(QStringLiteral("ул. Мясницкая, д. 26")));
        QCOMPARE(p->recipient.name, QStringLiteral("Смирнова Екатерина"));
        QVERIFY(p->recipient.address.contains(QStringLiteral("620014")));
        QCOMPARE(p->declaredValueKop, 500000);
        QCOMPARE(p->contents, QStringLiteral("Книга × 2; Альбом × 1"));
        QCOMPARE(p->history.entries.size(), 2);
        QCOMPARE(p->lastPlace, QStringLiteral("101000"));
        QVERIFY(!p->lastOperation.isEmpty());
        // 09:05 UTC is 12:05 in Moscow; 20 hours later is 08:05 the next day.
        QVERIFY2(p->route.contains(QStringLiteral("02.10.2026 12:05")), qPrintable(p->route));
        QVERIFY(p->route.contains(QStringLiteral("03.10.2026 08:05")));
        QCOMPARE(p->history.network, tracking::ItemHistory::Network::NotConfigured);
    }

    void networkHistoryIsUsedWhenGiven()
    {
        // The seam the GUI and CLI fill with the tracking client: an item not known here gets its
        // acceptance date from the network's acceptance event.
        m_claims->setNetworkHistory([](const QString& id) -> Result<QList<tracking::HistoryEntry>> {
            tracking::HistoryEntry e;
            e.eventId = QStringLiteral("ev-1");
            e.itemId = id;
            e.op = op::AcceptanceSingle;
            e.occurredAtUtc = QDateTime(QDate(2026, 9, 30), QTime(22, 30), Qt::UTC); // 1 Oct in Vladivostok
            e.utcOffsetMin = 600;
            e.office = QStringLiteral("690000");
            e.source = tracking::HistoryEntry::Source::Network;
            return QList<tracking::HistoryEntry>{e};
        });
        auto p = m_claims->prefill(kUnknownRpo);
        QVERIFY(p);
        QVERIFY(!p->itemKnown);
        QCOMPARE(p->acceptedOn, QDate(2026, 10, 1));
        QCOMPARE(p->acceptedOffice, QStringLiteral("690000"));
        QCOMPARE(p->history.network, tracking::ItemHistory::Network::Online);
        auto opened = m_claims->open(bySender(kUnknownRpo));
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
        QCOMPARE(opened->claim.acceptedOn, QDate(2026, 10, 1));
    }

    void openNumbersDeadlineAndDocuments()
    {
        auto opened = m_claims->open(bySender(kParcel));
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
        const db::ClaimRecord& c = opened->claim;
        QCOMPARE(c.number, QStringLiteral("101000-2026-000001"));
        QCOMPARE(c.filedOn, QDate(2026, 11, 25));
        QCOMPARE(c.deadline, QDate(2026, 12, 25)); // Nov 26..30 (5) + Dec 1..25 (25) = 30 days
        QVERIFY(opened->warning.isEmpty());        // accepted 2 Oct: control period long over
        QCOMPARE(c.declaredValueKop, 500000);
        QCOMPARE(c.contents, QStringLiteral("Книга × 2; Альбом × 1"));
        QCOMPARE(c.recipientName, QStringLiteral("Смирнова Екатерина"));
        QCOMPARE(c.state, ClaimState::Opened);
        // Both documents recorded as form jobs with their data.
        QSqlQuery q(m_c->db());
        QVERIFY(q.exec(QStringLiteral("SELECT form, form_data, document_kind FROM print_job ORDER BY id")));
        QStringList forms;
        while (q.next()) {
            forms << q.value(0).toString();
            const QJsonObject data = QJsonDocument::fromJson(q.value(1).toByteArray()).object();
            QCOMPARE(data.value(QStringLiteral("number")).toString(), c.number);
            QCOMPARE(data.value(QStringLiteral("deadline")).toString(), QStringLiteral("2026-12-25"));
            QCOMPARE(data.value(QStringLiteral("declared_value")).toDouble(), 5000.0);
        }
        QCOMPARE(forms, (QStringList{QStringLiteral("claim"), QStringLiteral("claim-slip")}));
        QVERIFY(opened->formJob > 0 && opened->slipJob > 0);
        QCOMPARE(scalar(*m_c, QStringLiteral("SELECT COUNT(*) FROM claim_event")), 1);

        // A second open claim for the same item is refused with the first one's number.
        auto again = m_claims->open(bySender(kParcel));
        QVERIFY(!again);
        QCOMPARE(again.error().code, QStringLiteral("claim.already_open"));
        QVERIFY(again.error().message.contains(c.number));

        // Numbering per office and year.
        ClaimRequest typed = bySender(kUnknownRpo);
        typed.acceptedOn = QDate(2026, 10, 20);
        auto second = m_claims->open(typed);
        QVERIFY(second);
        QCOMPARE(second->claim.number, QStringLiteral("101000-2026-000002"));
        m_clock.set(QDateTime(QDate(2027, 1, 11), QTime(9, 0), Qt::UTC));
        typed.itemId = kUnknownS10;
        typed.acceptedOn = QDate(2026, 12, 1);
        auto nextYear = m_claims->open(typed);
        QVERIFY2(nextYear, nextYear ? "" : qPrintable(nextYear.error().message));
        QCOMPARE(nextYear->claim.number, QStringLiteral("101000-2027-000001"));
        // S10 item: international, 60 days: Jan 12..31 (20) + February (28) = 48, 12 more in March.
        QVERIFY(nextYear->claim.international);
        QCOMPARE(nextYear->claim.deadline, QDate(2027, 3, 12));
        // Found by number however it is typed.
        auto found = m_claims->find(QStringLiteral("1010002027000001"));
        QVERIFY(found);
        QCOMPARE(found->itemId, kUnknownS10);
    }

    void itemTypedInAndTheFilingWindow()
    {
        ClaimRequest r = bySender(kUnknownRpo);
        r.declaredValueKop = 100000;
        r.contents = QStringLiteral("Телефон");
        auto noDate = m_claims->open(r);
        QVERIFY(!noDate);
        QCOMPARE(noDate.error().code, QStringLiteral("claim.acceptance_date_needed"));
        // Today 25 Nov: the last day for an item accepted on 24 May was 24 Nov.
        r.acceptedOn = QDate(2026, 5, 24);
        auto late = m_claims->open(r);
        QVERIFY(!late);
        QCOMPARE(late.error().code, QStringLiteral("claim.too_late"));
        QVERIFY(late.error().message.contains(QStringLiteral("24.11.2026")));
        r.acceptedOn = QDate(2026, 5, 25); // last day is today
        r.acceptedOffice = QStringLiteral("344000");
        auto ok = m_claims->open(r);
        QVERIFY2(ok, ok ? "" : qPrintable(ok.error().message));
        QVERIFY(!ok->claim.itemKnown);
        QCOMPARE(ok->claim.declaredValueKop, 100000);
        QCOMPARE(ok->claim.contents, QStringLiteral("Телефон"));
        QCOMPARE(ok->claim.acceptedOffice, QStringLiteral("344000"));
        // The claimant is the sender: the sender's side is filled from them.
        QCOMPARE(ok->claim.senderName, QStringLiteral("Орлов Павел Сергеевич"));
        QCOMPARE(ok->claim.deadline, QDate(2026, 12, 25));
    }

    void refusals()
    {
        ClaimRequest r = bySender(kParcel);
        r.name = QStringLiteral("  ");
        QCOMPARE(m_claims->open(r).error().code, QStringLiteral("claim.claimant_name"));
        r = bySender(kParcel);
        r.phone = QStringLiteral("12-34");
        QCOMPARE(m_claims->open(r).error().code, QStringLiteral("claim.phone"));
        r = bySender(kParcel);
        r.declaredValueKop = 900000;
        auto mismatch = m_claims->open(r);
        QCOMPARE(mismatch.error().code, QStringLiteral("claim.value_mismatch"));
        QVERIFY(
            mismatch.error().message.contains(QStringLiteral("5") + QChar(0xA0) + QStringLiteral("000,00")));
        r = bySender(QStringLiteral("80082240994513")); // wrong check digit
        QCOMPARE(m_claims->open(r).error().code, QStringLiteral("id.check_digit"));
        QCOMPARE(m_claims->find(QStringLiteral("101000-2026-000099")).error().code,
                 QStringLiteral("claim.not_found"));
        QCOMPARE(m_claims->find(QStringLiteral("42")).error().code, QStringLiteral("claim.number"));
        QCOMPARE(scalar(*m_c, QStringLiteral("SELECT COUNT(*) FROM claim")), 0);
        QCOMPARE(scalar(*m_c, QStringLiteral("SELECT COUNT(*) FROM print_job")), 0);
    }

    void controlPeriodWarnsButOpens()
    {
        ClaimRequest r = bySender(kFreshLetter);
        r.role = ClaimantRole::Recipient;
        auto opened = m_claims->open(r);
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
        // Accepted 22 Nov, domestic control period 10 days: late from 2 December.
        QVERIFY2(opened->warning.contains(QStringLiteral("02.12.2026")), qPrintable(opened->warning));
        QCOMPARE(opened->claim.recipientName,
                 QStringLiteral("Петров Пётр")); // from the item, not the claimant
    }

    void answerCloseHistoryAndLists()
    {
        auto a = m_claims->open(bySender(kParcel));
        QVERIFY(a);
        ClaimRequest typed = bySender(kUnknownRpo);
        typed.acceptedOn = QDate(2026, 11, 1);
        m_clock.set(kNow.addDays(1)); // filed 26 Nov: due 26 Dec
        auto b = m_claims->open(typed);
        QVERIFY(b);
        QCOMPARE(b->claim.deadline, QDate(2026, 12, 26));

        auto open = m_claims->listOpen();
        QVERIFY(open);
        QCOMPARE(open->size(), 2);
        QCOMPARE(open->at(0).number, a->claim.number); // soonest deadline first
        QCOMPARE(m_claims->listOverdue()->size(), 0);

        const QString n = a->claim.number;
        QCOMPARE(m_claims->close(n, ClaimOutcome::FoundDelivered, std::nullopt).error().code,
                 QStringLiteral("claim.transition"));
        auto answered = m_claims->answer(n, QStringLiteral("Найдено в СЦ Екатеринбург, направлено адресату"));
        QVERIFY2(answered, answered ? "" : qPrintable(answered.error().message));
        QCOMPARE(answered->state, ClaimState::Answered);
        QCOMPARE(m_claims->answer(n, QStringLiteral("again")).error().code,
                 QStringLiteral("claim.transition"));

        // 27 December: b (due 26 Dec, unanswered) is overdue; a is answered, so it is not.
        m_clock.set(QDateTime(QDate(2026, 12, 27), QTime(6, 0), Qt::UTC));
        auto overdue = m_claims->listOverdue();
        QVERIFY(overdue);
        QCOMPARE(overdue->size(), 1);
        QCOMPARE(overdue->at(0).number, b->claim.number);
        // On its deadline day it is not yet overdue.
        m_clock.set(QDateTime(QDate(2026, 12, 26), QTime(20, 0), Qt::UTC)); // 23:00 in Moscow
        QCOMPARE(m_claims->listOverdue()->size(), 0);

        QCOMPARE(m_claims->close(n, ClaimOutcome::Lost, std::nullopt).error().code,
                 QStringLiteral("claim.compensation_needed"));
        auto closed =
            m_claims->close(n, ClaimOutcome::Lost, Money::fromKopecks(500000), QStringLiteral("акт 17"));
        QVERIFY2(closed, closed ? "" : qPrintable(closed.error().message));
        QCOMPARE(closed->state, ClaimState::Closed);
        QCOMPARE(closed->outcome, std::optional(ClaimOutcome::Lost));
        QCOMPARE(closed->compensationKop, 500000);
        QCOMPARE(m_claims->close(n, ClaimOutcome::Rejected, std::nullopt).error().code,
                 QStringLiteral("claim.transition"));

        auto reread = m_claims->find(n);
        QVERIFY(reread);
        QCOMPARE(reread->compensationKop, 500000);
        QCOMPARE(reread->answer, QStringLiteral("Найдено в СЦ Екатеринбург, направлено адресату"));
        auto events = m_claims->history(*reread);
        QVERIFY(events);
        QCOMPARE(events->size(), 3);
        QCOMPARE(events->at(0).state, ClaimState::Opened);
        QCOMPARE(events->at(1).state, ClaimState::Answered);
        QCOMPARE(events->at(2).state, ClaimState::Closed);
        QVERIFY(events->at(2).text.contains(QStringLiteral("акт 17")));
        QCOMPARE(events->at(2).operatorId, QStringLiteral("clerk"));
        QCOMPARE(m_claims->listOpen()->size(), 1);

        // Rejected straight from opened; then the item may be claimed again.
        QVERIFY(m_claims->close(b->claim.number, ClaimOutcome::Rejected, std::nullopt));
        QCOMPARE(m_claims->listOpen()->size(), 0);
        auto again = m_claims->open(typed);
        QVERIFY2(again, again ? "" : qPrintable(again.error().message));
        QCOMPARE(again->claim.number, QStringLiteral("101000-2026-000003"));
    }
};

QTEST_GUILESS_MAIN(TestClaimService)
#include "test_claim_service.moc"
