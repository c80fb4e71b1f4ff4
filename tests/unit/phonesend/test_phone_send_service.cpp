// The recipient's choice of office for an item sent by phone, and the arrival rule, on a real
// database (SQLite, and PostgreSQL in the _pg variant) with a fixed clock: addressed once with one 4.1
// operation and its event (the office as destination, no personal data), every refusal, and arrival
// refused before addressing and at another office, accepted at the chosen one.
#include "../../support/TestDatabase.h"
#include "db/ItemRepository.h"
#include "domain/acceptance/ShipmentJson.h"
#include "services/OfficeSetup.h"
#include "services/acceptance/CounterServices.h"
#include "services/phonesend/PhoneSendService.h"
#include "services/storage/ArrivalService.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pc;
using namespace pc::services;

namespace {
const QDateTime kNoon(QDate(2026, 11, 24), QTime(9, 0), Qt::UTC);
const QString kByPhone = QStringLiteral("12345601123457");
const QString kByPhone2 = QStringLiteral("10100001000010");
const QString kAddressed = QStringLiteral("80082240994512");

qint64 scalar(const db::Connection& c, const QString& sql)
{
    QSqlQuery q(c.db());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}
} // namespace

class TestPhoneSendService : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::optional<db::Connection> m_c;
    FixedClock m_clock{kNoon};
    AppConfig m_cfg;

    void acceptedHere(const QString& id, bool byPhone)
    {
        acceptance::Shipment s;
        s.object = 4030;
        s.weightG = 1200;
        s.sender.name = QStringLiteral("Орлов Павел");
        s.sender.postcode = QStringLiteral("101000");
        s.recipient.name = QStringLiteral("Петрова Анна");
        s.recipient.phone = QStringLiteral("+79161234567");
        if (byPhone) {
            s.addressing = acceptance::Addressing::ByRecipientPhone;
        } else {
            s.recipient.postcode = QStringLiteral("190000");
            s.recipient.place = QStringLiteral("Санкт-Петербург");
            s.recipient.street = QStringLiteral("Невский пр.");
            s.recipient.house = QStringLiteral("1");
        }
        db::ItemRecord item;
        item.id = id;
        item.kind = IdKind::Rpo14;
        item.objectCode = 4030;
        item.weightG = 1200;
        item.status = QStringLiteral("accepted");
        item.officePostcode = QStringLiteral("101000");
        item.counterId = QStringLiteral("1");
        item.acceptedAtUtc = kNoon.addDays(-2);
        item.details = QString::fromUtf8(QJsonDocument(acceptance::shipmentToJson(s)).toJson());
        QVERIFY(db::ItemRepository(*m_c).insert(item));
    }
    PhoneSendService service() { return PhoneSendService(*m_c, m_clock, counterContextFrom(m_cfg)); }
    qint64 addressOps(const QString& id)
    {
        return scalar(*m_c,
                      QStringLiteral("SELECT COUNT(*) FROM operation WHERE item_id = '%1' AND op_type = 4 "
                                     "AND op_attr = 1")
                          .arg(id));
    }
    Result<ArrivalResult> arrive(const QString& id)
    {
        ArrivalService arrivals(*m_c, m_clock, counterContextFrom(m_cfg), officeInfoFrom(m_cfg));
        ArrivalRequest r;
        r.barcode = id;
        return arrivals.arrive(r);
    }

private slots:
    void init()
    {
        m_clock.set(kNoon);
        const QString path = m_dir.filePath(QStringLiteral("phone.db"));
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
        acceptedHere(kByPhone, true);
        acceptedHere(kByPhone2, true);
        acceptedHere(kAddressed, false);
    }
    void cleanup() { m_c.reset(); }

    void addressedOnceWithItsEvent()
    {
        auto shown = service().show(kByPhone);
        QVERIFY(shown.ok());
        QVERIFY(!shown->addressed);
        QCOMPARE(shown->maskedPhone, QStringLiteral("+7 916 ***-**-67"));

        auto done =
            service().address(kByPhone, QStringLiteral(" 190000 "), QStringLiteral("Невский пр., д. 1"));
        QVERIFY2(done.ok(), done.ok() ? "" : qPrintable(done.error().message));
        QCOMPARE(done->addressed->postcode, QStringLiteral("190000"));
        QCOMPARE(done->addressed->addressedAtUtc, kNoon);
        QCOMPARE(addressOps(kByPhone), qint64(1));
        QSqlQuery q(m_c->db());
        QVERIFY(q.exec(QStringLiteral("SELECT payload FROM outbox WHERE item_id = '%1' ORDER BY seq DESC")
                           .arg(kByPhone)));
        QVERIFY(q.next());
        const QString payload = q.value(0).toString();
        QVERIFY2(payload.contains(u"\"destination\":\"190000\""), qPrintable(payload));
        QVERIFY2(!payload.contains(u"9161234567") && !payload.contains(u"Петрова"), qPrintable(payload));

        auto again = service().address(kByPhone, QStringLiteral("101000"), {});
        QCOMPARE(again.error().code, QStringLiteral("phone_send.already_addressed"));
        QVERIFY(again.error().message.contains(u"190000"));
        QCOMPARE(addressOps(kByPhone), qint64(1));
        QCOMPARE(service().show(kByPhone)->addressed->address, QStringLiteral("Невский пр., д. 1"));
    }

    void refusals()
    {
        QCOMPARE(
            service().address(QStringLiteral("10100002000019"), QStringLiteral("101000"), {}).error().code,
            QStringLiteral("phone_send.unknown_item"));
        QCOMPARE(service().show(kAddressed).error().code, QStringLiteral("phone_send.not_by_phone"));
        QCOMPARE(service().address(kAddressed, QStringLiteral("101000"), {}).error().code,
                 QStringLiteral("phone_send.not_by_phone"));
        for (const char* bad : {"19000", "1900000", "19000a", ""})
            QCOMPARE(service().address(kByPhone, QString::fromLatin1(bad), {}).error().code,
                     QStringLiteral("phone_send.postcode_invalid"));
        QVERIFY(db::ItemRepository(*m_c).markVoided(kByPhone2, kNoon));
        QCOMPARE(service().address(kByPhone2, QStringLiteral("101000"), {}).error().code,
                 QStringLiteral("phone_send.voided"));
        QCOMPARE(addressOps(kByPhone) + addressOps(kByPhone2), qint64(0));
        QCOMPARE(scalar(*m_c, QStringLiteral("SELECT COUNT(*) FROM phone_addressing")), qint64(0));
    }

    void arrivesOnlyAtTheChosenOffice()
    {
        auto early = arrive(kByPhone);
        QCOMPARE(early.error().code, QStringLiteral("phone_send.not_addressed"));
        QVERIFY(service().address(kByPhone, QStringLiteral("190000"), {}).ok());
        auto elsewhere = arrive(kByPhone);
        QCOMPARE(elsewhere.error().code, QStringLiteral("phone_send.wrong_office"));
        QVERIFY(elsewhere.error().message.contains(u"190000"));
        QCOMPARE(scalar(*m_c, QStringLiteral("SELECT COUNT(*) FROM stored_item")), qint64(0));

        QVERIFY(service().address(kByPhone2, QStringLiteral("101000"), {}).ok());
        auto here = arrive(kByPhone2);
        QVERIFY2(here.ok(), here.ok() ? "" : qPrintable(here.error().message));
        QCOMPARE(scalar(*m_c, QStringLiteral("SELECT COUNT(*) FROM stored_item")), qint64(1));
        // An addressed item is not concerned.
        QVERIFY(arrive(kAddressed).ok());
    }
};

QTEST_GUILESS_MAIN(TestPhoneSendService)
#include "test_phone_send_service.moc"
