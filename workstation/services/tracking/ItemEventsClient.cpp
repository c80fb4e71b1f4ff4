#include "ItemEventsClient.h"

#include "services/sync/TrackingRequest.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>

Q_LOGGING_CATEGORY(lcTracking, "pc.tracking")

namespace pc::services::tracking {

namespace {
Result<QList<HistoryEntry>> readAnswer(QNetworkReply& reply, const sync::SyncConfig& config)
{
    const int status = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0)
        return Error{QStringLiteral("tracking.unreachable"), sync::describeTransportError(reply, config)};
    if (status == 404) // the network has never heard of the item
        return QList<HistoryEntry>{};
    if (status == 401 || status == 403)
        return Error{QStringLiteral("tracking.refused"),
                     QCoreApplication::translate(
                         "ItemHistory", "The tracking service refused this counter's token (HTTP %1): an "
                                        "administrator must configure a valid token.")
                         .arg(status)};
    if (status != 200)
        return Error{QStringLiteral("tracking.http"),
                     QCoreApplication::translate("ItemHistory",
                                                 "The tracking service could not give the item's history "
                                                 "(HTTP %1).")
                         .arg(status)};
    return parseItemEventsAnswer(reply.readAll());
}
} // namespace

ItemEventsClient::ItemEventsClient(sync::SyncConfig config, QObject* parent)
    : QObject(parent), m_config(std::move(config)), m_net(new QNetworkAccessManager(this))
{}

void ItemEventsClient::fetch(const QString& itemId, Callback done)
{
    if (auto st = m_config.validate(); !st) {
        done(st.error());
        return;
    }
    QNetworkReply* reply = m_net->get(sync::trackingRequest(m_config, m_config.itemEventsUrl(itemId)));
    connect(reply, &QNetworkReply::finished, this, [this, reply, done = std::move(done)] {
        reply->deleteLater();
        auto r = readAnswer(*reply, m_config);
        if (!r)
            qCInfo(lcTracking) << "item history from the network:" << r.error().message;
        done(std::move(r));
    });
}

Result<QList<HistoryEntry>> ItemEventsClient::fetchAndWait(const QString& itemId)
{
    std::optional<Result<QList<HistoryEntry>>> out;
    QEventLoop loop;
    fetch(itemId, [&](Result<QList<HistoryEntry>> r) {
        out.emplace(std::move(r));
        loop.quit();
    });
    if (!out)
        loop.exec();
    return std::move(*out);
}

} // namespace pc::services::tracking
