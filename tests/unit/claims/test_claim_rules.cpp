// The claim rules with dates counted by hand on a calendar: answer deadlines across month and year
// ends and a leap February, the six-month filing window and its boundary, the control-period
// warning, claim numbers, and which state changes are allowed.
#include "domain/claims/ClaimRules.h"
#include "domain/claims/ClaimState.h"

#include <QTest>

using namespace pc;
using namespace pc::claims;

class TestClaimRules : public QObject {
    Q_OBJECT
private slots:
    void deadlines_data()
    {
        QTest::addColumn<QDate>("filed");
        QTest::addColumn<bool>("international");
        QTest::addColumn<QDate>("deadline");
        // 31 Jan + 30 days: Feb 1..28 are 28 days, 1 and 2 March the 29th and 30th.
        QTest::newRow("jan31 domestic") << QDate(2026, 1, 31) << false << QDate(2026, 3, 2);
        // Leap 2028: Feb 11..29 are 19 days, 1..11 March the other 11.
        QTest::newRow("leap feb domestic") << QDate(2028, 2, 10) << false << QDate(2028, 3, 11);
        // Dec 16..31 are 16 days, 1..14 January the other 14.
        QTest::newRow("year end domestic") << QDate(2026, 12, 15) << false << QDate(2027, 1, 14);
        // Dec 16..31 (16) + January (31) = 47, 13 more in February: 60.
        QTest::newRow("year end international") << QDate(2027, 12, 15) << true << QDate(2028, 2, 13);
        // Nov 26..30 (5) + December (31) = 36, 24 more in January: 60.
        QTest::newRow("november international") << QDate(2026, 11, 25) << true << QDate(2027, 1, 24);
    }
    void deadlines()
    {
        QFETCH(QDate, filed);
        QFETCH(bool, international);
        QFETCH(QDate, deadline);
        QCOMPARE(answerDeadline(filed, international), deadline);
    }

    void deadlinesAreData()
    {
        ClaimRules rules;
        rules.domesticAnswerDays = 10;
        QCOMPARE(answerDeadline(QDate(2026, 1, 25), false, rules), QDate(2026, 2, 4));
    }

    void filingWindow_data()
    {
        QTest::addColumn<QDate>("accepted");
        QTest::addColumn<QDate>("lastDay");
        QTest::newRow("mid month") << QDate(2026, 5, 15) << QDate(2026, 11, 15);
        // 31 August has no 31 February: the window ends on the month's last day.
        QTest::newRow("aug31 common year") << QDate(2026, 8, 31) << QDate(2027, 2, 28);
        QTest::newRow("aug31 leap year") << QDate(2027, 8, 31) << QDate(2028, 2, 29);
        QTest::newRow("mar31") << QDate(2026, 3, 31) << QDate(2026, 9, 30);
        QTest::newRow("across year") << QDate(2026, 10, 10) << QDate(2027, 4, 10);
    }
    void filingWindow()
    {
        QFETCH(QDate, accepted);
        QFETCH(QDate, lastDay);
        QCOMPARE(lastFilingDay(accepted), lastDay);
        auto onLastDay = checkFiling(accepted, lastDay, false);
        QVERIFY(onLastDay.ok());
        QVERIFY(onLastDay->warning.isEmpty());
        auto dayAfter = checkFiling(accepted, lastDay.addDays(1), false);
        QVERIFY(!dayAfter.ok());
        QCOMPARE(dayAfter.error().code, QStringLiteral("claim.too_late"));
        QVERIFY2(dayAfter.error().message.contains(lastDay.toString(QStringLiteral("dd.MM.yyyy"))),
                 qPrintable(dayAfter.error().message));
    }

    void controlPeriodOnlyWarns()
    {
        // Domestic control period 10 days: accepted 20 Nov, the item is late from 30 Nov.
        auto early = checkFiling(QDate(2026, 11, 20), QDate(2026, 11, 25), false);
        QVERIFY(early.ok());
        QCOMPARE(early->controlPeriodEnds, QDate(2026, 11, 30));
        QVERIFY(early->warning.contains(QStringLiteral("30.11.2026")));
        auto sameDay = checkFiling(QDate(2026, 11, 20), QDate(2026, 11, 20), false);
        QVERIFY(sameDay.ok());
        QVERIFY(!sameDay->warning.isEmpty());
        auto late = checkFiling(QDate(2026, 11, 20), QDate(2026, 11, 30), false);
        QVERIFY(late.ok());
        QVERIFY(late->warning.isEmpty());
        // International: 30 days, so 25 days after acceptance still warns.
        auto abroad = checkFiling(QDate(2026, 10, 1), QDate(2026, 10, 26), true);
        QVERIFY(abroad.ok());
        QCOMPARE(abroad->controlPeriodEnds, QDate(2026, 10, 31));
        QVERIFY(!abroad->warning.isEmpty());
    }

    void filingRefusals()
    {
        auto before = checkFiling(QDate(2026, 12, 1), QDate(2026, 11, 30), false);
        QVERIFY(!before.ok());
        QCOMPARE(before.error().code, QStringLiteral("claim.before_acceptance"));
        auto unknown = checkFiling(QDate(), QDate(2026, 11, 30), false);
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().code, QStringLiteral("claim.acceptance_date_needed"));
    }

    void international()
    {
        QVERIFY(isInternational(IdKind::S10, std::nullopt));
        QVERIFY(!isInternational(IdKind::Rpo14, std::nullopt));
        QVERIFY(isInternational(IdKind::Rpo14, 4021)); // object % 10 == 1
        QVERIFY(!isInternational(IdKind::S10, 27030)); // the tariff object says domestic
    }

    void numbers()
    {
        QCOMPARE(claimNumber(QStringLiteral("101000"), 2026, 42), QStringLiteral("101000-2026-000042"));
        QCOMPARE(claimNumber(QStringLiteral("620014"), 2027, 123456), QStringLiteral("620014-2027-123456"));
        for (const char* typed :
             {"101000-2026-000042", "1010002026000042", "101000/2026/000042", " 101000 2026 000042 "}) {
            auto p = parseClaimNumber(QString::fromUtf8(typed));
            QVERIFY2(p.ok(), typed);
            QCOMPARE(p->officePostcode, QStringLiteral("101000"));
            QCOMPARE(p->year, 2026);
            QCOMPARE(p->sequence, 42);
        }
        for (const char* bad : {"", "101000-2026-42", "10100-2026-000042", "101000-2026-000000", "ABC"}) {
            auto p = parseClaimNumber(QString::fromUtf8(bad));
            QVERIFY2(!p.ok(), bad);
            QCOMPARE(p.error().code, QStringLiteral("claim.number"));
        }
    }

    void transitions()
    {
        const auto rub = [](qint64 r) { return std::optional<Money>(Money::fromKopecks(r * 100)); };
        QVERIFY(checkAnswer(ClaimState::Opened, QStringLiteral("found at the sorting centre")).ok());
        QCOMPARE(checkAnswer(ClaimState::Opened, QStringLiteral("  ")).error().code,
                 QStringLiteral("claim.answer_empty"));
        QCOMPARE(checkAnswer(ClaimState::Answered, QStringLiteral("x")).error().code,
                 QStringLiteral("claim.transition"));
        QCOMPARE(checkAnswer(ClaimState::Closed, QStringLiteral("x")).error().code,
                 QStringLiteral("claim.transition"));

        for (ClaimOutcome o :
             {ClaimOutcome::FoundDelivered, ClaimOutcome::FoundReturned, ClaimOutcome::Rejected})
            QVERIFY(checkClose(ClaimState::Answered, o, std::nullopt).ok());
        QVERIFY(checkClose(ClaimState::Answered, ClaimOutcome::Lost, rub(5000)).ok());
        // Opened → closed only as rejected.
        QVERIFY(checkClose(ClaimState::Opened, ClaimOutcome::Rejected, std::nullopt).ok());
        QCOMPARE(checkClose(ClaimState::Opened, ClaimOutcome::FoundDelivered, std::nullopt).error().code,
                 QStringLiteral("claim.transition"));
        QCOMPARE(checkClose(ClaimState::Opened, ClaimOutcome::Lost, rub(10)).error().code,
                 QStringLiteral("claim.transition"));
        QCOMPARE(checkClose(ClaimState::Closed, ClaimOutcome::Rejected, std::nullopt).error().code,
                 QStringLiteral("claim.transition"));
        QCOMPARE(checkClose(ClaimState::Answered, ClaimOutcome::Lost, std::nullopt).error().code,
                 QStringLiteral("claim.compensation_needed"));
        QCOMPARE(checkClose(ClaimState::Answered, ClaimOutcome::Lost, rub(0)).error().code,
                 QStringLiteral("claim.compensation_needed"));
        QCOMPARE(checkClose(ClaimState::Answered, ClaimOutcome::FoundDelivered, rub(100)).error().code,
                 QStringLiteral("claim.compensation_not_due"));
    }

    void names()
    {
        for (const char* n : {"opened", "answered", "closed"})
            QCOMPARE(stateName(*stateFromName(QString::fromLatin1(n))), QString::fromLatin1(n));
        for (const char* n : {"found", "returned", "lost", "rejected"})
            QCOMPARE(outcomeName(*outcomeFromName(QString::fromLatin1(n))), QString::fromLatin1(n));
        QVERIFY(!outcomeFromName(u"misplaced"));
        QCOMPARE(roleFromName(u"recipient"), std::optional(ClaimantRole::Recipient));
        QVERIFY(!roleFromName(u"courier"));
    }
};

QTEST_GUILESS_MAIN(TestClaimRules)
#include "test_claim_rules.moc"
