#pragma once
// One way to address the tracking service, shared by the outbox drain and the item history: the
// bearer token, the transfer timeout and the TLS trust of SyncConfig (system CAs plus ca_file, peer
// verified), and transport failures described in words an administrator can act on.
#include "SyncConfig.h"

#include <QNetworkRequest>

class QNetworkReply;

namespace pc::services::sync {

QNetworkRequest trackingRequest(const SyncConfig& config, const QUrl& url);

// For a reply that ended without an HTTP status: a timeout, an untrusted certificate (with a hint
// about ca_file), or the network error itself.
QString describeTransportError(const QNetworkReply& reply, const SyncConfig& config);

} // namespace pc::services::sync
