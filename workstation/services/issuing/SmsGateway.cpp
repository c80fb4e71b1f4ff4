#include "SmsGateway.h"

#include "services/security/PrivateFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSettings>
#include <QUuid>

namespace pc::services {

Result<SmsGatewayConfig> loadSmsGatewayConfig(const QString& iniPath, const QString& dataDir, bool demo)
{
    SmsGatewayConfig c;
    c.kind = demo ? QStringLiteral("sim") : QStringLiteral("none");
    c.spoolDir = QDir(dataDir).filePath(QStringLiteral("sms-spool"));
    if (!iniPath.isEmpty() && QFileInfo::exists(iniPath)) {
        QSettings s(iniPath, QSettings::IniFormat);
        c.kind = s.value(QStringLiteral("sms/gateway"), c.kind).toString().trimmed();
        c.spoolDir = s.value(QStringLiteral("sms/spool"), c.spoolDir).toString().trimmed();
    }
    if (c.kind != u"none" && c.kind != u"sim")
        return Error{QStringLiteral("config.sms_gateway"),
                     QCoreApplication::translate("Sms", "[sms] gateway=%1 is not known: use none or sim.")
                         .arg(c.kind)};
    return c;
}

Result<std::unique_ptr<SmsGateway>> makeSmsGateway(const SmsGatewayConfig& config)
{
    if (config.kind == u"sim") {
        // Messages hold phone numbers and one-time codes: the spool is the owner's only.
        if (!QDir().mkpath(config.spoolDir) || !security::restrictToOwner(config.spoolDir))
            return Error{QStringLiteral("sms.spool"),
                         QCoreApplication::translate("Sms", "Cannot create the SMS spool directory %1.")
                             .arg(config.spoolDir)};
        return std::unique_ptr<SmsGateway>(std::make_unique<SpoolSmsGateway>(config.spoolDir));
    }
    return std::unique_ptr<SmsGateway>{};
}

Status SpoolSmsGateway::send(const QString& phoneDigits, const QString& text)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Sortable names: the newest message of a phone is the last one.
    const QString name = QStringLiteral("%1-%2-%3.json")
                             .arg(now.toString(QStringLiteral("yyyyMMddHHmmsszzz")), phoneDigits,
                                  QUuid::createUuid().toString(QUuid::Id128).left(8));
    QSaveFile f(QDir(m_dir).filePath(name));
    QJsonObject o{{QStringLiteral("to"), phoneDigits},
                  {QStringLiteral("text"), text},
                  {QStringLiteral("at"), now.toString(Qt::ISODateWithMs)}};
    if (!f.open(QIODevice::WriteOnly) ||
        !f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        f.write(QJsonDocument(o).toJson(QJsonDocument::Compact)) < 0 || !f.commit())
        return Error{
            QStringLiteral("sms.send_failed"),
            QCoreApplication::translate("Sms", "The simulated SMS gateway cannot write to %1.").arg(m_dir)};
    return {};
}

Result<SimSmsMessage> readLastSimMessage(const QString& spoolDir, const QString& phoneDigits)
{
    QStringList files =
        QDir(spoolDir).entryList({QStringLiteral("*-%1-*.json").arg(phoneDigits)}, QDir::Files, QDir::Name);
    if (files.isEmpty())
        return Error{QStringLiteral("sms.none_sent"),
                     QCoreApplication::translate("Sms", "No SMS was sent to that phone.")};
    QFile f(QDir(spoolDir).filePath(files.back()));
    if (!f.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("sms.spool"), f.errorString()};
    const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    SimSmsMessage m{o.value(u"to").toString(),
                    o.value(u"text").toString(),
                    QDateTime::fromString(o.value(u"at").toString(), Qt::ISODateWithMs),
                    {}};
    const auto match = QRegularExpression(QStringLiteral("\\b(\\d{6})\\b")).match(m.text);
    if (match.hasMatch())
        m.code = match.captured(1);
    return m;
}

} // namespace pc::services
