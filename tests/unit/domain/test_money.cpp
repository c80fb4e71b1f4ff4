#include "domain/Money.h"

#include <QTest>
#include <limits>

using namespace pc;

class TestMoney : public QObject {
    Q_OBJECT
private slots:
    void formatRussianAndEnglish()
    {
        const Money m = Money::fromKopecks(123456);
        QCOMPARE(m.format(NumberStyle::Russian), QStringLiteral("1\u00A0234,56\u00A0₽"));
        QCOMPARE(m.format(NumberStyle::English, false), QStringLiteral("1,234.56"));
        QCOMPARE(Money::fromKopecks(-5).format(NumberStyle::English, false), QStringLiteral("-0.05"));
        QCOMPARE(Money::fromKopecks(100000000).format(NumberStyle::Russian, false),
                 QStringLiteral("1\u00A0000\u00A0000,00"));
        QCOMPARE(Money::fromKopecks(std::numeric_limits<qint64>::min()).format(NumberStyle::English, false),
                 QStringLiteral("-92,233,720,368,547,758.08"));
    }

    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("style");
        QTest::addColumn<qlonglong>("kop");
        QTest::newRow("ru full") << QStringLiteral("1 234,56 ₽") << int(NumberStyle::Russian) << 123456LL;
        QTest::newRow("ru nbsp") << QStringLiteral("1\u00A0234,5") << int(NumberStyle::Russian) << 123450LL;
        QTest::newRow("ru point keypad") << QStringLiteral("12.30") << int(NumberStyle::Russian) << 1230LL;
        QTest::newRow("ru rub") << QStringLiteral("67 руб.") << int(NumberStyle::Russian) << 6700LL;
        QTest::newRow("en") << QStringLiteral("1,234.56") << int(NumberStyle::English) << 123456LL;
        QTest::newRow("en plain") << QStringLiteral("29") << int(NumberStyle::English) << 2900LL;
        QTest::newRow("negative") << QStringLiteral("-5,00") << int(NumberStyle::Russian) << -500LL;
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(int, style);
        QFETCH(qlonglong, kop);
        auto m = Money::parse(text, NumberStyle(style));
        QVERIFY2(m.ok(), qPrintable(m.ok() ? QString() : m.error().message));
        QCOMPARE(m->kopecks(), kop);
    }

    void parseRefusals_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code");
        QTest::newRow("empty") << QString() << "money.empty";
        QTest::newRow("three decimals") << QStringLiteral("1,234") << "money.precision";
        QTest::newRow("letters") << QStringLiteral("12a") << "money.characters";
        QTest::newRow("two points") << QStringLiteral("1,2,3") << "money.format";
        QTest::newRow("overflow") << QStringLiteral("999999999999999999999") << "money.overflow";
    }
    void parseRefusals()
    {
        QFETCH(QString, text);
        QFETCH(QString, code);
        auto m = Money::parse(text, NumberStyle::Russian);
        QVERIFY(!m.ok());
        QCOMPARE(m.error().code, code);
    }

    void formatParseRoundTrip()
    {
        for (qint64 k : {0LL, 1LL, 99LL, 100LL, 123456789LL, -4200LL}) {
            for (auto style : {NumberStyle::Russian, NumberStyle::English}) {
                const Money m = Money::fromKopecks(k);
                QCOMPARE(Money::parse(m.format(style), style)->kopecks(), k);
            }
        }
    }

    void arithmeticNeverWrapsSilently()
    {
        const Money max = Money::fromKopecks(std::numeric_limits<qint64>::max());
        QVERIFY(!max.plus(Money::fromKopecks(1)).ok());
        QCOMPARE(max.plus(Money::fromKopecks(1)).error().code, QStringLiteral("money.overflow"));
        QVERIFY(!Money::fromKopecks(std::numeric_limits<qint64>::min()).minus(Money::fromKopecks(1)).ok());
        QVERIFY(!max.times(2).ok());
        QVERIFY(!Money::fromRoubles(std::numeric_limits<qint64>::max() / 10).ok());
        QCOMPARE(Money::fromKopecks(150).plus(Money::fromKopecks(250))->kopecks(), 400);
        QCOMPARE(Money::fromKopecks(150).times(3)->kopecks(), 450);
    }

    void scaledRoundsHalfAwayFromZero()
    {
        // 4 % of 1 234,56 ₽ = 49,3824 ₽ → 49,38 ₽
        QCOMPARE(Money::fromKopecks(123456).scaled(4, 100)->kopecks(), 4938);
        // 5 % of 10,10 ₽ = 0,505 ₽ → 0,51 ₽ (half away from zero)
        QCOMPARE(Money::fromKopecks(1010).scaled(5, 100)->kopecks(), 51);
        QCOMPARE(Money::fromKopecks(-1010).scaled(5, 100)->kopecks(), -51);
        // VAT part of a with-VAT amount: 67 ₽ × 20/120 = 11,1666 → 11,17
        QCOMPARE(Money::fromKopecks(6700).scaled(20, 120)->kopecks(), 1117);
        QVERIFY(!Money::fromKopecks(1).scaled(1, 0).ok());
        QVERIFY(!Money::fromKopecks(std::numeric_limits<qint64>::max()).scaled(3, 2).ok());
    }
};

QTEST_APPLESS_MAIN(TestMoney)
#include "test_money.moc"
