#include "SyncConfig.h"

#include "services/config/ConfigFileCheck.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHostAddress>
#include <QSettings>
#include <QSslCertificate>

namespace pc::services::sync {

namespace {

Status readInt(const QSettings& s, const char* key, int minimum, int maximum, int& into)
{
    const QString k = QStringLiteral("sync/") + QLatin1StringView(key);
    if (!s.contains(k))
        return {};
    bool ok = false;
    const int v = s.value(k).toString().toInt(&ok);
    if (!ok || v < minimum || v > maximum) {
        const auto layout = checkConfigFile(s.fileName()); // for "FILE, line N"
        const QString where = layout ? layout->where(k) : s.fileName();
        return Error{
            QStringLiteral("sync.config"),
            QCoreApplication::translate("Sync", "%1: the setting %2 must be a whole number from %3 to %4.")
                .arg(where, k)
                .arg(minimum)
                .arg(maximum)};
    }
    into = v;
    return {};
}
} // namespace

Result<SyncConfig> SyncConfig::load(const QString& configPath)
{
    SyncConfig c;
    if (configPath.isEmpty() || !QFileInfo::exists(configPath))
        return c;
    QSettings s(configPath, QSettings::IniFormat);
    if (s.status() != QSettings::NoError)
        return Error{
            QStringLiteral("sync.config"),
            QCoreApplication::translate("Sync", "Cannot read the configuration file %1.").arg(configPath)};
    c.endpoint = s.value(QStringLiteral("sync/endpoint")).toString().trimmed();
    c.token = s.value(QStringLiteral("sync/token")).toString().trimmed();
    c.caFile = s.value(QStringLiteral("sync/ca_file")).toString().trimmed();
    for (auto st :
         {readInt(s, "timeout_ms", 100, 600000, c.timeoutMs), readInt(s, "batch_size", 1, 500, c.batchSize),
          readInt(s, "backoff_base_ms", 1, 3600000, c.backoffBaseMs),
          readInt(s, "backoff_cap_ms", 1, 86400000, c.backoffCapMs),
          readInt(s, "poll_ms", 10, 3600000, c.pollIntervalMs)})
        if (!st)
            return st.error();
    return c;
}

Status SyncConfig::validate() const
{
    if (endpoint.isEmpty())
        return Error{QStringLiteral("sync.no_endpoint"),
                     QCoreApplication::translate(
                         "Sync",
                         "No tracking service is configured: set endpoint in the [sync] section of the "
                         "configuration file, or pass --endpoint URL.")};
    const QUrl url(endpoint);
    if (!url.isValid() || url.host().isEmpty())
        return Error{
            QStringLiteral("sync.bad_endpoint"),
            QCoreApplication::translate("Sync", "The tracking service address \"%1\" is not a valid URL.")
                .arg(endpoint)};
    const QString scheme = url.scheme().toLower();
    if (scheme == QStringLiteral("http")) {
        const QString host = url.host();
        const bool loopback = host == QStringLiteral("localhost") || QHostAddress(host).isLoopback();
        if (!loopback)
            return Error{QStringLiteral("sync.plain_http"),
                         QCoreApplication::translate(
                             "Sync",
                             "The tracking service address %1 uses plain HTTP; only https:// is allowed "
                             "outside this computer.")
                             .arg(endpoint)};
    } else if (scheme != QStringLiteral("https")) {
        return Error{
            QStringLiteral("sync.bad_endpoint"),
            QCoreApplication::translate("Sync", "The tracking service address %1 must start with https://.")
                .arg(endpoint)};
    }
    if (token.isEmpty())
        return Error{QStringLiteral("sync.no_token"),
                     QCoreApplication::translate(
                         "Sync", "No counter token is configured: set token in the [sync] section of the "
                                 "configuration file, or pass --token T.")};
    if (!caFile.isEmpty() && !QFileInfo(caFile).isReadable())
        return Error{
            QStringLiteral("sync.ca_file"),
            QCoreApplication::translate("Sync", "The CA certificate file %1 cannot be read.").arg(caFile)};
    if (!caFile.isEmpty() && QSslCertificate::fromPath(caFile, QSsl::Pem).isEmpty())
        return Error{
            QStringLiteral("sync.ca_file"),
            QCoreApplication::translate(
                "Sync", "The CA certificate file %1 holds no PEM certificate (-----BEGIN CERTIFICATE-----).")
                .arg(caFile)};
    return {};
}

QUrl SyncConfig::eventsUrl() const
{
    QString base = endpoint;
    while (base.endsWith(u'/'))
        base.chop(1);
    return QUrl(base + QStringLiteral("/v1/events"));
}

QUrl SyncConfig::itemEventsUrl(const QString& itemId) const
{
    QString base = endpoint;
    while (base.endsWith(u'/'))
        base.chop(1);
    return QUrl(base + QStringLiteral("/v1/items/") + QString::fromLatin1(QUrl::toPercentEncoding(itemId)) +
                QStringLiteral("/events"));
}

} // namespace pc::services::sync
