// Back-off schedule, Retry-After, the request body and answer parsing of docs/tracking-api.md.
// Expected delays are worked out by hand from the documented rule d = min(cap, base * 2^(n-1)).
#include "services/sync/BackoffPolicy.h"
#include "services/sync/SyncConfig.h"
#include "services/sync/SyncProtocol.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace pc;
using namespace pc::services::sync;

class TestSyncProtocol : public QObject {
    Q_OBJECT
private slots:
    void backoffDoublesUpToTheCap()
    {
        const BackoffPolicy p(1000, 60000, 0.5);
        const QList<qint64> expected{1000, 2000, 4000, 8000, 16000, 32000, 60000, 60000};
        for (int n = 1; n <= expected.size(); ++n)
            QCOMPARE(p.ceilingMs(n), expected[n - 1]);
        QCOMPARE(p.ceilingMs(1000), 60000); // no overflow after a day of failures
        QCOMPARE(p.delayMs(3, 0.0), 4000);
        QCOMPARE(p.delayMs(3, 0.5), 3000);   // 4000 - 4000*0.5*0.5
        QCOMPARE(p.delayMs(3, 0.999), 2002); // floor(4000*0.5*0.999) = 1998 off
    }

    void jitterStaysWithinItsBand()
    {
        const BackoffPolicy p(200, 5000, 0.5);
        for (int n = 1; n < 12; ++n)
            for (int i = 0; i < 200; ++i) {
                const qint64 d = p.delayMs(n);
                QVERIFY(d <= p.ceilingMs(n));
                QVERIFY(d >= p.ceilingMs(n) / 2);
            }
    }

    void retryAfter()
    {
        const QDateTime now = QDateTime(QDate(2015, 10, 21), QTime(7, 27, 0), Qt::UTC);
        QCOMPARE(parseRetryAfterMs("120", now).value_or(-1), 120000);
        QCOMPARE(parseRetryAfterMs("Wed, 21 Oct 2015 07:28:00 GMT", now).value_or(-1), 60000);
        QVERIFY(!parseRetryAfterMs("", now));
        QVERIFY(!parseRetryAfterMs("soon", now));
    }

    void requestBodyCarriesSeqAndHashes()
    {
        db::OutboxEvent e;
        e.eventId = QStringLiteral("7d444840-9dc0-11d1-b245-5ffdce74fad2");
        e.seq = 42;
        e.payload =
            R"({"event_id":"7d444840-9dc0-11d1-b245-5ffdce74fad2","item_id":"RA123456785RU","op_type":1})";
        e.prevHash = QString(64, u'0');
        e.hash = QString(64, u'a');
        const QJsonObject body =
            QJsonDocument::fromJson(eventsRequestBody(QStringLiteral("101000"), QStringLiteral("1"), {e}))
                .object();
        QCOMPARE(body.value(QStringLiteral("office")).toString(), QStringLiteral("101000"));
        QCOMPARE(body.value(QStringLiteral("counter")).toString(), QStringLiteral("1"));
        const QJsonObject ev = body.value(QStringLiteral("events")).toArray().at(0).toObject();
        QCOMPARE(ev.value(QStringLiteral("seq")).toInt(), 42);
        QCOMPARE(ev.value(QStringLiteral("item_id")).toString(), QStringLiteral("RA123456785RU"));
        QCOMPARE(ev.value(QStringLiteral("prev_hash")).toString(), QString(64, u'0'));
        QCOMPARE(ev.value(QStringLiteral("hash")).toString(), QString(64, u'a'));
    }

    void answerParsing()
    {
        auto a = parseEventsAnswer(
            R"({"accepted":["a","b"],"duplicates":["c"],"rejected":[{"event_id":"d","reason":"bad"}]})");
        QVERIFY(a.ok());
        QCOMPARE(a->accepted, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(a->duplicates, QStringList{QStringLiteral("c")});
        QCOMPARE(a->rejected.size(), 1);
        QCOMPARE(a->rejected[0].reason, QStringLiteral("bad"));
        QVERIFY(!parseEventsAnswer("<html>502</html>").ok());
    }

    void plainHttpOnlyToLoopback()
    {
        SyncConfig c;
        c.token = QStringLiteral("t");
        c.endpoint = QStringLiteral("http://127.0.0.1:8080");
        QVERIFY(c.validate().ok());
        c.endpoint = QStringLiteral("http://localhost/api/");
        QVERIFY(c.validate().ok());
        QCOMPARE(c.eventsUrl().toString(), QStringLiteral("http://localhost/api/v1/events"));
        c.endpoint = QStringLiteral("http://tracking.example.ru");
        QCOMPARE(c.validate().error().code, QStringLiteral("sync.plain_http"));
        c.endpoint = QStringLiteral("https://tracking.example.ru");
        QVERIFY(c.validate().ok());
        c.token.clear();
        QCOMPARE(c.validate().error().code, QStringLiteral("sync.no_token"));
    }
};

QTEST_GUILESS_MAIN(TestSyncProtocol)
#include "test_sync_protocol.moc"
