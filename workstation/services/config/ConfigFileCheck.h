#pragma once
// A strict reading of postcounter.conf before the loaders (AppConfig, DeviceConfig, SyncConfig,
// PrinterConfig, payment, SMS) ask QSettings for their keys. QSettings skips lines it cannot parse and
// ignores keys nobody asks for, so a damaged or mistyped file ("[databse]", a truncated last line)
// would otherwise start the counter on defaults — a fresh empty database instead of the office's.
// Every problem is reported with the file, the line and the key.
#include "domain/Result.h"

#include <QHash>
#include <QString>

namespace pc::services {

struct ConfigFileLayout {
    QString path;
    QHash<QString, int> lineOfKey; // "office/postcode" → 1-based line

    // "FILE, line N" for a key the file sets, else "FILE" (the value is a default).
    QString where(const QString& key) const;
};

// A missing file is fine (defaults). Errors: config.not_text (binary or not UTF-8), config.malformed
// (a line that is neither a comment, a [section] nor key=value), config.duplicate_key,
// config.unknown_section, config.unknown_key, config.invalid (a yes/no key that is not true or false).
Result<ConfigFileLayout> checkConfigFile(const QString& path);

} // namespace pc::services
