#pragma once
// The workstation's settings: one table of keys with their defaults (AppConfig.cpp), read from an
// INI file: --config, else $XDG_CONFIG_HOME/postcounter/postcounter.conf when it exists, else (for an
// installed program, not one run from a build tree) /etc/postcounter/postcounter.conf.
#include "domain/Result.h"

#include <QString>
#include <QStringList>

namespace pc::services {

struct AppConfig {
    QString configPath;   // where it was read from (may not exist: defaults apply)
    QString databasePath; // SQLite file
    QString officePostcode;
    QString officeName;
    QString officeRegion;
    QString officeAddress; // printed on receipts; the postcode and region when empty
    QString officeInn;
    int utcOffsetMin = 180;
    QString counterId;
    QString counterName;
    QString operatorId;
    QString operatorName;
    bool demo = false;
    int lockAfterMin = 5;                    // lock the screen after this many idle minutes; 0 = never
    qint64 storageExtensionFeePerDayKop = 0; // [storage] extension_fee_per_day_kop: the addressee pays
    bool configured = false;      // the file names the office (office/postcode): false until setup ran
    QStringList identifierRanges; // identifiers/ranges, "s10:RA:RU:1-99" (services/setup/RangeSpec.h)

    static QString defaultConfigPath();
    static QString systemConfigPath(); // /etc/postcounter/postcounter.conf (the package's conffile)
    static QString defaultDatabasePath();
    // Where this counter keeps its own files (personal-data key, SMS spool): beside a SQLite database;
    // for a server database (postgresql://…) the account's data folder, never a path made of the URL.
    static QString localDataDir(const QString& databasePath);

    // configPath empty → default path. A missing file gives the defaults; an unreadable or malformed
    // one is an error that names the file and the key.
    static Result<AppConfig> load(const QString& configPath);
    Status save() const;
};

} // namespace pc::services
