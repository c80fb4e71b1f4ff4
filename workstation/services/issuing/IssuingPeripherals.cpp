#include "IssuingPeripherals.h"

#include "IssuingService.h"

#include <QFileInfo>
#include <QSettings>

namespace pc::services {

QString personalDataKeyPath(const AppConfig& config)
{
    QString path;
    if (!config.configPath.isEmpty() && QFileInfo::exists(config.configPath))
        path = QSettings(config.configPath, QSettings::IniFormat)
                   .value(QStringLiteral("personal_data/key_file"))
                   .toString()
                   .trimmed();
    return path.isEmpty() ? defaultPersonalDataKeyPath(config.databasePath) : path;
}

Result<std::unique_ptr<IssuingPeripherals>> IssuingPeripherals::open(const AppConfig& config)
{
    auto out = std::unique_ptr<IssuingPeripherals>(new IssuingPeripherals);
    // The built-in sample office (no configuration file) is a sandbox like demo mode: simulated SMS.
    const bool sandbox = config.demo || !QFileInfo::exists(config.configPath);
    auto sms = loadSmsGatewayConfig(config.configPath, AppConfig::localDataDir(config.databasePath), sandbox);
    if (!sms)
        return sms.error();
    out->m_smsConfig = *sms;
    auto gateway = makeSmsGateway(*sms);
    if (!gateway)
        return gateway.error();
    out->m_sms = std::move(*gateway);
    out->m_keyPath = personalDataKeyPath(config);
    auto cipher = PersonalDataCipher::openKeyFile(out->m_keyPath);
    if (!cipher)
        return cipher.error();
    out->m_cipher = *cipher;
    return out;
}

void IssuingPeripherals::attach(IssuingService& service) const
{
    service.setSmsGateway(m_sms.get());
    service.setPersonalDataCipher(cipher());
}

} // namespace pc::services
