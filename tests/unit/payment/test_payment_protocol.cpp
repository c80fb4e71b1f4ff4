// parseTerminalLine() and the request builders, on lines written by hand from
// docs/payment-terminal.md.
#include "drivers/payment/PaymentMessages.h"
#include "drivers/payment/PaymentProtocol.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace pc::drivers;
using Type = TerminalMessage::Type;

class TestPaymentProtocol : public QObject {
    Q_OBJECT
private slots:
    void progress()
    {
        const auto m = parseTerminalLine(R"({"id":"a1","status":"waiting_card"})");
        QVERIFY(m.ok());
        QCOMPARE(m->type, Type::Progress);
        QCOMPARE(m->id, QStringLiteral("a1"));
        QCOMPARE(m->status, QStringLiteral("waiting_card"));
    }

    void approved()
    {
        const auto m = parseTerminalLine(R"({"id":"a1","result":"approved","auth_code":"123456",)"
                                         R"("rrn":"531000000001","card":"**** 1234","amount_kop":61240})");
        QVERIFY(m.ok());
        QCOMPARE(m->type, Type::Approved);
        QCOMPARE(m->authCode, QStringLiteral("123456"));
        QCOMPARE(m->rrn, QStringLiteral("531000000001"));
        QCOMPARE(m->card, QStringLiteral("**** 1234"));
        QCOMPARE(m->amountKop, 61240);
    }

    void declined()
    {
        const auto m =
            parseTerminalLine(R"({"result":"declined","code":"51","message":"Insufficient funds"})");
        QVERIFY(m.ok());
        QCOMPARE(m->type, Type::Declined);
        QCOMPARE(m->code, QStringLiteral("51"));
        QCOMPARE(m->message, QStringLiteral("Insufficient funds"));
        QVERIFY(m->id.isEmpty());
    }

    void simpleResults()
    {
        QCOMPARE(parseTerminalLine(R"({"result":"cancelled"})")->type, Type::Cancelled);
        QCOMPARE(parseTerminalLine(R"({"result":"ready"})")->type, Type::Ready);
        QCOMPARE(parseTerminalLine(R"({"result":"busy"})")->type, Type::Busy);
        QCOMPARE(parseTerminalLine(R"({"result":"error","message":"x"})")->message, QStringLiteral("x"));
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("not json") << QByteArray("APPROVED 123");
        QTest::newRow("array") << QByteArray("[1,2]");
        QTest::newRow("neither") << QByteArray(R"({"id":"a"})");
        QTest::newRow("both") << QByteArray(R"({"status":"pin","result":"ready"})");
        QTest::newRow("unknown result") << QByteArray(R"({"result":"maybe"})");
        QTest::newRow("id not string") << QByteArray(R"({"id":5,"result":"ready"})");
        QTest::newRow("rrn short") << QByteArray(
            R"({"result":"approved","auth_code":"1","rrn":"12345","card":"","amount_kop":1})");
        QTest::newRow("rrn letters") << QByteArray(
            R"({"result":"approved","auth_code":"1","rrn":"12345678901a","card":"","amount_kop":1})");
        QTest::newRow("no auth") << QByteArray(
            R"({"result":"approved","rrn":"123456789012","amount_kop":1})");
        QTest::newRow("fraction") << QByteArray(
            R"({"result":"approved","auth_code":"1","rrn":"123456789012","amount_kop":1.5})");
        QTest::newRow("amount string")
            << QByteArray(R"({"result":"approved","auth_code":"1","rrn":"123456789012","amount_kop":"100"})");
        QTest::newRow("declined no code") << QByteArray(R"({"result":"declined","message":"x"})");
        QTest::newRow("too long") << QByteArray(5000, ' ');
    }
    void malformed()
    {
        QFETCH(QByteArray, line);
        const auto m = parseTerminalLine(line);
        QVERIFY(!m.ok());
        QCOMPARE(m.error().code, QStringLiteral("payment.protocol"));
        QCOMPARE(m.error().failure, PaymentFailure::ProtocolError);
    }

    void saleRequestShape()
    {
        const QByteArray line = saleRequest(QStringLiteral("u1"), 61240, QStringLiteral("receipt 1-000123"));
        QVERIFY(line.endsWith('\n'));
        QCOMPARE(line.count('\n'), 1);
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        QCOMPARE(o.value(QStringLiteral("op")).toString(), QStringLiteral("sale"));
        QCOMPARE(o.value(QStringLiteral("id")).toString(), QStringLiteral("u1"));
        QCOMPARE(o.value(QStringLiteral("amount_kop")).toInteger(), 61240);
        QCOMPARE(o.value(QStringLiteral("currency")).toString(), QStringLiteral("RUB"));
        QCOMPARE(o.value(QStringLiteral("ref")).toString(), QStringLiteral("receipt 1-000123"));
        const QJsonObject c = QJsonDocument::fromJson(
                                  cancelRequest(QStringLiteral("u2"), QStringLiteral("531000000001"), 61240))
                                  .object();
        QCOMPARE(c.value(QStringLiteral("op")).toString(), QStringLiteral("cancel"));
        QCOMPARE(c.value(QStringLiteral("rrn")).toString(), QStringLiteral("531000000001"));
    }

    void declineTexts()
    {
        QCOMPARE(
            declineMessage(QStringLiteral("51"), QStringLiteral("Insufficient funds")),
            QStringLiteral("The card was declined: insufficient funds (code 51). Ask for another card or "
                           "cash."));
        // An unknown code falls back to the terminal's own text.
        QCOMPARE(declineMessage(QStringLiteral("Z3"), QStringLiteral("Offline declined")),
                 QStringLiteral("The card was declined: Offline declined (code Z3). Ask for another card or "
                                "cash."));
    }
};

QTEST_GUILESS_MAIN(TestPaymentProtocol)
#include "test_payment_protocol.moc"
