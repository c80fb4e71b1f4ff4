// Arrival, finding, extension and returns on a real SQLite file with a fixed clock. Dates are counted
// by hand: 2026-12-25 is a Friday, 2027-01-01..08 are the office's holidays.
#include "../../support/TestDatabase.h"
#include "db/ItemRepository.h"
#include "db/storage/OfficeCalendarRepository.h"
#include "domain/acceptance/ShipmentJson.h"
#include "services/OfficeSetup.h"
#include "services/acceptance/CounterServices.h"
#include "services/issuing/SmsGateway.h"
#include "services/storage/ArrivalService.h"
#include "services/storage/StorageService.h"

#include <QDir>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pc;
using namespace pc::services;

namespace {
const QDateTime kChristmasNoon(QDate(2026, 12, 25), QTime(9, 0), Qt::UTC); // 12:00 in Moscow, a Friday
const QString kParcelS10 = QStringLiteral("CP123456785RU");                // unknown here
const QString kLetterRestante = QStringLiteral("12345601123457");          // accepted here
const QString kCodParcel = QStringLiteral("80082240994512");               // accepted here

qint64 scalar(const db::Connection& c, const QString& sql)
{
    QSqlQuery q(c.db());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}
qint64 ops(const db::Connection& c, const QString& item, int type, int attr)
{
    return scalar(c,
                  QStringLiteral("SELECT COUNT(*) FROM operation WHERE item_id = '%1' AND op_type = %2 AND "
                                 "op_attr = %3")
                      .arg(item)
                      .arg(type)
                      .arg(attr));
}
} // namespace

class TestStorageService : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::optional<db::Connection> m_c;
    FixedClock m_clock{kChristmasNoon};
    AppConfig m_cfg;
    std::unique_ptr<ArrivalService> m_arrival;
    std::unique_ptr<StorageService> m_storage;

    void acceptedHere(const QString& id, int object, qint64 codKop, acceptance::Shipment s)
    {
        s.object = object;
        s.weightG = 800;
        s.codKop = codKop;
        db::ItemRecord item;
        item.id = id;
        item.kind = IdKind::Rpo14;
        item.objectCode = object;
        item.weightG = 800;
        item.codKop = codKop;
        item.status = QStringLiteral("accepted");
        item.officePostcode = QStringLiteral("101000");
        item.counterId = QStringLiteral("1");
        item.acceptedAtUtc = kChristmasNoon.addDays(-3);
        item.details = QString::fromUtf8(QJsonDocument(acceptance::shipmentToJson(s)).toJson());
        QVERIFY(db::ItemRepository(*m_c).insert(item));
    }

private slots:
    void init()
    {
        m_clock.set(kChristmasNoon);
        const QString path = m_dir.filePath(QStringLiteral("storage.db"));
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
        db::OfficeCalendarRepository cal(*m_c);
        for (int d = 1; d <= 8; ++d)
            QVERIFY(cal.set({QDate(2027, 1, d), false, QStringLiteral("New Year")}));
        m_arrival =
            std::make_unique<ArrivalService>(*m_c, m_clock, counterContextFrom(m_cfg), officeInfoFrom(m_cfg));
        m_storage = std::make_unique<StorageService>(*m_c, m_clock, counterContextFrom(m_cfg));

        acceptance::Shipment letter;
        letter.recipient.name = QStringLiteral("Петров Пётр");
        letter.recipient.type = acceptance::AddressType::PosteRestante;
        letter.recipient.postcode = QStringLiteral("101000");
        letter.recipient.place = QStringLiteral("Москва");
        letter.services = {160};
        acceptedHere(kLetterRestante, 2010, 0, letter);
        acceptance::Shipment parcel;
        parcel.recipient.name = QStringLiteral("Иванова Анна Сергеевна");
        parcel.recipient.phone = QStringLiteral("+7 (912) 345-67-89");
        parcel.recipient.postcode = QStringLiteral("101000");
        parcel.recipient.place = QStringLiteral("Москва");
        parcel.recipient.street = QStringLiteral("ул. Мясницкая");
        parcel.recipient.house = QStringLiteral("26");
        parcel.sender.name = QStringLiteral("ООО «Книжный двор»");
        parcel.sender.place = QStringLiteral("Казань");
        parcel.services = {20};
        acceptedHere(kCodParcel, 27040, 499050, parcel);
    }
    void cleanup()
    {
        m_arrival.reset();
        m_storage.reset();
        m_c.reset();
    }

    void unknownItemWithoutWeightIsRefused()
    {
        ArrivalRequest r;
        r.barcode = kParcelS10;
        auto done = m_arrival->arrive(r);
        QVERIFY(!done);
        QCOMPARE(done.error().code, QStringLiteral("storage.weight_required"));
        QCOMPARE(scalar(*m_c, QStringLiteral("SELECT COUNT(*) FROM stored_item")), 0);
        QCOMPARE(scalar(*m_c, QStringLiteral("SELECT COUNT(*) FROM item WHERE id = 'CP123456785RU'")), 0);
    }

    void unknownItemIsRegisteredWithEventsAndNotice()
    {
        ArrivalRequest r;
        r.barcode = QStringLiteral("cp 123456785 ru");
        r.weightG = 1200;
        r.place = QStringLiteral("A-3");
        r.recipientName = QStringLiteral("Сидоров Иван");
        r.recipientPhone = QStringLiteral("8 903 111-22-33");
        auto done = m_arrival->arrive(r);
        QVERIFY2(done, done ? "" : qPrintable(done.error().message));
        QVERIFY(done->registeredHere);
        QCOMPARE(done->place, QStringLiteral("A-3"));
        QCOMPARE(done->category, storage::StorageCategory::Parcel);
        QCOMPARE(done->period.from, QDate(2026, 12, 28)); // Monday after the Friday arrival
        QCOMPARE(done->period.until, QDate(2027, 1, 11));
        QVERIFY(done->noticeJob > 0);
        QCOMPARE(scalar(*m_c, QStringLiteral("SELECT weight_g FROM item WHERE id = '%1'").arg(kParcelS10)),
                 1200);
        QCOMPARE(ops(*m_c, kParcelS10, 8, 2), 1);
        QCOMPARE(ops(*m_c, kParcelS10, 8, 48), 1);
        QCOMPARE(ops(*m_c, kParcelS10, 8, 24), 1);
        QCOMPARE(
            scalar(*m_c, QStringLiteral("SELECT COUNT(*) FROM outbox WHERE item_id = '%1'").arg(kParcelS10)),
            3);
        QCOMPARE(scalar(*m_c, QStringLiteral("SELECT COUNT(*) FROM print_job WHERE form = 'f22'")), 1);

        // Scanned again: reported with its place, nothing added.
        const qint64 before = scalar(*m_c, QStringLiteral("SELECT COUNT(*) FROM operation"));
        auto again = m_arrival->arrive(r);
        QVERIFY(!again);
        QCOMPARE(again.error().code, QStringLiteral("storage.already_arrived"));
        QVERIFY(again.error().message.contains(QStringLiteral("A-3")));
        QCOMPARE(scalar(*m_c, QStringLiteral("SELECT COUNT(*) FROM operation")), before);
        QCOMPARE(scalar(*m_c, QStringLiteral("SELECT COUNT(*) FROM stored_item")), 1);
    }

    void smsNoticeGoesToTheRecipientsPhone()
    {
        const QString spool = m_dir.filePath(QStringLiteral("sms"));
        QVERIFY(QDir().mkpath(spool));
        SpoolSmsGateway sms(spool);
        m_arrival->setSms(&sms);
        ArrivalRequest r;
        r.barcode = kCodParcel; // accepted here with service 20 and the phone +7 (912) 345-67-89
        auto done = m_arrival->arrive(r);
        QVERIFY2(done, done ? "" : qPrintable(done.error().message));
        QVERIFY(done->smsSent);
        QVERIFY(done->smsProblem.isEmpty());
        auto msg = readLastSimMessage(spool, QStringLiteral("9123456789"));
        QVERIFY2(msg, msg ? "" : qPrintable(msg.error().message));
        QVERIFY(msg->text.contains(kCodParcel));
        QVERIFY(msg->text.contains(QStringLiteral("101000")));
        QVERIFY2(msg->text.contains(done->period.until.toString(QStringLiteral("dd.MM.yyyy"))),
                 qPrintable(msg->text));
        QVERIFY(!msg->text.contains(QStringLiteral("Иванова"))); // no personal data in the text
        m_arrival->setSms(nullptr);
    }

    void failedSmsLeavesTheArrivalRecorded()
    {
        // The spool "directory" is a file: the gateway cannot write, the arrival must stand.
        const QString blocked = m_dir.filePath(QStringLiteral("not-a-dir"));
        QFile f(blocked);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        SpoolSmsGateway sms(blocked);
        m_arrival->setSms(&sms);
        ArrivalRequest r;
        r.barcode = kParcelS10;
        r.weightG = 700;
        r.recipientPhone = QStringLiteral("+7 903 111-22-33");
        r.smsNotice = true;
        auto done = m_arrival->arrive(r);
        QVERIFY2(done, done ? "" : qPrintable(done.error().message));
        QVERIFY(!done->smsSent);
        QVERIFY2(done->smsProblem.contains(blocked), qPrintable(done->smsProblem));
        QCOMPARE(
            scalar(*m_c,
                   QStringLiteral("SELECT COUNT(*) FROM stored_item WHERE item_id = '%1'").arg(kParcelS10)),
            1);
        QCOMPARE(ops(*m_c, kParcelS10, 8, 2), 1);
        m_arrival->setSms(nullptr);

        // Without a gateway the flag stays and the clerk is told.
        ArrivalRequest known;
        known.barcode = kCodParcel;
        auto flagged = m_arrival->arrive(known);
        QVERIFY(flagged);
        QVERIFY(flagged->smsNotice && !flagged->smsSent);
        QVERIFY(flagged->smsProblem.contains(QStringLiteral("[sms]")));
    }

    void knownItemsTakeTheirDetailsFromAcceptance()
    {
        ArrivalRequest r;
        r.barcode = kCodParcel;
        auto parcel = m_arrival->arrive(r);
        QVERIFY2(parcel, parcel ? "" : qPrintable(parcel.error().message));
        QVERIFY(!parcel->registeredHere);
        QCOMPARE(parcel->codKop, 499050);
        QVERIFY(parcel->smsNotice);
        QCOMPARE(parcel->holding, storage::Holding::Standard);
        QCOMPARE(parcel->place, QStringLiteral("P-51")); // serial ...94512, check digit 2
        r.barcode = kLetterRestante;
        auto letter = m_arrival->arrive(r);
        QVERIFY2(letter, letter ? "" : qPrintable(letter.error().message));
        QCOMPARE(letter->holding, storage::Holding::PosteRestante);
        QCOMPARE(letter->category, storage::StorageCategory::Letter);
        QCOMPARE(letter->period.until, QDate(2027, 1, 26));
        QCOMPARE(letter->noticeJob, 0); // poste restante: no notice
        QCOMPARE(ops(*m_c, kLetterRestante, 6, 1), 1);
        QCOMPARE(ops(*m_c, kLetterRestante, 8, 24), 0);
    }

    void findingByIdPhoneNameAndFragment()
    {
        ArrivalRequest r;
        r.barcode = kCodParcel;
        QVERIFY(m_arrival->arrive(r));
        for (const QString& query :
             {kCodParcel, QStringLiteral("+7 912 345 67 89"), QStringLiteral("89123456789"),
              QStringLiteral("иванова"), QStringLiteral("ИВАНОВА АННА"), QStringLiteral("4512")}) {
            auto found = m_storage->find(query);
            QVERIFY2(found, qPrintable(query));
            QVERIFY2(found->size() == 1, qPrintable(query));
            QCOMPARE(found->front().stored.itemId, kCodParcel);
            QCOMPARE(found->front().stored.place, QStringLiteral("P-51"));
            QCOMPARE(found->front().dueKop, 499050);
        }
        auto none = m_storage->find(QStringLiteral("Петров"));
        QVERIFY(none);
        QVERIFY(none->isEmpty());
    }

    void expiringExtendAndReturn()
    {
        ArrivalRequest r;
        r.barcode = kCodParcel;
        QVERIFY(m_arrival->arrive(r));
        r.barcode = kLetterRestante;
        QVERIFY(m_arrival->arrive(r));

        auto soon = m_storage->expiring(QDate(2027, 1, 11));
        QVERIFY(soon);
        QCOMPARE(soon->size(), 1);
        QCOMPARE(soon->front().stored.itemId, kCodParcel);
        QVERIFY(m_storage->expiring(QDate(2027, 1, 10))->isEmpty());
        QCOMPARE(m_storage->expiring(QDate(2027, 1, 26))->size(), 2); // poste restante included

        auto longer = m_storage->extend(kCodParcel, 10, true);
        QVERIFY2(longer, longer ? "" : qPrintable(longer.error().message));
        QCOMPARE(longer->stored.storageUntil, QDate(2027, 1, 21));
        QCOMPARE(ops(*m_c, kCodParcel, 6, 4), 1);
        auto tooLong = m_storage->extend(kCodParcel, 36, false); // 15 + 10 + 36 > 60
        QVERIFY(!tooLong);
        QCOMPARE(tooLong.error().code, QStringLiteral("storage.extension_limit"));
        QVERIFY(m_storage->extend(kCodParcel, 35, false)); // exactly 60 in total
        QCOMPARE(ops(*m_c, kCodParcel, 6, 5), 1);

        // 26 January was the letter's last day: on the 27th it is expired but not to be returned.
        auto batch = m_storage->returnExpired(QDate(2027, 1, 27));
        QVERIFY(batch);
        QCOMPARE(batch->returned, QStringList{});
        QCOMPARE(batch->unclaimed, QStringList{kLetterRestante});
        QCOMPARE(ops(*m_c, kLetterRestante, 3, 1), 0);
        // The parcel is kept until 25 February (60 days from 28 December).
        QVERIFY(m_storage->returnExpired(QDate(2027, 2, 25))->returned.isEmpty());
        batch = m_storage->returnExpired(QDate(2027, 2, 26));
        QCOMPARE(batch->returned, QStringList{kCodParcel});
        QCOMPARE(ops(*m_c, kCodParcel, 3, 1), 1);
        auto gone = m_storage->find(kCodParcel);
        QCOMPARE(gone->front().stored.state, QStringLiteral("returned"));
        QCOMPARE(gone->front().dueKop, 0);
        QVERIFY(!m_storage->extend(kCodParcel, 1, true));
    }

    // The daily reminder: the parcel's last day is 11 January, so a run on the 6th with 5 days ahead
    // gives it its secondary notice (8.24 a second time), once; poste restante waits without notices.
    void remindOnceBeforeTheEnd()
    {
        ArrivalRequest r;
        r.barcode = kCodParcel;
        QVERIFY(m_arrival->arrive(r));
        r.barcode = kLetterRestante;
        QVERIFY(m_arrival->arrive(r));
        QCOMPARE(ops(*m_c, kCodParcel, 8, 24), 1); // the Ф.22 at arrival
        QVERIFY(m_storage->remind(QDate(2027, 1, 5), 5)->isEmpty());
        auto reminded = m_storage->remind(QDate(2027, 1, 6), 5);
        QVERIFY(reminded);
        QCOMPARE(reminded->size(), 1);
        QCOMPARE(reminded->front().stored.itemId, kCodParcel);
        QCOMPARE(ops(*m_c, kCodParcel, 8, 24), 2);
        QVERIFY(m_storage->remind(QDate(2027, 1, 6), 5)->isEmpty());  // once
        QVERIFY(m_storage->remind(QDate(2027, 1, 25), 5)->isEmpty()); // poste restante: no notices
        QCOMPARE(ops(*m_c, kLetterRestante, 8, 24), 0);
        QCOMPARE(m_storage->remind(QDate(2027, 1, 6), -1).error().code,
                 QStringLiteral("storage.remind_days"));
    }

    void personalDataStaysOutOfEvents()
    {
        ArrivalRequest r;
        r.barcode = kCodParcel;
        QVERIFY(m_arrival->arrive(r));
        QVERIFY(m_storage->extend(kCodParcel, 5, true));
        QSqlQuery q(m_c->db());
        QVERIFY(q.exec(QStringLiteral("SELECT payload FROM outbox")));
        int n = 0;
        while (q.next()) {
            const QString payload = q.value(0).toString();
            QVERIFY2(!payload.contains(QStringLiteral("Иванова")), qPrintable(payload));
            // The phone (+7 912 345-67-89) in any form; the random event id may hold "345" by chance.
            QVERIFY2(!payload.contains(QStringLiteral("9123456789")) &&
                         !payload.contains(QStringLiteral("345-67")),
                     qPrintable(payload));
            ++n;
        }
        QCOMPARE(n, 4);
    }
};

QTEST_GUILESS_MAIN(TestStorageService)
#include "test_storage_service.moc"
