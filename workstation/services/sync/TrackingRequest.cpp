#include "TrackingRequest.h"

#include <QCoreApplication>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>

namespace pc::services::sync {

QNetworkRequest trackingRequest(const SyncConfig& config, const QUrl& url)
{
    QNetworkRequest req(url);
    req.setRawHeader("Authorization", "Bearer " + config.token.toUtf8());
    req.setRawHeader("Accept", "application/json");
    req.setTransferTimeout(config.timeoutMs);
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    if (!config.caFile.isEmpty())
        ssl.addCaCertificates(QSslCertificate::fromPath(config.caFile, QSsl::Pem));
    ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
    req.setSslConfiguration(ssl);
    return req;
}

QString describeTransportError(const QNetworkReply& reply, const SyncConfig& config)
{
    switch (reply.error()) {
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::TimeoutError:
        return QCoreApplication::translate("Sync", "The tracking service did not answer within %1 s.")
            .arg(config.timeoutMs / 1000.0);
    case QNetworkReply::SslHandshakeFailedError:
        if (config.caFile.isEmpty())
            return QCoreApplication::translate(
                       "Sync",
                       "The tracking service's certificate is not trusted (%1). If the service uses its own "
                       "certificate authority, set ca_file in the [sync] section to its CA certificate "
                       "(PEM).")
                .arg(reply.errorString());
        return QCoreApplication::translate(
                   "Sync", "The tracking service's certificate is not trusted (%1), not even with the CA "
                           "certificate of %2: check that ca_file names the CA that issued it.")
            .arg(reply.errorString(), config.caFile);
    default:
        return QCoreApplication::translate("Sync", "The tracking service cannot be reached: %1.")
            .arg(reply.errorString());
    }
}

} // namespace pc::services::sync
