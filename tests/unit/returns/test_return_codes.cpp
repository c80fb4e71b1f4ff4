// Shops' return codes (docs/easy-return.md): the Luhn check digit (vectors computed by hand) and the
// shop's list with a reason for every line that cannot be registered.
#include "domain/returns/ReturnCode.h"
#include "domain/returns/ReturnList.h"

#include <QFile>
#include <QTest>

using namespace pc;

class TestReturnCodes : public QObject {
    Q_OBJECT
private slots:
    void checkDigitIsLuhn()
    {
        // 123456789: doubling from the right 9→18→9, 7→14→5, 5→10→1, 3→6, 1→2 = 23, plus 8+6+4+2 = 43 → 7.
        QCOMPARE(returns::returnCodeCheckDigit(u"123456789"), 7);
        // 100000001: 1→2 and the leading 1→2 = 4 → 6.
        QCOMPARE(returns::returnCodeCheckDigit(u"100000001"), 6);
        QCOMPARE(returns::returnCodeCheckDigit(u"000000000"), 0);
    }

    void parseNormalisesAndRefuses()
    {
        QCOMPARE(*returns::parseReturnCode(u"rv 123456789-7"), QStringLiteral("RV1234567897"));
        auto typo = returns::parseReturnCode(u"RV1234567890");
        QCOMPARE(typo.error().code, QStringLiteral("returns.code_check"));
        QVERIFY(typo.error().message.contains(QStringLiteral("should be 7")));
        QCOMPARE(returns::parseReturnCode(u"RA1234567897").error().code,
                 QStringLiteral("returns.code_format"));
        QCOMPARE(returns::parseReturnCode(u"RV123456789").error().code,
                 QStringLiteral("returns.code_format"));
        QVERIFY(returns::looksLikeReturnCode(u"RV1234567890")); // routed, then refused with the reason
        QVERIFY(!returns::looksLikeReturnCode(u"80085316546620"));
        QVERIFY(!returns::looksLikeReturnCode(u"RA123456785RU"));
    }

    void listNamesEveryBadLine()
    {
        QFile f(QStringLiteral(PC_TEST_DATA_DIR "/returns/shop-returns.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        auto list = returns::parseReturnList(f.readAll());
        QVERIFY2(list.ok(), qPrintable(list.ok() ? QString() : list.error().message));
        QCOMPARE(list->shop.contract, QStringLiteral("ЛВ-2026/15"));
        QCOMPARE(list->shop.address.postcode, QStringLiteral("140961"));
        QCOMPARE(list->lines.size(), 6);
        QVERIFY(list->lines[0].importable());
        QCOMPARE(list->lines[0].authorization->object, 27030);
        QVERIFY(list->lines[1].importable());
        QCOMPARE(list->lines[1].authorization->declaredValueKop, 150000);
        QCOMPARE(list->lines[1].authorization->code, QStringLiteral("RV1000000024")); // spaces dropped
        QVERIFY(list->lines[2].importable()); // expired codes are registered; the counter refuses them
        QCOMPARE(list->lines[2].authorization->object, 27030); // the default product
        QVERIFY(list->lines[3].problem.contains(QStringLiteral("check digit")));
        QVERIFY(list->lines[4].problem.contains(QStringLiteral("twice")));
        QVERIFY(list->lines[5].problem.contains(QStringLiteral("valid_until")));
    }

    void unusableShopFailsTheWholeList()
    {
        auto noContract = returns::parseReturnList(
            R"({"shop": {"name": "X", "inn": "7701234567", "address": {"postcode": "101000", "place": "Москва"}},
                "returns": [{"code": "RV1234567897", "valid_until": "2030-01-01"}]})");
        QCOMPARE(noContract.error().code, QStringLiteral("returns.list"));
        auto badInn = returns::parseReturnList(
            R"({"shop": {"name": "X", "inn": "77", "contract": "1", "address": {"postcode": "101000", "place": "Москва"}},
                "returns": [{"code": "RV1234567897", "valid_until": "2030-01-01"}]})");
        QVERIFY(badInn.error().message.contains(QStringLiteral("INN")));
        QCOMPARE(returns::parseReturnList("[]").error().code, QStringLiteral("returns.list"));
    }
};

QTEST_GUILESS_MAIN(TestReturnCodes)
#include "test_return_codes.moc"
