// TcpPaymentTerminal (blocking, this thread) against SimulatedPaymentTerminal (a real TCP server in
// its own thread): every outcome a counter meets, with short timeouts.
#include "drivers/payment/TcpPaymentTerminal.h"
#include "drivers/sim/SimulatedPaymentTerminal.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTest>
#include <QThread>
#include <memory>

using namespace pc::drivers;
using Outcome = SimulatedPaymentTerminal::Outcome;

namespace {

// The simulator runs in its own thread because the client blocks this one in waitFor*.
class SimServer {
public:
    SimServer()
    {
        SimulatedPaymentTerminal::Options opt;
        opt.stepDelayMs = 20;
        sim = new SimulatedPaymentTerminal(opt);
        sim->moveToThread(&m_thread);
        m_thread.start();
        QMetaObject::invokeMethod(
            sim, [this] { listening = sim->listen() ? sim->port() : 0; }, Qt::BlockingQueuedConnection);
    }
    ~SimServer()
    {
        QMetaObject::invokeMethod(
            sim, [this] { delete sim; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    TcpPaymentTerminal client() const
    {
        TcpPaymentTerminal::Options o;
        o.connectTimeoutMs = 500;
        o.cancelTimeoutMs = 500;
        return TcpPaymentTerminal(QStringLiteral("127.0.0.1"), listening, o);
    }
    // The operations the simulator logged with this op name.
    QList<SimulatedPaymentTerminal::Operation> ops(const QString& op) const
    {
        QList<SimulatedPaymentTerminal::Operation> out;
        for (const auto& o : sim->operations())
            if (o.op == op)
                out.append(o);
        return out;
    }

    SimulatedPaymentTerminal* sim = nullptr;
    quint16 listening = 0;

private:
    QThread m_thread;
};

} // namespace

class TestPaymentTerminal : public QObject {
    Q_OBJECT
private slots:
    void approvedSale()
    {
        SimServer s;
        QVERIFY(s.listening != 0);
        auto t = s.client();
        const auto r = t.sale(61240, QStringLiteral("receipt 1-000123"), 500);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QCOMPARE(r->amountKop, 61240);
        QVERIFY(QRegularExpression(QStringLiteral("^\\d{12}$")).match(r->rrn).hasMatch());
        QVERIFY(!r->authCode.isEmpty());
        QVERIFY(r->maskedPan.startsWith(QLatin1StringView("**** ")));
        // The terminal saw exactly this sale, with our reference, and approved it with the same RRN.
        const auto sales = s.ops(QStringLiteral("sale"));
        QCOMPARE(sales.size(), 2); // started, then approved
        QCOMPARE(sales[0].reference, QStringLiteral("receipt 1-000123"));
        QCOMPARE(sales[1].result, QStringLiteral("approved"));
        QCOMPARE(sales[1].rrn, r->rrn);
        QVERIFY(s.ops(QStringLiteral("cancel")).isEmpty());
    }

    void declinedByAmountRule()
    {
        SimServer s;
        auto t = s.client();
        const auto r = t.sale(61251, QStringLiteral("receipt 1-000124"), 500); // kopecks 51
        QVERIFY(!r.ok());
        QCOMPARE(r.error().failure, PaymentFailure::Declined);
        QCOMPARE(r.error().code, QStringLiteral("payment.declined"));
        QCOMPARE(r.error().bankCode, QStringLiteral("51"));
        QCOMPARE(r.error().bankMessage, QStringLiteral("Insufficient funds"));
        QCOMPARE(r.error().message, QStringLiteral("The card was declined: insufficient funds (code 51). Ask "
                                                   "for another card or cash."));
    }

    void declinedByChoice()
    {
        SimServer s;
        s.sim->setNextOutcome(Outcome::Decline);
        auto t = s.client();
        const auto r = t.sale(10000, QStringLiteral("r"), 500);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().failure, PaymentFailure::Declined);
        QCOMPARE(r.error().bankCode, QStringLiteral("51"));
        // Only the next sale was declined.
        QVERIFY(t.sale(10000, QStringLiteral("r"), 500).ok());
    }

    void wrongPinSaysTryAgain()
    {
        SimServer s;
        auto t = s.client();
        const auto r = t.sale(20055, QStringLiteral("r"), 500);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().bankCode, QStringLiteral("55"));
        QVERIFY(r.error().message.contains(QLatin1StringView("wrong PIN (code 55)")));
    }

    void timeoutCancelsTheSale()
    {
        SimServer s;
        s.sim->setNextOutcome(Outcome::Timeout);
        auto t = s.client();
        QElapsedTimer clock;
        clock.start();
        const auto r = t.sale(50000, QStringLiteral("receipt 1-000125"), 300);
        const qint64 took = clock.elapsed();
        QVERIFY(!r.ok());
        QCOMPARE(r.error().failure, PaymentFailure::Timeout);
        QCOMPARE(r.error().code, QStringLiteral("payment.timeout"));
        QVERIFY(r.error().cancelConfirmed);
        QVERIFY2(r.error().message.contains(QLatin1StringView("not charged")), qPrintable(r.error().message));
        // It gave up at the timeout, not before; the bound above is loose (cancel round trip, busy CI).
        QVERIFY2(took >= 300 && took < 300 + 2000, qPrintable(QString::number(took)));
        const auto sales = s.ops(QStringLiteral("sale"));
        QVERIFY(!sales.isEmpty());
        QTRY_VERIFY(s.sim->wasCancelled(sales.first().id));
    }

    void serverNotRunning()
    {
        quint16 port;
        {
            QTcpServer probe; // a port that was free a moment ago and has nobody listening now
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            port = probe.serverPort();
        }
        TcpPaymentTerminal::Options o;
        o.connectTimeoutMs = 500;
        TcpPaymentTerminal t(QStringLiteral("127.0.0.1"), port, o);
        const auto r = t.sale(100, QStringLiteral("r"), 500);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().failure, PaymentFailure::Unavailable);
        QVERIFY2(r.error().message.contains(QStringLiteral("127.0.0.1:%1").arg(port)),
                 qPrintable(r.error().message));
        QVERIFY(!t.status().ok());
    }

    void connectionDroppedMidSale()
    {
        SimServer s;
        s.sim->setNextOutcome(Outcome::Disconnect);
        auto t = s.client();
        const auto r = t.sale(30000, QStringLiteral("r"), 500);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().failure, PaymentFailure::Unavailable);
        QVERIFY2(r.error().message.contains(QStringLiteral("127.0.0.1:%1").arg(s.listening)),
                 qPrintable(r.error().message));
        QVERIFY(r.error().message.contains(QLatin1StringView("lost during the payment")));
        // The client reconnected and cancelled the sale whose outcome it did not learn.
        QVERIFY(r.error().cancelConfirmed);
        QVERIFY(s.sim->wasCancelled(s.ops(QStringLiteral("sale")).first().id));
    }

    void malformedAnswer()
    {
        SimServer s;
        s.sim->setNextOutcome(Outcome::Malformed);
        auto t = s.client();
        const auto r = t.sale(40000, QStringLiteral("r"), 500);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().failure, PaymentFailure::ProtocolError);
        QCOMPARE(r.error().code, QStringLiteral("payment.protocol"));
        QVERIFY(r.error().message.contains(QLatin1StringView("not JSON")));
        // The terminal had approved it: the unreadable approval must not stay charged.
        QVERIFY(r.error().cancelConfirmed);
        const auto cancels = s.ops(QStringLiteral("cancel"));
        QCOMPARE(cancels.size(), 1);
        QCOMPARE(cancels[0].amountKop, 40000);
        QVERIFY(!cancels[0].rrn.isEmpty()); // it reversed an approved sale
    }

    void cancelOfApprovedSale()
    {
        SimServer s;
        auto t = s.client();
        const auto r = t.sale(61240, QStringLiteral("receipt 1-000126"), 500);
        QVERIFY(r.ok());
        const auto c = t.cancel(r->rrn, r->amountKop);
        QVERIFY2(c.ok(), qPrintable(c.ok() ? QString() : c.error().message));
        const auto cancels = s.ops(QStringLiteral("cancel"));
        QCOMPARE(cancels.size(), 1);
        QCOMPARE(cancels[0].rrn, r->rrn);
        QCOMPARE(cancels[0].result, QStringLiteral("cancelled"));
        QVERIFY(s.sim->wasCancelled(s.ops(QStringLiteral("sale")).first().id));

        // An RRN the terminal never approved cannot be cancelled, and the clerk is told so.
        const auto bad = t.cancel(QStringLiteral("999999999999"), 100);
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().message.contains(QLatin1StringView("999999999999")));
    }

    void statusReady()
    {
        SimServer s;
        auto t = s.client();
        const auto st = t.status();
        QVERIFY2(st.ok(), qPrintable(st.ok() ? QString() : st.error().message));
        QCOMPARE(t.address(), QStringLiteral("127.0.0.1:%1").arg(s.listening));
    }
};

QTEST_GUILESS_MAIN(TestPaymentTerminal)
#include "test_payment_terminal.moc"
