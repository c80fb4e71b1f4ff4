#pragma once
// The workstation's settings: one table of keys with their defaults (AppConfig.cpp), read from an
// INI file ($XDG_CONFIG_HOME/postcounter/postcounter.conf unless --config says otherwise).
#include "domain/Result.h"

#include <QString>

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
    int lockAfterMin = 5; // lock the screen after this many idle minutes; 0 = never

    static QString defaultConfigPath();
    static QString defaultDatabasePath();

    // configPath empty → default path. A missing file gives the defaults; an unreadable or malformed
    // one is an error that names the file and the key.
    static Result<AppConfig> load(const QString& configPath);
    Status save() const;
};

} // namespace pc::services
