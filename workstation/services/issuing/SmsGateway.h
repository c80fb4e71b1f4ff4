#pragma once
// Where SMS messages go, from the [sms] section of the configuration:
//   [sms]
//   gateway=none            ; no SMS (codes cannot be sent; the default outside demo mode)
//   gateway=sim             ; the simulated gateway: every message is a file in the spool directory
//   spool=/path/to/sms      ; for "sim" (default: "sms-spool" next to the database)
// The simulated gateway is a real peer for tests and the demo: they read the sent code back from
// the spool (readLastSimMessage) like a phone would receive it.
#include "domain/Result.h"

#include <QDateTime>
#include <QString>
#include <memory>

namespace pc::services {

class SmsGateway {
public:
    virtual ~SmsGateway() = default;
    // phoneDigits: the national number, 10 digits. The text may contain a one-time code: a gateway
    // never logs it.
    virtual Status send(const QString& phoneDigits, const QString& text) = 0;
    virtual QString name() const = 0;
};

struct SmsGatewayConfig {
    QString kind = QStringLiteral("none"); // none | sim
    QString spoolDir;
};

// A missing section gives "none" ("sim" in demo mode); an unknown gateway is an error naming the key.
Result<SmsGatewayConfig> loadSmsGatewayConfig(const QString& iniPath, const QString& dataDir, bool demo);
Result<std::unique_ptr<SmsGateway>> makeSmsGateway(const SmsGatewayConfig& config);

// The simulated gateway's spool: one JSON file per message {"to","text","at"}.
class SpoolSmsGateway final : public SmsGateway {
public:
    explicit SpoolSmsGateway(QString dir) : m_dir(std::move(dir)) {}
    Status send(const QString& phoneDigits, const QString& text) override;
    QString name() const override { return QStringLiteral("sim"); }
    const QString& dir() const { return m_dir; }

private:
    QString m_dir;
};

struct SimSmsMessage {
    QString to;
    QString text;
    QDateTime atUtc;
    QString code; // the first run of 6 digits in the text, if any
};
// The newest message sent to the phone in the spool (a test's or the demo's "phone").
Result<SimSmsMessage> readLastSimMessage(const QString& spoolDir, const QString& phoneDigits);

} // namespace pc::services
