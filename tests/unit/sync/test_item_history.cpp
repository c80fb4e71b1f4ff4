// The item history merge (docs/tracking-api.md, GET /v1/items/{id}/events): one line per event id,
// ordered by the instant (not by the text of times in different offsets), the source of each line,
// and the offline state. Expected orders and local times are worked out by hand below.
#include "services/tracking/ItemHistory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace pc;
using namespace pc::services::tracking;

namespace {
HistoryEntry local(const QString& id, TrackingOperation op, const QString& utc, bool sent)
{
    HistoryEntry e;
    e.eventId = id;
    e.itemId = QStringLiteral("RA123456785RU");
    e.op = op;
    e.occurredAtUtc = QDateTime::fromString(utc, Qt::ISODateWithMs);
    e.utcOffsetMin = 180;
    e.office = QStringLiteral("101000");
    e.counter = QStringLiteral("1");
    e.sent = sent;
    return e;
}

// The network's answer: our acceptance (e-1) again, a sorting centre in Novosibirsk (UTC+7) whose
// 15:00 local is 08:00 UTC, before our 13:05+03:00 (10:05 UTC) although its text sorts after, an
// arrival listed twice, and an event without an id.
const char* kAnswer = R"({"item_id":"RA123456785RU","events":[
 {"event_id":"e-1","item_id":"RA123456785RU","op_type":1,"op_attr":1,"occurred_at":"2026-11-24T13:05:00.000+03:00","office":"101000","counter":"1","operator":"op1"},
 {"event_id":"n-1","item_id":"RA123456785RU","op_type":8,"op_attr":1,"occurred_at":"2026-11-24T15:00:00.000+07:00","office":"630960"},
 {"event_id":"n-2","item_id":"RA123456785RU","op_type":8,"op_attr":2,"occurred_at":"2026-11-26T09:00:00+07:00","office":"630099","weight_g":2350},
 {"event_id":"n-2","item_id":"RA123456785RU","op_type":8,"op_attr":2,"occurred_at":"2026-11-26T09:00:00+07:00","office":"630099"},
 {"item_id":"RA123456785RU","op_type":8,"op_attr":2,"occurred_at":"2026-11-26T10:00:00+07:00"}]})";

QList<HistoryEntry> localLines()
{
    return {
        local(QStringLiteral("e-1"), op::AcceptanceSingle, QStringLiteral("2026-11-24T10:05:00.000Z"), true),
        local(QStringLiteral("e-3"), op::DeliveredToAddressee, QStringLiteral("2026-11-27T08:00:00.000Z"),
              false),
        local(QString(), op::CodPaid, QStringLiteral("2026-11-25T00:00:00.000Z"), false)};
}
} // namespace

class TestItemHistory : public QObject {
    Q_OBJECT
private slots:
    void parsesTheNetworksAnswer()
    {
        auto remote = parseItemEventsAnswer(kAnswer);
        QVERIFY(remote.ok());
        QCOMPARE(remote->size(), 4); // the one without an id is dropped
        const HistoryEntry& n1 = remote->at(1);
        QCOMPARE(n1.eventId, QStringLiteral("n-1"));
        QCOMPARE(n1.source, HistoryEntry::Source::Network);
        QCOMPARE(n1.occurredAtUtc, QDateTime(QDate(2026, 11, 24), QTime(8, 0), Qt::UTC));
        QCOMPARE(n1.utcOffsetMin, 420);
        QCOMPARE(n1.localTimeText(), QStringLiteral("24.11.2026 15:00 (UTC+07:00)"));
        QCOMPARE(n1.operationText(), QStringLiteral("Обработка: Покинуло место приёма"));
        QCOMPARE(remote->at(2).weightG, std::optional<qint64>(2350));
        QVERIFY(!parseItemEventsAnswer("<html>").ok());
    }

    void mergesByEventIdInTimeOrder()
    {
        const auto remote = parseItemEventsAnswer(kAnswer);
        QVERIFY(remote.ok());
        const QList<HistoryEntry> merged = mergeHistory(localLines(), *remote);
        QStringList ids, sources;
        for (const HistoryEntry& e : merged) {
            ids << (e.eventId.isEmpty() ? QStringLiteral("-") : e.eventId);
            sources << (e.source == HistoryEntry::Source::Here ? QStringLiteral("here")
                                                               : QStringLiteral("network"));
        }
        // 08:00Z n-1, 10:05Z e-1, 25th 00:00Z local COD line, 26th 02:00Z n-2, 27th 08:00Z e-3.
        QCOMPARE(ids, QStringLiteral("n-1 e-1 - n-2 e-3").split(u' '));
        QCOMPARE(sources, QStringLiteral("network here here network here").split(u' '));
        QVERIFY(merged[1].confirmedByNetwork);  // e-1: ours, and the network has it
        QVERIFY(!merged[4].confirmedByNetwork); // e-3: not delivered yet
        QCOMPARE(merged[1].localTimeText(), QStringLiteral("24.11.2026 13:05 (UTC+03:00)"));
        QCOMPARE(merged[4].operationText(), QStringLiteral("Вручение: Вручение адресату"));
    }

    void offlineKeepsTheLocalLinesAndSaysWhy()
    {
        const Result<QList<HistoryEntry>> down =
            Error{QStringLiteral("tracking.unreachable"), QStringLiteral("Connection refused.")};
        const ItemHistory h = makeItemHistory(QStringLiteral("RA123456785RU"), localLines(), down);
        QCOMPARE(h.network, ItemHistory::Network::Offline);
        QCOMPARE(h.networkMessage, QStringLiteral("Connection refused."));
        QCOMPARE(h.entries.size(), 3);
        QCOMPARE(h.entries.first().eventId, QStringLiteral("e-1"));
        const Result<QList<HistoryEntry>> none =
            Error{QStringLiteral("sync.no_endpoint"), QStringLiteral("x")};
        QCOMPARE(makeItemHistory(QStringLiteral("X"), {}, none).network, ItemHistory::Network::NotConfigured);

        const QJsonObject o = QJsonDocument::fromJson(itemHistoryJson(h)).object();
        QCOMPARE(o.value(QStringLiteral("network")).toString(), QStringLiteral("offline"));
        const QJsonArray ev = o.value(QStringLiteral("events")).toArray();
        QCOMPARE(ev.size(), 3);
        QCOMPARE(ev[0].toObject().value(QStringLiteral("occurred_at")).toString(),
                 QStringLiteral("2026-11-24T13:05:00.000+03:00"));
        QCOMPARE(ev[0].toObject().value(QStringLiteral("source")).toString(), QStringLiteral("here"));
        QCOMPARE(ev[0].toObject().value(QStringLiteral("upu_event")).toString(), QStringLiteral("EMA"));
        QVERIFY(ev[1].toObject().value(QStringLiteral("event_id")).isNull());
    }

    void normalisesTypedIdentifiers()
    {
        QCOMPARE(normalizeItemId(QStringLiteral(" ra 1234 5678 5ru\n")), QStringLiteral("RA123456785RU"));
    }
};

QTEST_GUILESS_MAIN(TestItemHistory)
#include "test_item_history.moc"
