// Cash tender and the CLI payment syntax; amounts worked out by hand.
#include "domain/acceptance/Payment.h"

#include <QTest>

using namespace pc::acceptance;

class TestPayment : public QObject {
    Q_OBJECT
private slots:
    void tender();
    void choice_data();
    void choice();
};

void TestPayment::tender()
{
    const auto exact = tenderCash(61240, 61240);
    QVERIFY(exact);
    QCOMPARE(exact->changeKop, qint64(0));
    const auto more = tenderCash(61240, 70000);
    QVERIFY(more);
    QCOMPARE(more->totalKop, qint64(61240));
    QCOMPARE(more->tenderedKop, qint64(70000));
    QCOMPARE(more->changeKop, qint64(8760)); // 700,00 − 612,40 = 87,60
    const auto less = tenderCash(61240, 50000);
    QVERIFY(!less);
    QCOMPARE(less.error().code, QStringLiteral("payment.insufficient"));
    QCOMPARE(
        less.error().message,
        QStringLiteral(
            "Tendered 500,00\u00A0₽ is less than the total 612,40\u00A0₽: take 112,40\u00A0₽ more."));
    QVERIFY(!tenderCash(-1, 0));
}

void TestPayment::choice_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("method");
    QTest::addColumn<qint64>("tendered"); // -1 = exact amount
    const int cash = int(PaymentMethod::Cash);
    QTest::newRow("cash") << QStringLiteral("cash") << true << cash << qint64(-1);
    QTest::newRow("cash:700") << QStringLiteral("cash:700") << true << cash << qint64(70000);
    QTest::newRow("cash:700.50") << QStringLiteral("cash:700.50") << true << cash << qint64(70050);
    QTest::newRow("cash:700,50") << QStringLiteral("cash:700,50") << true << cash << qint64(70050);
    QTest::newRow("cash:1 000,5") << QStringLiteral("cash:1 000,5") << true << cash << qint64(100050);
    QTest::newRow("card") << QStringLiteral("card") << true << int(PaymentMethod::Card) << qint64(-1);
    QTest::newRow("contract") << QStringLiteral("contract") << true << int(PaymentMethod::Contract)
                              << qint64(-1);
    QTest::newRow("unknown") << QStringLiteral("cheque") << false << 0 << qint64(-1);
    QTest::newRow("card with amount") << QStringLiteral("card:5") << false << 0 << qint64(-1);
    QTest::newRow("bad amount") << QStringLiteral("cash:abc") << false << 0 << qint64(-1);
    QTest::newRow("three decimals") << QStringLiteral("cash:1.234") << false << 0 << qint64(-1);
    QTest::newRow("negative") << QStringLiteral("cash:-5") << false << 0 << qint64(-1);
    QTest::newRow("empty amount") << QStringLiteral("cash:") << false << 0 << qint64(-1);
}

void TestPayment::choice()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(int, method);
    QFETCH(qint64, tendered);
    const auto r = parsePaymentChoice(text);
    QCOMPARE(r.ok(), ok);
    if (!ok) {
        QVERIFY(!r.error().message.isEmpty());
        return;
    }
    QCOMPARE(int(r->method), method);
    QCOMPARE(r->tenderedKop.value_or(-1), tendered);
    QCOMPARE(paymentMethodFromName(paymentMethodName(r->method)), std::optional<PaymentMethod>(r->method));
}

QTEST_GUILESS_MAIN(TestPayment)
#include "test_payment.moc"
