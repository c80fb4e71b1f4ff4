#include "DeviceConfig.h"

#include "drivers/scale/ScaleProtocols.h"
#include "services/config/ConfigFileCheck.h"

#include <QCoreApplication>
#include <QSettings>
#include <cmath>

namespace pc::services {

Result<DeviceConfig> DeviceConfig::load(const QString& configPath)
{
    DeviceConfig c;
    QSettings s(configPath, QSettings::IniFormat);
    auto bad = [&](const char* key, const QString& why) {
        // "FILE, line N" when the file sets the key (ConfigFileCheck.h), the file alone for a default.
        const auto layout = checkConfigFile(configPath);
        const QString where =
            layout ? layout->where(QStringLiteral("devices/") + QLatin1StringView(key)) : configPath;
        return Error{QStringLiteral("config.invalid"),
                     QCoreApplication::translate("DeviceConfig", "%1: devices/%2 %3")
                         .arg(where, QString::fromLatin1(key), why)};
    };
    c.simulate =
        s.value(QStringLiteral("devices/simulate"), s.value(QStringLiteral("workstation/demo"), false))
            .toBool();
    c.scale = s.value(QStringLiteral("devices/scale"), c.scale).toString();
    if (c.scale != QStringLiteral("auto") && c.scale != QStringLiteral("none") &&
        c.scale != QStringLiteral("serial"))
        return bad("scale", QStringLiteral("must be auto, none or serial"));
    c.scalePort = s.value(QStringLiteral("devices/scale_port")).toString();
    c.scaleProtocol = s.value(QStringLiteral("devices/scale_protocol"), c.scaleProtocol).toString();
    if (!drivers::scaleProtocolFromName(c.scaleProtocol))
        return bad("scale_protocol",
                   QStringLiteral("must be sics, 8217, cas, cas-enq, massak or massak-legacy"));
    bool ok = true;
    c.scaleBaud = s.value(QStringLiteral("devices/scale_baud"), c.scaleBaud).toInt(&ok);
    if (!ok || c.scaleBaud < 1200 || c.scaleBaud > 921600)
        return bad("scale_baud", QStringLiteral("must be a baud rate between 1200 and 921600"));
    c.stableReadings = s.value(QStringLiteral("devices/stable_readings"), c.stableReadings).toInt(&ok);
    if (!ok || c.stableReadings < 1 || c.stableReadings > 50)
        return bad("stable_readings", QStringLiteral("must be 1..50"));
    c.stableToleranceGrams =
        s.value(QStringLiteral("devices/stable_tolerance_g"), c.stableToleranceGrams).toDouble(&ok);
    // toDouble() accepts "nan" and "inf": neither is a tolerance (a NaN would make every reading unstable).
    if (!ok || !std::isfinite(c.stableToleranceGrams) || c.stableToleranceGrams < 0)
        return bad("stable_tolerance_g", QStringLiteral("must be a non-negative number of grams"));
    c.scanner = s.value(QStringLiteral("devices/scanner"), c.scanner).toString();
    c.scannerPort = s.value(QStringLiteral("devices/scanner_port")).toString();
    c.keyboardScanners = s.value(QStringLiteral("devices/keyboard_scanners")).toString();
    const QString suffix =
        s.value(QStringLiteral("devices/scanner_suffix"), QStringLiteral("\\r")).toString();
    c.scannerSuffix = suffix.toLatin1().replace("\\r", "\r").replace("\\n", "\n").replace("\\t", "\t");
    c.wedgeMaxGapMs = s.value(QStringLiteral("devices/wedge_max_gap_ms"), c.wedgeMaxGapMs).toInt(&ok);
    if (!ok || c.wedgeMaxGapMs < 5 || c.wedgeMaxGapMs > 500)
        return bad("wedge_max_gap_ms", QStringLiteral("must be 5..500"));
    c.wedgeMinLength = s.value(QStringLiteral("devices/wedge_min_length"), c.wedgeMinLength).toInt(&ok);
    if (!ok || c.wedgeMinLength < 1)
        return bad("wedge_min_length", QStringLiteral("must be at least 1"));
    return c;
}

Status DeviceConfig::save(const QString& configPath) const
{
    QSettings s(configPath, QSettings::IniFormat);
    s.beginGroup(QStringLiteral("devices"));
    s.setValue(QStringLiteral("simulate"), simulate);
    s.setValue(QStringLiteral("scale"), scale);
    s.setValue(QStringLiteral("scale_port"), scalePort);
    s.setValue(QStringLiteral("scale_protocol"), scaleProtocol);
    s.setValue(QStringLiteral("scale_baud"), scaleBaud);
    s.setValue(QStringLiteral("stable_readings"), stableReadings);
    s.setValue(QStringLiteral("stable_tolerance_g"), stableToleranceGrams);
    s.setValue(QStringLiteral("scanner"), scanner);
    s.setValue(QStringLiteral("scanner_port"), scannerPort);
    s.setValue(QStringLiteral("keyboard_scanners"), keyboardScanners);
    // The escaped form load() expects ("\\r\\n"), so the file stays readable and editable by hand.
    QByteArray suffix = scannerSuffix;
    suffix.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t");
    s.setValue(QStringLiteral("scanner_suffix"), QString::fromLatin1(suffix));
    s.setValue(QStringLiteral("wedge_max_gap_ms"), wedgeMaxGapMs);
    s.setValue(QStringLiteral("wedge_min_length"), wedgeMinLength);
    s.endGroup();
    s.sync();
    if (s.status() != QSettings::NoError)
        return Error{QStringLiteral("config.write"),
                     QCoreApplication::translate("DeviceConfig", "%1: the device settings cannot be written "
                                                                 "(check the file permissions)")
                         .arg(configPath)};
    return {};
}

} // namespace pc::services
