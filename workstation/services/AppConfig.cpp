#include "AppConfig.h"

#include "config/ConfigFileCheck.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <unistd.h>

namespace pc::services {

namespace {
struct Key {
    const char* name;
    const char* defaultValue;
    QString AppConfig::*field;
};
// Every key with its default, in one place.
const Key kKeys[] = {
    {"database/path", "", &AppConfig::databasePath},
    {"office/postcode", "101000", &AppConfig::officePostcode},
    {"office/name", "Москва 101000", &AppConfig::officeName},
    {"office/region", "Москва", &AppConfig::officeRegion},
    {"office/address", "", &AppConfig::officeAddress},
    // The legal entity on receipts: АО «Почта России» for every office of the network.
    {"office/inn", "7724490000", &AppConfig::officeInn},
    {"counter/id", "1", &AppConfig::counterId},
    {"counter/name", "Окно 1", &AppConfig::counterName},
    {"operator/id", "op1", &AppConfig::operatorId},
    {"operator/name", "Operator", &AppConfig::operatorName},
};

QString xdgDir(const char* var, const QString& fallbackUnderHome)
{
    const QString v = qEnvironmentVariable(var);
    return v.isEmpty() ? QDir::homePath() + fallbackUnderHome : v;
}
} // namespace

QString AppConfig::systemConfigPath()
{
    return QStringLiteral("/etc/postcounter/postcounter.conf");
}

QString AppConfig::defaultConfigPath()
{
    const QString user = xdgDir("XDG_CONFIG_HOME", QStringLiteral("/.config")) +
                         QStringLiteral("/postcounter/postcounter.conf");
    // A program run from a build tree (<build>/bin, <build>/tests) never reads the machine's /etc, so
    // tests and developers are not affected by an installed package.
    const bool installed =
        QCoreApplication::instance() &&
        !QFileInfo::exists(
            QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../CMakeCache.txt")));
    if (!installed || !QFileInfo::exists(systemConfigPath()))
        return user;
    // root is the admin, not a clerk: `setup` and support commands act on the counter's system file.
    if (::geteuid() == 0 || !QFileInfo::exists(user))
        return systemConfigPath();
    return user;
}

QString AppConfig::defaultDatabasePath()
{
    return xdgDir("XDG_DATA_HOME", QStringLiteral("/.local/share")) +
           QStringLiteral("/postcounter/postcounter.db");
}

QString AppConfig::localDataDir(const QString& databasePath)
{
    if (databasePath.contains(QStringLiteral("://")))
        return QFileInfo(defaultDatabasePath()).absolutePath();
    return QFileInfo(databasePath).absolutePath();
}

Result<AppConfig> AppConfig::load(const QString& configPath)
{
    AppConfig c;
    c.configPath = configPath.isEmpty() ? defaultConfigPath() : configPath;
    const QFileInfo fi(c.configPath);
    if (fi.exists() && !fi.isReadable())
        return Error{QStringLiteral("config.unreadable"),
                     QCoreApplication::translate("AppConfig", "Cannot read the configuration file %1.")
                         .arg(c.configPath)};

    // QSettings skips what it cannot parse: a damaged or mistyped file is refused here, by line.
    const auto layout = checkConfigFile(c.configPath);
    if (!layout)
        return layout.error();
    QSettings s(c.configPath, QSettings::IniFormat);
    if (s.status() == QSettings::FormatError)
        return Error{
            QStringLiteral("config.malformed"),
            QCoreApplication::translate(
                "AppConfig",
                "The configuration file %1 is malformed; fix it or move it away to start with defaults.")
                .arg(c.configPath)};
    for (const Key& k : kKeys)
        c.*(k.field) = s.value(QLatin1StringView(k.name), QString::fromUtf8(k.defaultValue)).toString();
    bool ok = true;
    c.utcOffsetMin = s.value(QStringLiteral("office/utc_offset_min"), 180).toInt(&ok);
    if (!ok || c.utcOffsetMin < -720 || c.utcOffsetMin > 840)
        return Error{QStringLiteral("config.invalid"),
                     QCoreApplication::translate(
                         "AppConfig", "%1: office/utc_offset_min must be minutes between -720 and 840.")
                         .arg(layout->where(QStringLiteral("office/utc_offset_min")))};
    c.demo = s.value(QStringLiteral("workstation/demo"), false).toBool();
    c.configured = s.contains(QStringLiteral("office/postcode"));
    c.identifierRanges = s.value(QStringLiteral("identifiers/ranges")).toStringList();
    // The counter is left unattended between customers: lock it (0 = never; the demo never locks).
    c.lockAfterMin = s.value(QStringLiteral("workstation/lock_after_min"), c.demo ? 0 : 5).toInt(&ok);
    if (!ok || c.lockAfterMin < 0 || c.lockAfterMin > 240)
        return Error{QStringLiteral("config.invalid"),
                     QCoreApplication::translate("AppConfig",
                                                 "%1: workstation/lock_after_min must be 0 to 240 minutes.")
                         .arg(layout->where(QStringLiteral("workstation/lock_after_min")))};
    // Storage extension asked by the addressee (service 90): kopecks per day, 0 = free.
    c.storageExtensionFeePerDayKop =
        s.value(QStringLiteral("storage/extension_fee_per_day_kop"), 0).toLongLong(&ok);
    if (!ok || c.storageExtensionFeePerDayKop < 0)
        return Error{QStringLiteral("config.invalid"),
                     QCoreApplication::translate(
                         "AppConfig", "%1: storage/extension_fee_per_day_kop must be kopecks, 0 or more.")
                         .arg(layout->where(QStringLiteral("storage/extension_fee_per_day_kop")))};
    if (c.databasePath.isEmpty())
        c.databasePath = defaultDatabasePath();
    if (c.officePostcode.size() != 6 ||
        !std::all_of(c.officePostcode.begin(), c.officePostcode.end(), [](QChar ch) { return ch.isDigit(); }))
        return Error{
            QStringLiteral("config.invalid"),
            QCoreApplication::translate("AppConfig", "%1: office/postcode must be 6 digits, not \"%2\".")
                .arg(layout->where(QStringLiteral("office/postcode")), c.officePostcode)};
    if (c.counterId.trimmed().isEmpty())
        return Error{QStringLiteral("config.invalid"),
                     QCoreApplication::translate("AppConfig", "%1: counter/id must not be empty.")
                         .arg(layout->where(QStringLiteral("counter/id")))};
    return c;
}

Status AppConfig::save() const
{
    QDir().mkpath(QFileInfo(configPath).absolutePath());
    QSettings s(configPath, QSettings::IniFormat);
    for (const Key& k : kKeys)
        s.setValue(QLatin1StringView(k.name), this->*(k.field));
    s.setValue(QStringLiteral("office/utc_offset_min"), utcOffsetMin);
    s.setValue(QStringLiteral("workstation/demo"), demo);
    if (!identifierRanges.isEmpty())
        s.setValue(QStringLiteral("identifiers/ranges"), identifierRanges);
    s.sync();
    if (s.status() != QSettings::NoError)
        return Error{QStringLiteral("config.unwritable"),
                     QCoreApplication::translate("AppConfig", "Cannot write the configuration file %1.")
                         .arg(configPath)};
    return {};
}

} // namespace pc::services
