#pragma once
// How the workstation reaches the tracking service: the [sync] group of the configuration file
// (the same INI file as services/AppConfig), overridable on the command line.
//
//   [sync]
//   endpoint=https://tracking.example.ru/api     ; {base} of docs/tracking-api.md
//   token=...                                    ; the counter's bearer token
//   ca_file=/etc/postcounter/tracking-ca.pem     ; extra CA certificate(s) to trust, PEM
//   timeout_ms=30000  batch_size=500  backoff_base_ms=1000  backoff_cap_ms=300000  poll_ms=5000
#include "domain/Result.h"

#include <QString>
#include <QUrl>

namespace pc::services::sync {

struct SyncConfig {
    QString endpoint;
    QString token;
    QString caFile;
    int timeoutMs = 30000;
    int batchSize = 500;
    int backoffBaseMs = 1000;
    int backoffCapMs = 300000;
    int pollIntervalMs = 5000;

    // Reads the [sync] group; a missing file or key keeps the default.
    static Result<SyncConfig> load(const QString& configPath);

    // An https endpoint, or http to a loopback address only; a readable CA file if one is named.
    Status validate() const;
    // {base}/v1/events
    QUrl eventsUrl() const;
    QUrl itemEventsUrl(const QString& itemId) const;
};

} // namespace pc::services::sync
