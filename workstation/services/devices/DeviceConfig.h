#pragma once
// Device settings, the [devices] group of the configuration file; every key with its default here.
//   devices/simulate=false          simulated scanner and scale (true in --demo)
//   devices/scale=auto              auto | none | serial   (auto: a supported USB HID scale)
//   devices/scale_port=             /dev/serial/by-id/… for a serial scale
//   devices/scale_protocol=sics     sics | 8217 | cas | cas-enq | massak | massak-legacy
//   devices/scale_baud=9600
//   devices/stable_readings=3       for scales that do not report stability
//   devices/stable_tolerance_g=2
//   devices/scanner=auto            auto | none | wedge | serial
//   devices/scanner_port=           serial / USB-CDC scanner
//   devices/keyboard_scanners=      VID:PID list (hex, comma-separated) claimed as boot-keyboard scanners
//   devices/scanner_suffix=\r       terminator of a serial scan ("\r", "\r\n", "\t")
//   devices/wedge_max_gap_ms=40     keyboard-wedge burst: max gap between characters
//   devices/wedge_min_length=6      keyboard-wedge burst: minimum characters
#include "domain/Result.h"

#include <QByteArray>
#include <QString>

namespace pc::services {

struct DeviceConfig {
    bool simulate = false;
    QString scale = QStringLiteral("auto");
    QString scalePort;
    QString scaleProtocol = QStringLiteral("sics");
    int scaleBaud = 9600;
    int stableReadings = 3;
    double stableToleranceGrams = 2.0;
    QString scanner = QStringLiteral("auto");
    QString scannerPort;
    QByteArray scannerSuffix = QByteArrayLiteral("\r");
    QString keyboardScanners; // "0c2e:0b61,05e0:1200"
    int wedgeMaxGapMs = 40;
    int wedgeMinLength = 6;

    // A missing file or key gives the default; a bad value is an error naming the key.
    static Result<DeviceConfig> load(const QString& configPath);
    // Writes the [devices] keys exactly as load() reads them; other groups of the file are kept.
    Status save(const QString& configPath) const;
};

} // namespace pc::services
