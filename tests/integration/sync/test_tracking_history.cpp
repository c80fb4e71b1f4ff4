// `postcounter-cli track ID` against the reference tracking server: this counter's operations merged
// with what the network knows (its own copy of our event and a sorting centre's 8.1 / 8.2, seeded),
// one line per event id in time order, the source of each; then the server goes away and the local
// history is still given, with the reason.
#include "../CliRunner.h"
#include "SyncTestSupport.h"

#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace pc;

namespace {
// queueBacklog's first item: accepted 2026-11-24 06:00 UTC at 101000, counter 1, 100 g, office
// offset +180 min, so 09:00 local.
const QString kItem = QStringLiteral("T0000000000000");

QJsonObject networkEvent(const QString& id, const QString& item, int type, int attr, const QString& at,
                         const QString& office)
{
    return QJsonObject{{QStringLiteral("event_id"), id},    {QStringLiteral("item_id"), item},
                       {QStringLiteral("op_type"), type},   {QStringLiteral("op_attr"), attr},
                       {QStringLiteral("occurred_at"), at}, {QStringLiteral("office"), office}};
}

// QT_NO_CAST_FROM_ASCII: lists of literals spelled briefly.
QStringList strings(std::initializer_list<const char*> items)
{
    QStringList out;
    for (const char* s : items)
        out << QString::fromUtf8(s);
    return out;
}

QStringList fieldOf(const QJsonArray& events, const char* key)
{
    QStringList out;
    for (const QJsonValue& v : events) {
        const QJsonValue f = v.toObject().value(QLatin1StringView(key));
        out << (f.isDouble() ? QString::number(f.toInteger()) : f.toString());
    }
    return out;
}
} // namespace

class TestTrackingHistory : public QObject {
    Q_OBJECT
private slots:
    void mergesLocalAndNetworkThenFallsBackOffline()
    {
        QTemporaryDir dir;
        const QString client = dir.filePath(QStringLiteral("client.db"));
        QVERIFY(synctest::prepareClient(client).ok());
        QVERIFY(synctest::queueBacklog(client, 3).ok());
        const QString ourEventId =
            synctest::column(client,
                             QStringLiteral("SELECT event_id FROM outbox WHERE item_id = '%1'").arg(kItem))
                .value(0);
        QVERIFY(!ourEventId.isEmpty());

        auto server = std::make_unique<synctest::TrackingServer>();
        QVERIFY(server->start(dir.filePath(QStringLiteral("server.db"))));
        const QString conf = dir.filePath(QStringLiteral("counter.conf"));
        {
            QFile f(conf);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QStringLiteral("[sync]\nendpoint=%1\ntoken=%2\ntimeout_ms=3000\n")
                        .arg(server->endpoint(), synctest::kToken)
                        .toUtf8());
        }
        const QStringList common{QStringLiteral("--db"), client, QStringLiteral("--config"), conf};
        const auto drain = testing::runCli(dir.path(), common + strings({"sync", "run", "--once"}));
        QVERIFY2(drain.exitCode == 0, drain.err.constData());

        // The network's view: a sorting centre in Moscow region (+03:00) and the delivery office in
        // Novosibirsk (+07:00, whose 12:30 is 05:30 UTC); a re-broadcast of our own acceptance;
        // an event of another item.
        QVERIFY(server->seed(QJsonArray{
            networkEvent(QStringLiteral("net-2"), kItem, 8, 2,
                         QStringLiteral("2026-11-26T12:30:00.000+07:00"), QStringLiteral("630099")),
            networkEvent(QStringLiteral("net-1"), kItem, 8, 1,
                         QStringLiteral("2026-11-24T20:00:00.000+03:00"), QStringLiteral("140980")),
            networkEvent(ourEventId, kItem, 1, 1, QStringLiteral("2026-11-24T09:00:00.000+03:00"),
                         QStringLiteral("101000")),
            networkEvent(QStringLiteral("net-other"), QStringLiteral("T0000000000001"), 8, 1,
                         QStringLiteral("2026-11-24T21:00:00.000+03:00"), QStringLiteral("140980"))}));

        const auto online = testing::runCli(
            dir.path(), common + QStringList{QStringLiteral("track"), kItem, QStringLiteral("--json")});
        QVERIFY2(online.exitCode == 0, online.err.constData());
        QJsonObject o = QJsonDocument::fromJson(online.out).object();
        QCOMPARE(o.value(QStringLiteral("item_id")).toString(), kItem);
        QCOMPARE(o.value(QStringLiteral("network")).toString(), QStringLiteral("online"));
        QJsonArray ev = o.value(QStringLiteral("events")).toArray();
        // 06:00Z acceptance (ours, once), 17:00Z left the sorting centre, 26th 05:30Z arrived.
        QCOMPARE(fieldOf(ev, "event_id"), (QStringList{ourEventId} + strings({"net-1", "net-2"})));
        QCOMPARE(fieldOf(ev, "source"), strings({"here", "network", "network"}));
        QCOMPARE(fieldOf(ev, "op_type"), strings({"1", "8", "8"}));
        QCOMPARE(fieldOf(ev, "op_attr"), strings({"1", "1", "2"}));
        QCOMPARE(fieldOf(ev, "office"), strings({"101000", "140980", "630099"}));
        QCOMPARE(fieldOf(ev, "occurred_at"),
                 strings({"2026-11-24T09:00:00.000+03:00", "2026-11-24T20:00:00.000+03:00",
                          "2026-11-26T12:30:00.000+07:00"}));
        QCOMPARE(fieldOf(ev, "operation"),
                 (QStringList{QStringLiteral("Приём: Единичный"),
                              QStringLiteral("Обработка: Покинуло место приёма"),
                              QStringLiteral("Обработка: Прибыло в место вручения")}));
        QVERIFY(ev[0].toObject().value(QStringLiteral("sent")).toBool());
        QVERIFY(ev[0].toObject().value(QStringLiteral("confirmed_by_network")).toBool());

        // The same in words for a clerk, typed with spaces and in lower case.
        const auto text = testing::runCli(dir.path(), common + strings({"track", "t 0000000000000"}));
        QVERIFY2(text.exitCode == 0, text.err.constData());
        const QString words = QString::fromUtf8(text.out);
        QVERIFY2(words.contains(QStringLiteral("26.11.2026 12:30 (UTC+07:00)\tОбработка: Прибыло в место "
                                               "вручения\t630099\tnetwork")),
                 qPrintable(words));
        QVERIFY(words.contains(
            QStringLiteral("24.11.2026 09:00 (UTC+03:00)\tПриём: Единичный\t101000\there+network")));

        // The line is down: the local line stays, with the reason.
        server.reset();
        const auto offline = testing::runCli(
            dir.path(), common + QStringList{QStringLiteral("track"), kItem, QStringLiteral("--json")});
        QVERIFY2(offline.exitCode == 0, offline.err.constData());
        o = QJsonDocument::fromJson(offline.out).object();
        QCOMPARE(o.value(QStringLiteral("network")).toString(), QStringLiteral("offline"));
        QVERIFY2(o.value(QStringLiteral("network_message"))
                     .toString()
                     .contains(QStringLiteral("cannot be reached")),
                 qPrintable(o.value(QStringLiteral("network_message")).toString()));
        ev = o.value(QStringLiteral("events")).toArray();
        QCOMPARE(fieldOf(ev, "event_id"), QStringList{ourEventId});
        QCOMPARE(fieldOf(ev, "source"), strings({"here"}));
        QVERIFY(!ev[0].toObject().value(QStringLiteral("confirmed_by_network")).toBool());

        const auto textOffline =
            testing::runCli(dir.path(), common + QStringList{QStringLiteral("track"), kItem});
        QVERIFY(QString::fromUtf8(textOffline.out).contains(QStringLiteral("Network history unavailable")));

        // No service configured at all: said so, local history still there.
        const auto unconfigured = testing::runCli(
            dir.path(), QStringList{QStringLiteral("--db"), client, QStringLiteral("--config"),
                                    dir.filePath(QStringLiteral("absent.conf")), QStringLiteral("track"),
                                    kItem, QStringLiteral("--json")});
        QCOMPARE(unconfigured.exitCode, 0);
        o = QJsonDocument::fromJson(unconfigured.out).object();
        QCOMPARE(o.value(QStringLiteral("network")).toString(), QStringLiteral("not_configured"));
        QCOMPARE(o.value(QStringLiteral("events")).toArray().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestTrackingHistory)
#include "test_tracking_history.moc"
