// Fuzzes the configuration file as every loader reads it (office, devices, sync, printers, identifier
// ranges): an admin edits it by hand, so any bytes must give a clean error naming the file, or values
// inside the ranges the loaders promise.
#include "services/AppConfig.h"
#include "services/devices/DeviceConfig.h"
#include "services/printing/PrinterConfig.h"
#include "services/setup/RangeSpec.h"
#include "services/sync/SyncConfig.h"

#include <QFile>
#include <QTemporaryDir>
#include <cmath>
#include <cstddef>
#include <cstdint>

namespace {
// QSettings caches a file by name, size and modification time: a fresh name per input keeps two
// inputs of the same size written within one clock tick from being read as one.
QString writeInput(const QByteArray& bytes)
{
    static QTemporaryDir dir;
    static quint64 n = 0;
    const QString path = dir.filePath(QStringLiteral("in%1.conf").arg(n++));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        __builtin_trap();
    return path;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace pc::services;
    const QString path =
        writeInput(QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size)));

    if (const auto app = AppConfig::load(path)) {
        if (app->officePostcode.size() != 6 || app->utcOffsetMin < -720 || app->utcOffsetMin > 840 ||
            app->lockAfterMin < 0 || app->lockAfterMin > 240 || app->storageExtensionFeePerDayKop < 0)
            __builtin_trap();
        for (const QString& spec : app->identifierRanges)
            if (const auto range = parseRangeSpec(spec, app->officePostcode))
                (void)rangeSpecText(*range);
    } else if (app.error().message.isEmpty()) {
        __builtin_trap();
    }
    if (const auto dev = DeviceConfig::load(path)) {
        if (!std::isfinite(dev->stableToleranceGrams) || dev->stableToleranceGrams < 0 ||
            dev->stableReadings < 1 || dev->stableReadings > 50 || dev->wedgeMinLength < 1)
            __builtin_trap();
    }
    if (const auto sync = sync::SyncConfig::load(path)) {
        if (sync->batchSize < 1 || sync->batchSize > 500 || sync->timeoutMs < 100)
            __builtin_trap();
        if (sync->caFile.isEmpty()) // a named CA file would make the fuzzer read files of the machine
            (void)sync->validate();
        (void)sync->eventsUrl();
        (void)sync->itemEventsUrl(QStringLiteral("RA123456785RU"));
    }
    (void)loadPrintingConfig(path);
    QFile::remove(path);
    return 0;
}
