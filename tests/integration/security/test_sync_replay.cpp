// Replaying sync requests (docs/security.md): the same POST /v1/events batch sent again, as a
// network attacker or a confused proxy would, adds nothing at the reference tracking server. The
// event id (a UUID chosen by the counter) is the idempotency key; a replay with the same ids and a
// changed body is answered as duplicates and does not overwrite what was stored.
#include "SyncTestSupport.h"
#include "services/sync/SyncProtocol.h"

#include <QTest>

using namespace pc;

namespace {
std::pair<int, QJsonObject> post(const QString& url, const QByteArray& body)
{
    QNetworkAccessManager net;
    QNetworkRequest req{QUrl(url)};
    req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    req.setRawHeader("Authorization", "Bearer " + synctest::kToken.toUtf8());
    QNetworkReply* r = net.post(req, body);
    QEventLoop loop;
    QObject::connect(r, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    r->deleteLater();
    return {r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
            QJsonDocument::fromJson(r->readAll()).object()};
}
} // namespace

class TestSyncReplay : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void replayedBatchAddsNothing()
    {
        const QString client = m_dir.filePath(QStringLiteral("client.db"));
        QVERIFY(synctest::prepareClient(client));
        QVERIFY(synctest::queueBacklog(client, 20));
        auto c = db::openSqlite({client});
        QVERIFY(c.ok());
        auto events = db::OutboxRepository(*c).pending(synctest::kCounter, 100);
        QVERIFY(events.ok());
        QCOMPARE(events->size(), 20);
        const QByteArray body =
            services::sync::eventsRequestBody(synctest::kOffice, synctest::kCounter, *events);

        synctest::TrackingServer server;
        QVERIFY(server.start(m_dir.filePath(QStringLiteral("server.db")),
                             {QStringLiteral("--token"), synctest::kToken}));
        const QString url = server.endpoint() + QStringLiteral("/v1/events");

        const auto [status1, first] = post(url, body);
        QCOMPARE(status1, 200);
        QCOMPARE(first.value(u"accepted").toArray().size(), 20);

        const auto [status2, replay] = post(url, body);
        QCOMPARE(status2, 200);
        QCOMPARE(replay.value(u"accepted").toArray().size(), 0);
        QCOMPARE(replay.value(u"duplicates").toArray().size(), 20);

        // Same ids, a different item: still duplicates, the stored events are unchanged.
        QByteArray forged = body;
        forged.replace(events->first().itemId.toUtf8(), "T9999999999999");
        const auto [status3, third] = post(url, forged);
        QCOMPARE(status3, 200);
        QCOMPARE(third.value(u"accepted").toArray().size(), 0);

        const auto stats = server.control(QStringLiteral("/control/stats"));
        QVERIFY(stats);
        QCOMPARE(stats->value(u"events").toInt(), 20);
        QVERIFY(synctest::column(m_dir.filePath(QStringLiteral("server.db")),
                                 QStringLiteral("SELECT item_id FROM event WHERE item_id = 'T9999999999999'"))
                    .isEmpty());
    }

    void withoutTheTokenNothingIsStored()
    {
        // The bearer token authenticates the counter; a replay by someone without it is refused.
        synctest::TrackingServer server;
        QVERIFY(server.start(m_dir.filePath(QStringLiteral("server2.db")),
                             {QStringLiteral("--token"), synctest::kToken}));
        QNetworkAccessManager net;
        QNetworkRequest req{QUrl(server.endpoint() + QStringLiteral("/v1/events"))};
        req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        QNetworkReply* r = net.post(req, QByteArray(R"({"office":"101000","counter":"1","events":[]})"));
        QEventLoop loop;
        QObject::connect(r, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        r->deleteLater();
        QCOMPARE(r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 401);
    }
};

QTEST_GUILESS_MAIN(TestSyncReplay)
#include "test_sync_replay.moc"
