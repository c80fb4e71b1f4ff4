#pragma once
// Shared by the sync integration tests and benchmarks: a client database with a queued backlog, the
// reference tracking server as a child process, and the exactly-once check between the two.
#include "db/Connection.h"
#include "db/ItemRepository.h"
#include "db/OperationRepository.h"
#include "db/OutboxRepository.h"
#include "db/Transaction.h"
#include "services/AppConfig.h"
#include "services/OfficeSetup.h"
#include "services/TrackingEventJson.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTimeZone>
#include <QUuid>

namespace pc::synctest {

inline const QString kOffice = QStringLiteral("101000");
inline const QString kCounter = QStringLiteral("1");
inline const QString kToken = QStringLiteral("test-token");

inline Status prepareClient(const QString& path)
{
    auto c = db::openSqlite({path});
    if (!c)
        return c.error();
    services::AppConfig cfg;
    cfg.officePostcode = kOffice;
    cfg.officeName = QStringLiteral("Moscow");
    cfg.counterId = kCounter;
    cfg.counterName = QStringLiteral("W1");
    return services::ensureOfficeAndCounter(*c, cfg);
}

// Queues `count` accepted items (item + journal row + outbox event each) in one transaction, the way
// AcceptanceService writes them, so a day of backlog is built in seconds.
inline Status queueBacklog(const QString& path, int count, int firstSerial = 0)
{
    auto c = db::openSqlite({path});
    if (!c)
        return c.error();
    const services::CounterContext ctx{kOffice, kCounter, QStringLiteral("op1"), 180};
    auto tx = db::Transaction::begin(*c);
    if (!tx)
        return tx.error();
    const QDateTime base = QDateTime(QDate(2026, 11, 24), QTime(6, 0), Qt::UTC);
    for (int i = 0; i < count; ++i) {
        const int serial = firstSerial + i;
        const QDateTime at = base.addMSecs(qint64(serial) * 250);
        db::ItemRecord item;
        item.id = QStringLiteral("T%1").arg(serial, 13, 10, QLatin1Char('0'));
        item.weightG = 100 + serial % 5000;
        item.status = QStringLiteral("accepted");
        item.officePostcode = kOffice;
        item.counterId = kCounter;
        item.acceptedAtUtc = at;
        if (auto st = db::ItemRepository(*c).insert(item); !st)
            return st;
        db::OperationRecord op;
        op.itemId = item.id;
        op.op = pc::op::AcceptanceSingle;
        op.occurredAtUtc = at;
        op.utcOffsetMin = ctx.utcOffsetMin;
        op.officePostcode = kOffice;
        op.counterId = kCounter;
        op.operatorId = ctx.operatorId;
        op.weightG = item.weightG;
        auto opId = db::OperationRepository(*c).append(op);
        if (!opId)
            return opId.error();
        services::TrackingEventData ev;
        ev.eventId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        ev.itemId = item.id;
        ev.op = pc::op::AcceptanceSingle;
        ev.occurredAtUtc = at;
        ev.weightG = item.weightG;
        ev.destination = QStringLiteral("190000");
        db::OutboxEvent out;
        out.eventId = ev.eventId;
        out.operationId = *opId;
        out.counterId = kCounter;
        out.itemId = item.id;
        out.payload = services::trackingEventJson(ev, ctx);
        out.createdAtUtc = at;
        if (auto seq = db::OutboxRepository(*c).enqueue(out); !seq)
            return seq.error();
    }
    return tx->commit();
}

// The reference tracking server as a child process on a free loopback port.
class TrackingServer {
public:
    bool start(const QString& dbPath, const QStringList& extraArgs = {})
    {
        m_https = extraArgs.contains(QStringLiteral("--tls-cert"));
        m_proc.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_proc.start(QStringLiteral(PC_TRACKING_SERVER),
                     QStringList{QStringLiteral("--db"), dbPath} + extraArgs);
        if (!m_proc.waitForStarted(10000))
            return false;
        while (m_proc.waitForReadyRead(10000)) {
            const QByteArray line = m_proc.readLine().trimmed();
            if (line.startsWith("PORT ")) {
                m_port = line.mid(5).toUShort();
                return m_port != 0;
            }
        }
        return false;
    }
    ~TrackingServer()
    {
        m_proc.kill();
        m_proc.waitForFinished(5000);
    }
    QString endpoint() const
    {
        return QStringLiteral("%1://127.0.0.1:%2")
            .arg(m_https ? QStringLiteral("https") : QStringLiteral("http"))
            .arg(m_port);
    }
    // Over HTTPS the test's own requests (control, seed) trust this CA.
    void setCaFile(const QString& path) { m_caFile = path; }
    // POST /control/seed: events the network knows from elsewhere (sorting centres).
    bool seed(const QJsonArray& events) const
    {
        return control(QStringLiteral("/control/seed"),
                       QJsonDocument(QJsonObject{{QStringLiteral("events"), events}}).toJson())
            .has_value();
    }

    // POST /control/faults: the next requests fail in the given ways, in order.
    bool injectFaults(const QStringList& faults) const
    {
        return control(
                   QStringLiteral("/control/faults"),
                   QJsonDocument(QJsonObject{{QStringLiteral("faults"), QJsonArray::fromStringList(faults)}})
                       .toJson())
            .has_value();
    }
    std::optional<QJsonObject> control(const QString& path, const QByteArray& body = {}) const
    {
        QNetworkAccessManager net;
        QNetworkRequest req(QUrl(endpoint() + path));
        req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        if (!m_caFile.isEmpty()) {
            QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
            ssl.addCaCertificates(QSslCertificate::fromPath(m_caFile, QSsl::Pem));
            req.setSslConfiguration(ssl);
        }
        QNetworkReply* r = body.isNull() ? net.get(req) : net.post(req, body);
        QEventLoop loop;
        QObject::connect(r, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        r->deleteLater();
        if (r->error() != QNetworkReply::NoError)
            return std::nullopt;
        return QJsonDocument::fromJson(r->readAll()).object();
    }

private:
    QProcess m_proc;
    quint16 m_port = 0;
    bool m_https = false;
    QString m_caFile;
};

inline QStringList column(const QString& dbPath, const QString& sql)
{
    QStringList out;
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(dbPath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql))
                while (q.next())
                    out.push_back(q.value(0).toString());
        }
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

// The invariant after recovery: every client event is at the server exactly once, the server has
// nothing else, and the client has nothing pending. Returns an explanation when it does not hold.
inline QString exactlyOnceViolation(const QString& clientDb, const QString& serverDb, qint64 expectParked = 0)
{
    const QStringList client =
        column(clientDb, QStringLiteral("SELECT event_id FROM outbox WHERE parked_reason IS NULL"));
    const QStringList server = column(serverDb, QStringLiteral("SELECT event_id FROM event"));
    const QSet<QString> c(client.begin(), client.end()), s(server.begin(), server.end());
    if (s.size() != server.size())
        return QStringLiteral("the server holds an event twice");
    if (c != s)
        return QStringLiteral("client has %1 events, server %2, in common %3")
            .arg(c.size())
            .arg(s.size())
            .arg(QSet<QString>(c).intersect(s).size());
    const QStringList pending =
        column(clientDb,
               QStringLiteral("SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL AND parked_reason IS NULL"));
    if (pending.value(0) != QStringLiteral("0"))
        return QStringLiteral("%1 events still pending at the client").arg(pending.value(0));
    const QStringList parked =
        column(clientDb, QStringLiteral("SELECT COUNT(*) FROM outbox WHERE parked_reason IS NOT NULL"));
    if (parked.value(0).toLongLong() != expectParked)
        return QStringLiteral("%1 events parked, expected %2").arg(parked.value(0)).arg(expectParked);
    // In order: the server received each counter's events in seq order.
    const QStringList seqs =
        column(serverDb, QStringLiteral("SELECT seq FROM event WHERE counter = '1' ORDER BY rowid"));
    for (qsizetype i = 1; i < seqs.size(); ++i)
        if (seqs[i].toLongLong() <= seqs[i - 1].toLongLong())
            return QStringLiteral("seq %1 arrived after seq %2").arg(seqs[i], seqs[i - 1]);
    return {};
}

} // namespace pc::synctest
