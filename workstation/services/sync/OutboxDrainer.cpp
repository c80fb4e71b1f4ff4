#include "OutboxDrainer.h"

#include "SyncProtocol.h"
#include "TrackingRequest.h"
#include "db/OutboxRepository.h"
#include "db/Transaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSet>
#include <QTimer>
#include <limits>

Q_LOGGING_CATEGORY(lcSync, "pc.sync")

namespace pc::services::sync {

OutboxDrainer::OutboxDrainer(SyncConfig config, QString databasePath, Mode mode, QObject* parent)
    : QObject(parent), m_config(std::move(config)), m_databasePath(std::move(databasePath)), m_mode(mode),
      m_backoff(m_config.backoffBaseMs, m_config.backoffCapMs)
{}

OutboxDrainer::~OutboxDrainer() = default;

void OutboxDrainer::start()
{
    if (auto st = m_config.validate(); !st) {
        finish(Failed, st.error().message);
        return;
    }
    auto c = db::openSqlite({m_databasePath});
    if (!c) {
        finish(Failed, c.error().message);
        return;
    }
    m_conn.emplace(std::move(*c));
    m_net = new QNetworkAccessManager(this);
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        m_backingOff = false;
        drainStep();
    });
    schedule(0);
}

void OutboxDrainer::stop()
{
    m_stopped = true;
    if (m_timer)
        m_timer->stop();
    if (m_inFlight) {
        QNetworkReply* r = m_inFlight;
        m_inFlight = nullptr;
        r->abort();
        r->deleteLater();
    }
    delete m_net;
    m_net = nullptr;
    m_conn.reset(); // the connection belongs to this thread: close it here
}

void OutboxDrainer::wakeUp()
{
    if (m_stopped || m_backingOff || m_inFlight || !m_timer)
        return;
    schedule(0);
}

void OutboxDrainer::schedule(qint64 delayMs)
{
    if (m_stopped || !m_timer)
        return;
    m_timer->start(static_cast<int>(qBound<qint64>(0, delayMs, qint64(std::numeric_limits<int>::max()))));
}

void OutboxDrainer::finish(int code, const QString& message)
{
    if (code != Drained)
        qCWarning(lcSync) << message;
    if (m_timer)
        m_timer->stop();
    if (code == AuthRefused)
        m_stopped = true;
    emit finished(code, message);
}

qint64 OutboxDrainer::pendingCount() const
{
    if (!m_conn)
        return 0;
    auto c = db::OutboxRepository(*m_conn).counts();
    return c ? c->pending : 0;
}

void OutboxDrainer::drainStep()
{
    if (m_stopped || !m_conn || m_inFlight)
        return;
    auto counters = db::OutboxRepository(*m_conn).countersWithSendable();
    if (!counters) {
        retryLater(counters.error().message, std::nullopt);
        return;
    }
    if (counters->isEmpty()) {
        emit idle();
        if (m_mode == Once)
            finish(Drained, QCoreApplication::translate("Sync", "Every tracking event has been delivered."));
        else
            schedule(m_config.pollIntervalMs);
        return;
    }
    send(counters->first());
}

void OutboxDrainer::send(const QString& counterId)
{
    auto batch = db::OutboxRepository(*m_conn).sendable(counterId, qBound(1, m_config.batchSize, 500));
    if (!batch) {
        retryLater(batch.error().message, std::nullopt);
        return;
    }
    if (batch->isEmpty()) {
        // Another workstation draining the same office database sent these events between the two
        // reads (test_soak_pg found it): look again rather than read a batch that is not there.
        schedule(0);
        return;
    }
    // Every event carries its office; the batch is one counter's, so the first one speaks for all.
    const QString office =
        QJsonDocument::fromJson(batch->first().payload).object().value(QStringLiteral("office")).toString();
    m_batchIds.clear();
    for (const auto& e : *batch)
        m_batchIds.push_back(e.eventId);

    QNetworkRequest req = trackingRequest(m_config, m_config.eventsUrl());
    req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply* reply = m_net->post(req, eventsRequestBody(office, counterId, *batch));
    m_inFlight = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onReply(reply); });
}

void OutboxDrainer::onReply(QNetworkReply* reply)
{
    reply->deleteLater();
    if (m_inFlight != reply || m_stopped)
        return;
    m_inFlight = nullptr;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();

    if (status == 0) {
        retryLater(describeTransportError(*reply, m_config), std::nullopt);
        return;
    }
    if (status == 401 || status == 403) {
        const QString msg =
            QCoreApplication::translate(
                "Sync", "The tracking service refused this counter's token (HTTP %1). Sending is "
                        "stopped until an administrator configures a valid token.")
                .arg(status);
        if (auto tx = db::Transaction::begin(*m_conn)) {
            (void)db::OutboxRepository(*m_conn).recordFailure(m_batchIds, msg,
                                                              QDateTime::currentDateTimeUtc());
            (void)tx->commit();
        }
        emit authFailed(msg);
        finish(AuthRefused, msg);
        return;
    }
    if (status == 429) {
        retryLater(
            QCoreApplication::translate("Sync", "The tracking service is busy and asked to wait (HTTP 429)."),
            parseRetryAfterMs(reply->rawHeader("Retry-After"), QDateTime::currentDateTimeUtc()));
        return;
    }
    if (status != 200) {
        retryLater(status >= 500 ? QCoreApplication::translate(
                                       "Sync", "The tracking service has an internal error (HTTP %1).")
                                       .arg(status)
                                 : QCoreApplication::translate(
                                       "Sync", "The tracking service gave an unexpected answer (HTTP %1): %2")
                                       .arg(status)
                                       .arg(QString::fromUtf8(body.left(200))),
                   std::nullopt);
        return;
    }
    auto answer = parseEventsAnswer(body);
    if (!answer) {
        retryLater(answer.error().message, std::nullopt);
        return;
    }

    // Only ids of this batch count, each once, whatever the service repeats.
    const QSet<QString> inBatch(m_batchIds.cbegin(), m_batchIds.cend());
    QSet<QString> acked;
    for (const QStringList* list : {&answer->accepted, &answer->duplicates})
        for (const QString& id : *list)
            if (inBatch.contains(id))
                acked.insert(id);
    QList<RejectedEvent> toPark;
    QSet<QString> parkedIds;
    for (const RejectedEvent& r : answer->rejected)
        if (inBatch.contains(r.eventId) && !acked.contains(r.eventId) && !parkedIds.contains(r.eventId)) {
            parkedIds.insert(r.eventId);
            toPark.push_back(r);
        }

    QStringList ackedInOrder;
    for (const QString& id : m_batchIds)
        if (acked.contains(id))
            ackedInOrder.push_back(id);
    {
        auto tx = db::Transaction::begin(*m_conn);
        if (!tx) {
            retryLater(tx.error().message, std::nullopt);
            return;
        }
        db::OutboxRepository repo(*m_conn);
        Status st = repo.markSent(ackedInOrder, QDateTime::currentDateTimeUtc());
        for (const RejectedEvent& r : toPark) {
            if (!st)
                break;
            qCWarning(lcSync) << "tracking event" << r.eventId << "rejected:" << r.reason;
            st = repo.park(r.eventId, r.reason);
        }
        if (st)
            st = tx->commit();
        if (!st) {
            retryLater(st.error().message, std::nullopt);
            return;
        }
    }
    emit batchDelivered(static_cast<int>(ackedInOrder.size()), static_cast<int>(toPark.size()),
                        pendingCount());
    const qsizetype unanswered = m_batchIds.size() - ackedInOrder.size() - toPark.size();
    m_batchIds.clear();
    if (unanswered > 0) {
        retryLater(QCoreApplication::translate(
                       "Sync", "The tracking service did not acknowledge %1 of the events sent.")
                       .arg(unanswered),
                   std::nullopt);
        return;
    }
    m_failures = 0;
    schedule(0);
}

void OutboxDrainer::retryLater(const QString& message, std::optional<qint64> retryAfterMs)
{
    ++m_failures;
    // Retry-After is honoured as given, bounded by an hour so a bad header cannot stall the office.
    const qint64 delay =
        retryAfterMs ? qMin<qint64>(*retryAfterMs, 3600 * 1000) : m_backoff.delayMs(m_failures);
    if (m_conn && !m_batchIds.isEmpty()) {
        if (auto tx = db::Transaction::begin(*m_conn)) {
            (void)db::OutboxRepository(*m_conn).recordFailure(
                m_batchIds, message, QDateTime::currentDateTimeUtc().addMSecs(delay));
            (void)tx->commit();
        }
    }
    m_batchIds.clear();
    qCInfo(lcSync) << message << "retry in" << delay << "ms";
    if (m_mode == Once) {
        finish(Failed, message);
        return;
    }
    emit retrying(message, delay);
    m_backingOff = true;
    schedule(delay);
}

} // namespace pc::services::sync
