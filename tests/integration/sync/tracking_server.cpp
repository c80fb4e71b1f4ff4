// The reference tracking service for the sync tests (docs/tracking-api.md), built on Qt HttpServer.
// Stores events in SQLite with a UNIQUE event id; answers accepted / duplicates / rejected.
//
//   tracking_server --db FILE [--token T] [--fault MODE]... [--tls-cert PEM --tls-key PEM]
//                                                                prints "PORT <n>" once listening
// With --tls-cert/--tls-key it speaks HTTPS only (the tests make a CA and sign the certificate).
//
// Faults apply to the next POST /v1/events requests, one per request, in order; queue more with
// POST /control/faults {"faults":["500","timeout",...]} and clear them with POST /control/reset.
//   500               answer 500 without storing
//   timeout           never answer (nothing stored)
//   drop-after-store  store the batch, then drop the connection without answering
//   duplicate-answer  store, then answer with every id repeated in both accepted and duplicates
//   slow:MS           store, then answer after MS milliseconds
//   429:S             answer 429 with Retry-After: S (nothing stored)
//   401               answer 401 (nothing stored)
// GET /control/stats gives {"events":N,"requests":N,"faults_left":N}.
// POST /control/seed {"events":[EVENT...]} stores events the network knows from elsewhere (a sorting
// centre's 8.1/8.2...): GET /v1/items/{id}/events serves them with what the counters sent, in time
// order; they are kept apart from the counters' events, so "events" counts only the latter.
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpSocket>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <deque>

namespace {

struct Server {
    QSqlDatabase db;
    QString token;
    std::deque<QString> faults;
    qint64 requests = 0;
};

// Checks the EVENT fields the protocol requires; empty when valid.
QString invalidReason(const QJsonObject& e)
{
    for (const char* key :
         {"event_id", "item_id", "upu_event", "occurred_at", "office", "counter", "operator"})
        if (key != QByteArrayView("upu_event") && e.value(QLatin1StringView(key)).toString().isEmpty())
            return QStringLiteral("missing %1").arg(QLatin1StringView(key));
    for (const char* key : {"seq", "op_type", "op_attr"})
        if (!e.value(QLatin1StringView(key)).isDouble())
            return QStringLiteral("%1 is not a number").arg(QLatin1StringView(key));
    const QString at = e.value(QStringLiteral("occurred_at")).toString();
    const QDateTime t = QDateTime::fromString(at, Qt::ISODateWithMs);
    if (!t.isValid() || !(at.endsWith(u'Z') || at.contains(u'+') || at.lastIndexOf(u'-') > 10))
        return QStringLiteral("occurred_at is not RFC 3339 with an offset");
    for (const char* personal : {"sender", "recipient", "phone", "address", "name", "passport"})
        if (e.contains(QLatin1StringView(personal)))
            return QStringLiteral("personal data (%1) is not allowed in an event")
                .arg(QLatin1StringView(personal));
    return {};
}

struct Stored {
    QJsonArray accepted, duplicates, rejected;
    bool ok = true;
};

Stored store(Server& s, const QJsonObject& body)
{
    Stored r;
    QSqlQuery q(s.db);
    q.exec(QStringLiteral("BEGIN IMMEDIATE"));
    q.prepare(
        QStringLiteral("INSERT OR IGNORE INTO event (event_id, counter, seq, item_id, occurred_at, body) "
                       "VALUES (?, ?, ?, ?, ?, ?)"));
    for (const QJsonValue& v : body.value(QStringLiteral("events")).toArray()) {
        const QJsonObject e = v.toObject();
        const QString id = e.value(QStringLiteral("event_id")).toString();
        if (const QString why = invalidReason(e); !why.isEmpty()) {
            r.rejected.append(QJsonObject{{QStringLiteral("event_id"), id}, {QStringLiteral("reason"), why}});
            continue;
        }
        q.addBindValue(id);
        q.addBindValue(e.value(QStringLiteral("counter")).toString());
        q.addBindValue(e.value(QStringLiteral("seq")).toInteger());
        q.addBindValue(e.value(QStringLiteral("item_id")).toString());
        q.addBindValue(e.value(QStringLiteral("occurred_at")).toString());
        q.addBindValue(QString::fromUtf8(QJsonDocument(e).toJson(QJsonDocument::Compact)));
        if (!q.exec()) {
            std::fprintf(stderr, "store: %s\n", qPrintable(q.lastError().text()));
            r.ok = false;
            break;
        }
        (q.numRowsAffected() == 1 ? r.accepted : r.duplicates).append(id);
    }
    QSqlQuery(s.db).exec(r.ok ? QStringLiteral("COMMIT") : QStringLiteral("ROLLBACK"));
    return r;
}

QByteArray answer(const Stored& r, bool repeat)
{
    QJsonArray accepted = r.accepted, duplicates = r.duplicates;
    if (repeat) {
        for (const auto& v : r.accepted) {
            accepted.append(v);
            duplicates.append(v);
        }
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("accepted"), accepted},
                                     {QStringLiteral("duplicates"), duplicates},
                                     {QStringLiteral("rejected"), r.rejected}})
        .toJson(QJsonDocument::Compact);
}

void handleEvents(Server& s, const QHttpServerRequest& req, QHttpServerResponder&& responder)
{
    ++s.requests;
    QString fault;
    if (!s.faults.empty()) {
        fault = s.faults.front();
        s.faults.pop_front();
    }
    using Status = QHttpServerResponder::StatusCode;
    const QByteArray json = "application/json";
    if (fault == QStringLiteral("401") || req.value("Authorization") != "Bearer " + s.token.toUtf8()) {
        responder.write(QByteArray(R"({"error":"unauthorized"})"), json, Status::Unauthorized);
        return;
    }
    if (fault == QStringLiteral("500")) {
        responder.write(QByteArray(R"({"error":"injected"})"), json, Status::InternalServerError);
        return;
    }
    if (fault.startsWith(QStringLiteral("429:"))) {
        responder.write(QByteArray(R"({"error":"slow down"})"),
                        {{"Content-Type", json}, {"Retry-After", fault.mid(4).toLatin1()}},
                        Status::TooManyRequests);
        return;
    }
    if (fault == QStringLiteral("timeout")) {
        new QHttpServerResponder(std::move(responder)); // kept, never answered (deliberately leaked)
        return;
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(req.body(), &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        responder.write(QByteArray(R"({"error":"body is not a JSON object"})"), json, Status::BadRequest);
        return;
    }
    const Stored r = store(s, doc.object());
    if (!r.ok) {
        responder.write(QByteArray(R"({"error":"storage"})"), json, Status::InternalServerError);
        return;
    }
    if (fault == QStringLiteral("drop-after-store")) {
        if (QTcpSocket* sock = responder.socket())
            sock->abort();
        new QHttpServerResponder(std::move(responder)); // its socket is gone: never touch it again
        return;
    }
    if (fault.startsWith(QStringLiteral("slow:"))) {
        auto* held = new QHttpServerResponder(std::move(responder));
        QPointer<QTcpSocket> sock = held->socket();
        const QByteArray body = answer(r, false);
        QTimer::singleShot(fault.mid(5).toInt(), [held, sock, body] {
            if (sock && sock->state() == QAbstractSocket::ConnectedState)
                held->write(body, "application/json");
        });
        return;
    }
    responder.write(answer(r, fault == QStringLiteral("duplicate-answer")), json);
}

QJsonObject itemEvents(Server& s, const QString& itemId)
{
    QSqlQuery q(s.db);
    q.prepare(QStringLiteral("SELECT body FROM event WHERE item_id = ? UNION ALL "
                             "SELECT body FROM network_event WHERE item_id = ?"));
    q.addBindValue(itemId);
    q.addBindValue(itemId);
    QList<QJsonObject> events;
    if (q.exec())
        while (q.next())
            events.push_back(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object());
    // Offsets differ between offices: order by the instant, not by the text.
    auto instant = [](const QJsonObject& e) {
        return QDateTime::fromString(e.value(QStringLiteral("occurred_at")).toString(), Qt::ISODateWithMs)
            .toMSecsSinceEpoch();
    };
    std::stable_sort(events.begin(), events.end(),
                     [&](const QJsonObject& a, const QJsonObject& b) { return instant(a) < instant(b); });
    QJsonArray out;
    for (const QJsonObject& e : events)
        out.append(e);
    return QJsonObject{{QStringLiteral("item_id"), itemId}, {QStringLiteral("events"), out}};
}

// The network's own events for /control/seed: an id, an item and a time with an offset are enough.
QJsonObject seed(Server& s, const QJsonObject& body)
{
    QSqlQuery q(s.db);
    q.prepare(QStringLiteral("INSERT INTO network_event (event_id, item_id, body) VALUES (?, ?, ?) "
                             "ON CONFLICT (event_id) DO NOTHING"));
    qint64 stored = 0;
    for (const QJsonValue& v : body.value(QStringLiteral("events")).toArray()) {
        const QJsonObject e = v.toObject();
        q.addBindValue(e.value(QStringLiteral("event_id")).toString());
        q.addBindValue(e.value(QStringLiteral("item_id")).toString());
        q.addBindValue(QString::fromUtf8(QJsonDocument(e).toJson(QJsonDocument::Compact)));
        if (q.exec())
            stored += q.numRowsAffected();
        else
            std::fprintf(stderr, "seed: %s\n", qPrintable(q.lastError().text()));
    }
    return QJsonObject{{QStringLiteral("seeded"), stored}};
}

qint64 eventCount(Server& s)
{
    QSqlQuery q(s.db);
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM event")) && q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    Server s;
    s.token = QStringLiteral("test-token");
    QString dbPath = QStringLiteral(":memory:");
    QString tlsCert, tlsKey;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QStringLiteral("--db"))
            dbPath = args[i + 1];
        else if (args[i] == QStringLiteral("--token"))
            s.token = args[i + 1];
        else if (args[i] == QStringLiteral("--fault"))
            s.faults.push_back(args[i + 1]);
        else if (args[i] == QStringLiteral("--tls-cert"))
            tlsCert = args[i + 1];
        else if (args[i] == QStringLiteral("--tls-key"))
            tlsKey = args[i + 1];
    }
    s.db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"));
    s.db.setDatabaseName(dbPath);
    if (!s.db.open()) {
        std::fprintf(stderr, "cannot open %s\n", qPrintable(dbPath));
        return 3;
    }
    QSqlQuery q(s.db);
    q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    if (!q.exec(
            QStringLiteral("CREATE TABLE IF NOT EXISTS event (rowid INTEGER PRIMARY KEY, event_id TEXT NOT "
                           "NULL UNIQUE, counter TEXT NOT NULL, seq INTEGER NOT NULL, item_id TEXT NOT NULL, "
                           "occurred_at TEXT NOT NULL, body TEXT NOT NULL)"))) {
        std::fprintf(stderr, "schema: %s\n", qPrintable(q.lastError().text()));
        return 3;
    }
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS network_event (event_id TEXT PRIMARY KEY, "
                               "item_id TEXT NOT NULL, body TEXT NOT NULL)")) ||
        !q.exec(QStringLiteral("CREATE INDEX IF NOT EXISTS event_by_item ON event (item_id)")) ||
        !q.exec(
            QStringLiteral("CREATE INDEX IF NOT EXISTS network_event_by_item ON network_event (item_id)"))) {
        std::fprintf(stderr, "schema: %s\n", qPrintable(q.lastError().text()));
        return 3;
    }

    QHttpServer http;
    http.route(QStringLiteral("/v1/events"), QHttpServerRequest::Method::Post,
               [&s](const QHttpServerRequest& req, QHttpServerResponder&& responder) {
                   handleEvents(s, req, std::move(responder));
               });
    http.route(QStringLiteral("/v1/items/<arg>/events"), QHttpServerRequest::Method::Get,
               [&s](const QString& itemId, const QHttpServerRequest& req) {
                   if (req.value("Authorization") != "Bearer " + s.token.toUtf8())
                       return QHttpServerResponse(QHttpServerResponder::StatusCode::Unauthorized);
                   return QHttpServerResponse(itemEvents(s, itemId));
               });
    http.route(
        QStringLiteral("/control/faults"), QHttpServerRequest::Method::Post,
        [&s](const QHttpServerRequest& req) {
            for (const auto& v :
                 QJsonDocument::fromJson(req.body()).object().value(QStringLiteral("faults")).toArray())
                s.faults.push_back(v.toString());
            return QHttpServerResponse(QJsonObject{{QStringLiteral("faults_left"), qint64(s.faults.size())}});
        });
    http.route(QStringLiteral("/control/seed"), QHttpServerRequest::Method::Post,
               [&s](const QHttpServerRequest& req) {
                   return QHttpServerResponse(seed(s, QJsonDocument::fromJson(req.body()).object()));
               });
    http.route(QStringLiteral("/control/reset"), QHttpServerRequest::Method::Post, [&s] {
        s.faults.clear();
        return QHttpServerResponse(QJsonObject{{QStringLiteral("faults_left"), 0}});
    });
    http.route(QStringLiteral("/control/stats"), QHttpServerRequest::Method::Get, [&s] {
        return QHttpServerResponse(QJsonObject{{QStringLiteral("events"), eventCount(s)},
                                               {QStringLiteral("requests"), s.requests},
                                               {QStringLiteral("faults_left"), qint64(s.faults.size())}});
    });
    if (!tlsCert.isEmpty()) {
        QFile certFile(tlsCert), keyFile(tlsKey);
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read %s or %s\n", qPrintable(tlsCert), qPrintable(tlsKey));
            return 3;
        }
        const QSslCertificate cert(&certFile, QSsl::Pem);
        const QSslKey key(&keyFile, QSsl::Rsa, QSsl::Pem);
        if (cert.isNull() || key.isNull()) {
            std::fprintf(stderr, "%s or %s is not a PEM certificate / RSA key\n", qPrintable(tlsCert),
                         qPrintable(tlsKey));
            return 3;
        }
        http.sslSetup(cert, key);
    }
    const quint16 port = http.listen(QHostAddress::LocalHost, 0);
    if (port == 0) {
        std::fprintf(stderr, "cannot listen on 127.0.0.1\n");
        return 3;
    }
    std::printf("PORT %u\n", unsigned(port));
    std::fflush(stdout);
    return app.exec();
}
