// Hand-over, SMS codes, refusals and failed attempts on a real database with a fixed clock. Amounts
// are worked out by hand from the sample COD brackets (DOMAIN.md §2): 1 500 ₽ → 90 ₽ + 4 % = 150 ₽.
#include "../../support/TestDatabase.h"
#include "db/issuing/IssuingRepository.h"
#include "drivers/sim/SimulatedPaymentTerminal.h"
#include "services/OfficeSetup.h"
#include "services/acceptance/CardTerminal.h"
#include "services/acceptance/CounterServices.h"
#include "services/issuing/IssuingService.h"
#include "services/issuing/PersonalDataCipher.h"
#include "services/issuing/SmsGateway.h"
#include "services/storage/ArrivalService.h"
#include "services/storage/StorageService.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pc;
using namespace pc::services;

namespace {
const QDateTime kNoon(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC);

// A valid S10 identifier: UPU S10 check digit with weights 8 6 4 2 3 5 9 7 (11 − sum mod 11; 10 → 0, 11 → 5).
QString s10(int serial)
{
    const QString digits = QStringLiteral("%1").arg(serial, 8, 10, QChar(u'0'));
    const int w[] = {8, 6, 4, 2, 3, 5, 9, 7};
    int sum = 0;
    for (int i = 0; i < 8; ++i)
        sum += digits[i].digitValue() * w[i];
    int check = 11 - sum % 11;
    if (check == 10)
        check = 0;
    else if (check == 11)
        check = 5;
    return QStringLiteral("CP%1%2RU").arg(digits).arg(check);
}

qint64 scalar(const db::Connection& c, const QString& sql)
{
    QSqlQuery q(c.db());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}
QString text(const db::Connection& c, const QString& sql)
{
    QSqlQuery q(c.db());
    if (!q.exec(sql) || !q.next())
        return QStringLiteral("<none>");
    return q.value(0).toString();
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
issuing::IdDocumentInput passport()
{
    return {issuing::IdDocType::RussianPassport, QStringLiteral("4517 938271"), QDate(2017, 4, 12), {}};
}
} // namespace

class TestIssuingService : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::optional<db::Connection> m_c;
    FixedClock m_clock{kNoon};
    AppConfig m_cfg;
    std::unique_ptr<ArrivalService> m_arrival;
    std::unique_ptr<IssuingService> m_issuing;
    std::unique_ptr<SpoolSmsGateway> m_sms;
    std::optional<PersonalDataCipher> m_cipher;
    int m_next = 1000;

    QString arrive(qint64 codKop = 0, const QString& phone = QStringLiteral("+7 912 345-67-89"))
    {
        ArrivalRequest r;
        r.barcode = s10(++m_next);
        r.weightG = 900;
        r.recipientName = QStringLiteral("Иванова Анна");
        r.recipientPhone = phone;
        r.codKop = codKop;
        auto done = m_arrival->arrive(r);
        if (!done)
            qWarning() << done.error().message;
        return done ? done->itemId : QString();
    }
    QString stateOf(const QString& id)
    {
        return text(*m_c, QStringLiteral("SELECT state FROM stored_item WHERE item_id = '%1'").arg(id));
    }
    QString lastCode()
    {
        auto m = readLastSimMessage(m_sms->dir(), QStringLiteral("9123456789"));
        return m ? m->code : QString();
    }

private slots:
    void init()
    {
        m_clock.set(kNoon);
        const QString path = m_dir.filePath(QStringLiteral("issuing.db"));
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
        QDir(m_dir.filePath(QStringLiteral("sms"))).removeRecursively();
        auto c = db::openSqlite({pc::testing::orPostgres(path)});
        QVERIFY2(c, c ? "" : qPrintable(c.error().message));
        m_c.emplace(std::move(*c));
        m_cfg.officePostcode = QStringLiteral("101000");
        m_cfg.officeName = QStringLiteral("Москва 101000");
        m_cfg.counterId = QStringLiteral("1");
        m_cfg.operatorId = QStringLiteral("clerk");
        QVERIFY(ensureOfficeAndCounter(*m_c, m_cfg));
        m_arrival =
            std::make_unique<ArrivalService>(*m_c, m_clock, counterContextFrom(m_cfg), officeInfoFrom(m_cfg));
        m_issuing = std::make_unique<IssuingService>(*m_c, m_clock, counterContextFrom(m_cfg));
        m_issuing->setOffice(officeInfoFrom(m_cfg));
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("sms"))));
        m_sms = std::make_unique<SpoolSmsGateway>(m_dir.filePath(QStringLiteral("sms")));
        m_issuing->setSmsGateway(m_sms.get());
        std::array<unsigned char, 32> key{};
        key.fill(7);
        m_cipher = PersonalDataCipher::fromKey(key);
        m_issuing->setPersonalDataCipher(&*m_cipher);
    }
    void cleanup()
    {
        m_issuing.reset();
        m_arrival.reset();
        m_c.reset();
    }

    void handOverByPassportWithNothingDue()
    {
        const QString id = arrive();
        auto done = m_issuing->handOver({{id}, passport(), std::nullopt});
        QVERIFY2(done, done ? "" : qPrintable(done.error().message));
        QCOMPARE(done->op, op::DeliveredToAddressee);
        QCOMPARE(done->documentMasked, QStringLiteral("45 17 ****71"));
        QVERIFY(!done->receiptId);
        QCOMPARE(stateOf(id), QStringLiteral("delivered"));
        QCOMPARE(ops(*m_c, id, 2, 1), 1);
        auto ident = db::IssuingRepository(*m_c).identification(done->identificationId);
        QVERIFY(ident);
        QCOMPARE(ident->docMasked, QStringLiteral("45 17 ****71"));
        QVERIFY(!ident->docNumberEnc.contains("4517938271"));
        QCOMPARE(*m_cipher->open({ident->docNumberNonce, ident->docNumberEnc}), QStringLiteral("4517938271"));
    }
    void sameItemCannotBeHandedOverTwice()
    {
        const QString id = arrive();
        QVERIFY(m_issuing->handOver({{id}, passport(), std::nullopt}));
        auto again = m_issuing->handOver({{id}, passport(), std::nullopt});
        QVERIFY(!again);
        QCOMPARE(again.error().code, QStringLiteral("storage.not_stored"));
        QCOMPARE(ops(*m_c, id, 2, 1), 1);
        QCOMPARE(scalar(*m_c, QStringLiteral("SELECT COUNT(*) FROM hand_over")), 1);
    }
    void codIsPaidInCashAndTransferredToTheSender()
    {
        const QString id = arrive(150000);
        auto due = m_issuing->dueFor({id});
        QVERIFY(due);
        QCOMPARE(due->items.front().codFeeKop, qint64(15000));
        QCOMPARE(due->totalKop, qint64(165000));
        auto unpaid = m_issuing->handOver({{id}, passport(), std::nullopt});
        QCOMPARE(unpaid.error().code, QStringLiteral("issuing.payment_required"));
        QCOMPARE(stateOf(id), QStringLiteral("stored"));
        auto tooLittle = m_issuing->handOver(
            {{id}, passport(), acceptance::PaymentChoice{acceptance::PaymentMethod::Cash, 100000}});
        QCOMPARE(tooLittle.error().code, QStringLiteral("payment.insufficient"));

        auto done = m_issuing->handOver(
            {{id}, passport(), acceptance::PaymentChoice{acceptance::PaymentMethod::Cash, 200000}});
        QVERIFY2(done, done ? "" : qPrintable(done.error().message));
        QCOMPARE(done->totalKop, qint64(165000));
        QCOMPARE(done->changeKop, qint64(35000));
        QVERIFY(done->receiptNumber);
        QCOMPARE(
            scalar(*m_c, QStringLiteral("SELECT total_kop FROM receipt WHERE id = %1").arg(*done->receiptId)),
            165000);
        const HandedOverItem& item = done->items.front();
        QVERIFY(item.codTransferId && item.f112Job);
        QCOMPARE(ops(*m_c, id, 63, 0), 1);
        auto tr = db::IssuingRepository(*m_c).codTransferFor(id);
        QVERIFY(tr && *tr);
        QCOMPARE((*tr)->amountKop, qint64(150000));
        QCOMPARE((*tr)->transferKop, qint64(150000));
        QCOMPARE((*tr)->receiptId, *done->receiptId);
        QCOMPARE(text(*m_c, QStringLiteral("SELECT form FROM print_job WHERE id = %1").arg(*item.f112Job)),
                 QStringLiteral("f112"));
        // The hand-over row names the transfer; the schema refuses COD money without one.
        QCOMPARE(scalar(*m_c,
                        QStringLiteral("SELECT cod_transfer_id FROM hand_over WHERE item_id = '%1'").arg(id)),
                 (*tr)->id);
        QSqlQuery bad(m_c->db());
        QVERIFY(!bad.exec(
            QStringLiteral("UPDATE hand_over SET cod_transfer_id = NULL WHERE item_id = '%1'").arg(id)));
    }
    void severalItemsOneReceipt()
    {
        const QString a = arrive(50000), b = arrive(0), c = arrive(250000);
        // 500 ₽: 80 + 25 = 105 ₽; 2 500 ₽: 90 + 100 = 190 ₽.
        auto done = m_issuing->handOver(
            {{a, b, c}, passport(), acceptance::PaymentChoice{acceptance::PaymentMethod::Cash, {}}});
        QVERIFY2(done, done ? "" : qPrintable(done.error().message));
        QCOMPARE(done->totalKop, qint64(50000 + 10500 + 250000 + 19000));
        QCOMPARE(done->items.size(), 3);
        QCOMPARE(scalar(*m_c, QStringLiteral("SELECT COUNT(*) FROM receipt")), 1);
        QCOMPARE(scalar(*m_c, QStringLiteral("SELECT COUNT(*) FROM cod_transfer")), 2);
        QCOMPARE(scalar(*m_c, QStringLiteral("SELECT COUNT(DISTINCT identification_id) FROM hand_over")), 1);
    }
    void oneItemGoneRefusesTheWholeHandOver()
    {
        const QString a = arrive(), b = arrive();
        QVERIFY(m_issuing->refuse(b, QStringLiteral("не заказывал")));
        auto done = m_issuing->handOver({{a, b}, passport(), std::nullopt});
        QCOMPARE(done.error().code, QStringLiteral("storage.not_stored"));
        QCOMPARE(stateOf(a), QStringLiteral("stored")); // rolled back
        QCOMPARE(scalar(*m_c, QStringLiteral("SELECT COUNT(*) FROM hand_over")), 0);
    }
    void customsDutyIsCollectedOnce()
    {
        const QString id = arrive();
        QVERIFY(
            db::IssuingRepository(*m_c).addCharge({0, id, QStringLiteral("customs_duty"), 42000, kNoon, {}}));
        QCOMPARE(m_issuing->dueFor({id})->totalKop, qint64(42000));
        auto done = m_issuing->handOver(
            {{id}, passport(), acceptance::PaymentChoice{acceptance::PaymentMethod::Cash, {}}});
        QVERIFY(done);
        QCOMPARE(done->items.front().due.customsDutyKop, qint64(42000));
        QVERIFY(!done->items.front().codTransferId);
        QCOMPARE(scalar(*m_c, QStringLiteral("SELECT COUNT(*) FROM item_charge WHERE receipt_id IS NULL")),
                 0);
    }
    // Charges made by the counter itself: duty assessed at arrival, and an extension the addressee
    // asked for at 15 ₽ a day (6 days → 90 ₽); both due at hand-over and paid once, on its receipt.
    void dutyAtArrivalAndPaidExtensionAreDue()
    {
        ArrivalRequest r;
        r.barcode = s10(++m_next);
        r.weightG = 1200;
        r.recipientName = QStringLiteral("Иванова Анна");
        r.recipientPhone = QStringLiteral("+7 912 345-67-89");
        r.customsDutyKop = 31550;
        auto arrived = m_arrival->arrive(r);
        QVERIFY2(arrived, arrived ? "" : qPrintable(arrived.error().message));
        const QString id = arrived->itemId;
        storage::ExtensionLimits limits;
        limits.feePerDayKop = 1500;
        StorageService storage(*m_c, m_clock, counterContextFrom(m_cfg), limits);
        QVERIFY(storage.extend(id, 6, true));
        QVERIFY(storage.extend(id, 2, false)); // the sender's extension: not the addressee's to pay
        auto due = m_issuing->dueFor({id});
        QVERIFY(due);
        QCOMPARE(due->items.front().customsDutyKop, qint64(31550));
        QCOMPARE(due->items.front().storageChargeKop, qint64(9000));
        QCOMPARE(due->totalKop, qint64(40550));
        auto done = m_issuing->handOver(
            {{id}, passport(), acceptance::PaymentChoice{acceptance::PaymentMethod::Cash, {}}});
        QVERIFY2(done, done ? "" : qPrintable(done.error().message));
        QCOMPARE(done->totalKop, qint64(40550));
        QCOMPARE(scalar(*m_c, QStringLiteral("SELECT COUNT(*) FROM item_charge WHERE receipt_id IS NULL")),
                 0);
        QCOMPARE(scalar(*m_c, QStringLiteral("SELECT total_kop FROM receipt")), 40550);
    }
    // A COD parcel paid by card on the simulated terminal: approved → delivered with a card receipt;
    // declined → still stored, nothing recorded, the reason named.
    void codPaidByCardOrDeclined()
    {
        auto card = CardTerminal::start({QStringLiteral("sim"), {}, 0, 30});
        QVERIFY(card);
        (*card)->simulator()->setStepDelayMs(5);
        m_issuing->setPaymentTerminal((*card)->terminal(), 400);
        const QString declinedItem = arrive(150000);
        (*card)->simulator()->setNextOutcome(drivers::SimulatedPaymentTerminal::Outcome::Decline);
        auto declined = m_issuing->handOver(
            {{declinedItem}, passport(), acceptance::PaymentChoice{acceptance::PaymentMethod::Card, {}}});
        QVERIFY(!declined);
        QCOMPARE(declined.error().code, QStringLiteral("payment.declined"));
        QCOMPARE(stateOf(declinedItem), QStringLiteral("stored"));
        QCOMPARE(scalar(*m_c, QStringLiteral("SELECT COUNT(*) FROM hand_over")), 0);
        QCOMPARE(scalar(*m_c, QStringLiteral("SELECT COUNT(*) FROM receipt")), 0);

        // 1 500 ₽ COD + 90 ₽ + 4 % = 150 ₽ fee.
        auto paid = m_issuing->handOver(
            {{declinedItem}, passport(), acceptance::PaymentChoice{acceptance::PaymentMethod::Card, {}}});
        QVERIFY2(paid, paid ? "" : qPrintable(paid.error().message));
        QCOMPARE(paid->totalKop, qint64(165000));
        QVERIFY(!paid->cardAuthCode.isEmpty());
        QCOMPARE(stateOf(declinedItem), QStringLiteral("delivered"));
        QCOMPARE(text(*m_c, QStringLiteral("SELECT method FROM receipt")), QStringLiteral("card"));
        QCOMPARE(scalar(*m_c, QStringLiteral("SELECT amount_kop FROM cod_transfer")), 150000);
        m_issuing->setPaymentTerminal(nullptr);
    }
    void powerOfAttorney()
    {
        const QString id = arrive();
        issuing::PowerOfAttorney poa{QStringLiteral("77 АА 1234567"), QDate(2025, 1, 1), QDate(2025, 12, 31),
                                     QStringLiteral("Иванова А."), passport()};
        QCOMPARE(m_issuing->handOver({{id}, poa, std::nullopt}).error().code, QStringLiteral("poa.expired"));
        poa.validUntil = QDate(2026, 12, 31);
        auto done = m_issuing->handOver({{id}, poa, std::nullopt});
        QVERIFY(done);
        QCOMPARE(done->method, QStringLiteral("power_of_attorney"));
        QCOMPARE(text(*m_c, QStringLiteral("SELECT poa_number FROM recipient_identification")), poa.number);
    }
    void smsCodeHandOverIs2_13()
    {
        const QString id = arrive();
        auto sent = m_issuing->sendSmsCode({id, {}});
        QVERIFY2(sent, sent ? "" : qPrintable(sent.error().message));
        QCOMPARE(sent->phoneMasked, QStringLiteral("+7 912 ***-**-89"));
        QCOMPARE(sent->expiresAtUtc, kNoon.addSecs(600));
        const QString code = lastCode();
        QCOMPARE(code.size(), 6);
        // Only a salted hash is stored.
        QCOMPARE(
            scalar(*m_c, QStringLiteral("SELECT COUNT(*) FROM sms_code WHERE code_hash = '%1' OR salt = '%1'")
                             .arg(code)),
            0);
        QCOMPARE(m_issuing->sendSmsCode({id, {}}).error().code, QStringLiteral("sms.code_still_valid"));
        auto done = m_issuing->handOver({{id}, SmsCodeIdentification{code}, std::nullopt});
        QVERIFY2(done, done ? "" : qPrintable(done.error().message));
        QCOMPARE(done->op, op::DeliveredBySmsCode);
        QCOMPARE(ops(*m_c, id, 2, 13), 1);
        QVERIFY(done->documentMasked.isEmpty());
        // The code is spent.
        const QString other = arrive();
        QCOMPARE(m_issuing->handOver({{other}, SmsCodeIdentification{code}, std::nullopt}).error().code,
                 QStringLiteral("sms.used"));
    }
    void wrongCodeLocksAfterThreeAttempts()
    {
        const QString id = arrive();
        QVERIFY(m_issuing->sendSmsCode({id, {}}));
        const QString code = lastCode();
        const QString wrong = code == u"000000" ? QStringLiteral("111111") : QStringLiteral("000000");
        auto first = m_issuing->handOver({{id}, SmsCodeIdentification{wrong}, std::nullopt});
        QCOMPARE(first.error().code, QStringLiteral("sms.wrong_code"));
        auto v = m_issuing->verifySmsCode({id, {}}, wrong);
        QVERIFY(v && !v->accepted);
        QCOMPARE(v->attemptsLeft, 1);
        QCOMPARE(m_issuing->handOver({{id}, SmsCodeIdentification{wrong}, std::nullopt}).error().code,
                 QStringLiteral("sms.locked"));
        QCOMPARE(m_issuing->handOver({{id}, SmsCodeIdentification{code}, std::nullopt}).error().code,
                 QStringLiteral("sms.locked"));
        QCOMPARE(stateOf(id), QStringLiteral("stored"));
        // A locked code lets a new one be sent.
        QVERIFY(m_issuing->sendSmsCode({id, {}}));
        QVERIFY(m_issuing->handOver({{id}, SmsCodeIdentification{lastCode()}, std::nullopt}));
    }
    void aStaleAttemptCountIsNotWritten()
    {
        // Another window counted an attempt after this one read the code: the compare-and-set refuses the
        // stale write (the transaction runner then re-reads), so attempts are never lost between windows.
        const QString id = arrive();
        QVERIFY(m_issuing->sendSmsCode({id, {}}));
        db::IssuingRepository repo(*m_c);
        auto rec = repo.lastSmsCode(QStringLiteral("9123456789"));
        QVERIFY(rec && *rec);
        const qint64 codeId = (*rec)->id;
        QVERIFY(repo.updateSmsCodeIf(codeId, QStringLiteral("active"), 0, QStringLiteral("active"), 1));
        auto stale = repo.updateSmsCodeIf(codeId, QStringLiteral("active"), 0, QStringLiteral("active"), 1);
        QVERIFY(!stale);
        QCOMPARE(stale.error().code, QStringLiteral("db.conflict"));
        QCOMPARE(
            scalar(*m_c, QStringLiteral("SELECT wrong_attempts FROM sms_code WHERE id = %1").arg(codeId)), 1);
        // The service reads what is there now: one attempt already gone, one wrong guess leaves one.
        const QString wrong = lastCode() == u"000000" ? QStringLiteral("111111") : QStringLiteral("000000");
        auto v = m_issuing->verifySmsCode({id, {}}, wrong);
        QVERIFY(v && !v->accepted);
        QCOMPARE(v->attemptsLeft, 1);
    }
    void expiredCodeIsRefused()
    {
        const QString id = arrive();
        QVERIFY(m_issuing->sendSmsCode({{}, QStringLiteral("8 (912) 345-67-89")}));
        const QString code = lastCode();
        m_clock.advanceSecs(600);
        QCOMPARE(m_issuing->handOver({{id}, SmsCodeIdentification{code}, std::nullopt}).error().code,
                 QStringLiteral("sms.expired"));
        QVERIFY(m_issuing->sendSmsCode({id, {}}));
    }
    void refusalAndFailedAttempt()
    {
        const QString a = arrive(), b = arrive();
        auto r = m_issuing->refuse(a, QStringLiteral("повреждена упаковка"));
        QVERIFY(r);
        QCOMPARE(r->op, op::ReturnAddresseeRefused);
        QCOMPARE(stateOf(a), QStringLiteral("returned"));
        QCOMPARE(ops(*m_c, a, 3, 4), 1);
        QCOMPARE(m_issuing->refuse(a).error().code, QStringLiteral("storage.not_stored"));
        auto f = m_issuing->failedAttempt(b, *issuing::failedAttemptReason(QStringLiteral("12.1")));
        QVERIFY(f);
        QCOMPARE(stateOf(b), QStringLiteral("stored"));
        QCOMPARE(ops(*m_c, b, 12, 1), 1);
        QCOMPARE(scalar(*m_c, QStringLiteral("SELECT COUNT(*) FROM delivery_attempt")), 2);
    }
    void closedShiftRefusesEverything()
    {
        const QString id = arrive();
        m_issuing->setShiftCheck([](const QString&) -> Status {
            return Error{QStringLiteral("shift.not_open"), QStringLiteral("open a shift")};
        });
        QCOMPARE(m_issuing->handOver({{id}, passport(), std::nullopt}).error().code,
                 QStringLiteral("shift.not_open"));
        QCOMPARE(m_issuing->refuse(id).error().code, QStringLiteral("shift.not_open"));
        QCOMPARE(stateOf(id), QStringLiteral("stored"));
    }
    void noKeyNoDocument()
    {
        const QString id = arrive();
        m_issuing->setPersonalDataCipher(nullptr);
        QCOMPARE(m_issuing->handOver({{id}, passport(), std::nullopt}).error().code,
                 QStringLiteral("pd.no_key"));
    }
};

QTEST_GUILESS_MAIN(TestIssuingService)
#include "test_issuing_service.moc"
