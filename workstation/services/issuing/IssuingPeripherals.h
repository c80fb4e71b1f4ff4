#pragma once
// What issuing needs besides the database, from the configuration: the SMS gateway ([sms]) and the
// personal-data key ([personal_data] key_file=…, default "personal-data.key" next to the database).
// One place wires them for the GUI, the CLI and the demo shift:
//   auto extras = IssuingPeripherals::open(config);   // then
//   (*extras)->attach(counter.issuing);
#include "PersonalDataCipher.h"
#include "SmsGateway.h"
#include "services/AppConfig.h"

#include <memory>
#include <optional>

namespace pc::services {

class IssuingService;

class IssuingPeripherals {
public:
    // Errors: a malformed [sms] section, an unreadable or wrong-size key file (see PersonalDataCipher).
    static Result<std::unique_ptr<IssuingPeripherals>> open(const AppConfig& config);

    void attach(IssuingService& service) const;
    SmsGateway* sms() const { return m_sms.get(); }
    const PersonalDataCipher* cipher() const { return m_cipher ? &*m_cipher : nullptr; }
    const SmsGatewayConfig& smsConfig() const { return m_smsConfig; }
    const QString& keyPath() const { return m_keyPath; }

private:
    SmsGatewayConfig m_smsConfig;
    std::unique_ptr<SmsGateway> m_sms;
    std::optional<PersonalDataCipher> m_cipher;
    QString m_keyPath;
};

QString personalDataKeyPath(const AppConfig& config);

} // namespace pc::services
