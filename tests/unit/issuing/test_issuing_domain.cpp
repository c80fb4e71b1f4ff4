// The pure rules of issuing. Expected values are worked out by hand from DOMAIN.md §2/§6: the COD fee
// brackets (≤1 000 ₽: 80 ₽ + 5 %; ≤5 000: 90 + 4 %; ≤20 000: 190 + 2 %; ≤500 000: 290 + 1.5 %),
// the Russian passport layout "NNNN NNNNNN", a 6-digit SMS code with 3 attempts and 10 minutes.
#include "domain/issuing/DueAmount.h"
#include "domain/issuing/FailedAttempt.h"
#include "domain/issuing/IdentityDocument.h"
#include "domain/issuing/PowerOfAttorney.h"
#include "domain/issuing/SmsCodePolicy.h"

#include <QTest>

using namespace pc;
using namespace pc::issuing;

class TestIssuingDomain : public QObject {
    Q_OBJECT
    const QDate m_today{2026, 11, 25};

private slots:
    void russianPassportIsCheckedAndMasked()
    {
        auto d = checkIdDocument(
            {IdDocType::RussianPassport, QStringLiteral("4510 123456"), QDate(2015, 3, 20), {}}, m_today);
        QVERIFY(d);
        QCOMPARE(d->number, QStringLiteral("4510123456"));
        QCOMPARE(d->masked, QStringLiteral("45 10 ****56"));
        auto shortOne = checkIdDocument(
            {IdDocType::RussianPassport, QStringLiteral("4510 12345"), QDate(2015, 3, 20), {}}, m_today);
        QVERIFY(!shortOne);
        QCOMPARE(shortOne.error().code, QStringLiteral("iddoc.number_format"));
        auto letters = checkIdDocument(
            {IdDocType::RussianPassport, QStringLiteral("45AB 123456"), QDate(2015, 3, 20), {}}, m_today);
        QCOMPARE(letters.error().code, QStringLiteral("iddoc.number_format"));
    }
    void otherDocumentTypes()
    {
        auto intl = checkIdDocument(
            {IdDocType::InternationalPassport, QStringLiteral("75 1234567"), QDate(2020, 1, 1), {}}, m_today);
        QVERIFY(intl);
        QCOMPARE(intl->masked, QStringLiteral("75 *****67"));
        auto mil = checkIdDocument(
            {IdDocType::MilitaryId, QStringLiteral("АБ 1234567"), QDate(2010, 6, 1), {}}, m_today);
        QVERIFY(mil);
        QCOMPARE(mil->masked, QStringLiteral("АБ *****67"));
        QVERIFY(!checkIdDocument({IdDocType::MilitaryId, QStringLiteral("AB 1234567"), QDate(2010, 6, 1), {}},
                                 m_today)); // Latin letters: not a Russian military ID series
        auto foreign = checkIdDocument(
            {IdDocType::ForeignPassport, QStringLiteral("C01X00T47"), QDate(2019, 2, 2), {}}, m_today);
        QVERIFY(foreign);
        QCOMPARE(foreign->masked, QStringLiteral("*******47"));
        QVERIFY(!foreign->masked.contains(QStringLiteral("C01X")));
        QCOMPARE(acceptedIdDocTypes().size(), 8);
    }
    void issueDateRules()
    {
        auto future = checkIdDocument(
            {IdDocType::RussianPassport, QStringLiteral("4510123456"), m_today.addDays(1), {}}, m_today);
        QCOMPARE(future.error().code, QStringLiteral("iddoc.issued_in_future"));
        auto missing =
            checkIdDocument({IdDocType::RussianPassport, QStringLiteral("4510123456"), QDate(), {}}, m_today);
        QCOMPARE(missing.error().code, QStringLiteral("iddoc.issue_date_missing"));
        QVERIFY(checkIdDocument({IdDocType::RussianPassport, QStringLiteral("4510123456"), m_today, {}},
                                m_today));
    }
    void cliSyntax()
    {
        auto d =
            parseIdDocumentArg(QStringLiteral("ru_passport:4510 123456:20.03.2015:ОВД Тверского района"));
        QVERIFY(d);
        QCOMPARE(d->type, IdDocType::RussianPassport);
        QCOMPARE(d->issued, QDate(2015, 3, 20));
        QCOMPARE(d->issuer, QStringLiteral("ОВД Тверского района"));
        QCOMPARE(parseIdDocumentArg(QStringLiteral("driver_licence:1:2015-01-01")).error().code,
                 QStringLiteral("iddoc.unknown_type"));
    }
    void powerOfAttorney()
    {
        PowerOfAttorney poa{
            QStringLiteral("77 АА 1234567"),
            QDate(2026, 1, 10),
            QDate(),
            QStringLiteral("Иванова А. С."),
            {IdDocType::RussianPassport, QStringLiteral("4003 555666"), QDate(2012, 5, 5), {}}};
        auto ok = checkPowerOfAttorney(poa, m_today);
        QVERIFY(ok);
        QCOMPARE(ok->validUntil, QDate(2027, 1, 9)); // one year without an end date
        QCOMPARE(ok->representative.masked, QStringLiteral("40 03 ****66"));
        poa.validUntil = QDate(2026, 11, 24);
        QCOMPARE(checkPowerOfAttorney(poa, m_today).error().code, QStringLiteral("poa.expired"));
        poa.validUntil = QDate(2026, 11, 25); // valid through its last day
        QVERIFY(checkPowerOfAttorney(poa, m_today));
        poa.issuedBy.clear();
        QCOMPARE(checkPowerOfAttorney(poa, m_today).error().code, QStringLiteral("poa.issued_by_missing"));
    }
    void codFeeBrackets_data()
    {
        QTest::addColumn<qint64>("cod");
        QTest::addColumn<qint64>("fee");
        QTest::newRow("1 000 ₽ top of first") << qint64(100000) << qint64(8000 + 5000);
        QTest::newRow("333.33 ₽ rounds half up") << qint64(33333) << qint64(8000 + 1667); // 16.6665 ₽
        QTest::newRow("1 000.01 ₽ second") << qint64(100001) << qint64(9000 + 4000);      // 40.0004 ₽
        QTest::newRow("2 500 ₽") << qint64(250000) << qint64(9000 + 10000);
        QTest::newRow("20 000 ₽") << qint64(2000000) << qint64(19000 + 40000);
        QTest::newRow("500 000 ₽") << qint64(50000000) << qint64(29000 + 750000);
        QTest::newRow("none") << qint64(0) << qint64(0);
    }
    void codFeeBrackets()
    {
        QFETCH(qint64, cod);
        QFETCH(qint64, fee);
        auto f = codTransferFee(CodFeeSchedule::sample(), cod);
        QVERIFY(f);
        QCOMPARE(*f, fee);
    }
    void codAboveMaximumIsRefused()
    {
        QCOMPARE(codTransferFee(CodFeeSchedule::sample(), 50000001).error().code,
                 QStringLiteral("cod.over_max"));
    }
    void feesFromJson()
    {
        auto s =
            CodFeeSchedule::fromJson(R"({"brackets":[{"up_to_kop":100000,"base_kop":5000,"rate_bp":100}]})");
        QVERIFY(s);
        QCOMPARE(*codTransferFee(*s, 100000), qint64(5000 + 1000));
        QVERIFY(!CodFeeSchedule::fromJson(R"({"brackets":[{"up_to_kop":0,"base_kop":1,"rate_bp":1}]})"));
    }
    void dueWithSenderPayingTheFee()
    {
        auto d = computeDue(CodFeeSchedule::sample(), {QStringLiteral("X"), 150000, true, 0, 0});
        QVERIFY(d);
        QCOMPARE(d->codFeeKop, qint64(0));
        QCOMPARE(d->codFeeSenderKop, qint64(15000)); // 90 + 4 % of 1 500 = 150 ₽
        QCOMPARE(d->totalKop(), qint64(150000));
        QCOMPARE(d->transferKop(), qint64(135000));
        auto r = computeDue(CodFeeSchedule::sample(), {QStringLiteral("X"), 150000, false, 30000, 5000});
        QCOMPARE(r->totalKop(), qint64(150000 + 15000 + 30000 + 5000));
        QCOMPARE(r->transferKop(), qint64(150000));
    }
    void smsCodeLocksAfterThreeWrongAttempts()
    {
        const SmsCodePolicy policy;
        const QDateTime t0(QDate(2026, 11, 25), QTime(10, 0), Qt::UTC);
        const QByteArray salt("salt");
        const QByteArray hash = hashSmsCode(salt, QStringLiteral("042917"));
        SmsCodeStatus st{SmsCodeState::Active, t0.addSecs(600), 0};
        auto a = checkSmsCode(policy, st, hash, salt, QStringLiteral("111111"), t0);
        QCOMPARE(a.check, SmsCheck::Wrong);
        QCOMPARE(a.attemptsLeft, 2);
        a = checkSmsCode(policy, a.after, hash, salt, QStringLiteral("222222"), t0);
        QCOMPARE(a.attemptsLeft, 1);
        a = checkSmsCode(policy, a.after, hash, salt, QStringLiteral("333333"), t0);
        QCOMPARE(a.check, SmsCheck::LockedNow);
        QCOMPARE(a.after.state, SmsCodeState::Locked);
        // Even the right code is refused once locked.
        QCOMPARE(checkSmsCode(policy, a.after, hash, salt, QStringLiteral("042917"), t0).check,
                 SmsCheck::AlreadyLocked);
        QVERIFY(mayIssueNewCode(a.after, t0));
    }
    void smsCodeExpiry()
    {
        const SmsCodePolicy policy;
        const QDateTime t0(QDate(2026, 11, 25), QTime(10, 0), Qt::UTC);
        const QByteArray salt("s");
        const QByteArray hash = hashSmsCode(salt, QStringLiteral("123456"));
        const SmsCodeStatus st{SmsCodeState::Active, t0.addSecs(policy.validSecs), 0};
        QCOMPARE(checkSmsCode(policy, st, hash, salt, QStringLiteral("123456"), t0.addSecs(599)).check,
                 SmsCheck::Accepted);
        QCOMPARE(checkSmsCode(policy, st, hash, salt, QStringLiteral("123456"), t0.addSecs(600)).check,
                 SmsCheck::Expired);
        QCOMPARE(mayIssueNewCode(st, t0.addSecs(60)).error().code, QStringLiteral("sms.code_still_valid"));
        QVERIFY(mayIssueNewCode(st, t0.addSecs(600)));
        QVERIFY(mayIssueNewCode(std::nullopt, t0));
        QVERIFY(wellFormedSmsCode(policy, QStringLiteral("012345")));
        QVERIFY(!wellFormedSmsCode(policy, QStringLiteral("12345")));
    }
    void failedAttemptReasons()
    {
        auto absent = failedAttemptReason(QStringLiteral("12.1"));
        QVERIFY(absent);
        QCOMPARE(absent->name, QStringLiteral("addressee_absent"));
        QCOMPARE(failedAttemptOperation(*absent), (TrackingOperation{12, 1}));
        QCOMPARE(failedAttemptReason(QStringLiteral("refused"))->attr, 6);
        QVERIFY(!failedAttemptReason(QStringLiteral("12.99")));
    }
};

QTEST_GUILESS_MAIN(TestIssuingDomain)
#include "test_issuing_domain.moc"
