#pragma once
// First-run setup of a counter: the office, the counter number, identifier ranges, printers by role
// and the tracking endpoint, validated value by value and written to the configuration file. One
// implementation for `postcounter-cli setup` (scripted deployment) and the GUI's setup wizard.
#include "domain/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace pc::services {

// A document role printed on a CUPS queue: "label=Zebra_GK420[:zpl]".
struct PrinterRole {
    QString role;  // label | receipt | form
    QString queue; // CUPS queue name
    QString
        language; // zpl | tspl | escpos | pdf; by role when not given (label zpl, receipt escpos, form pdf)
};

struct SetupRequest {
    QString officePostcode; // 6 digits
    QString officeName;
    QString officeRegion; // optional
    QString counterId;    // 1..999
    QString counterName;  // optional: "Окно N"
    QStringList ranges;   // RangeSpec.h
    QString trackingUrl;  // optional: https://… (http only to this computer)
    QString trackingToken;
    QList<PrinterRole> printers;
};

Result<PrinterRole> parsePrinterRole(const QString& spec);

// The first problem, with a code naming the value (setup.bad_postcode, setup.bad_counter, …).
Status validateSetup(const SetupRequest& request);

// Validates, then writes the keys of the request into configPath (created if missing; every other key
// is kept; the file keeps its group, so /etc/postcounter/postcounter.conf stays readable by the
// postcounter group). Nothing is written when a value is invalid.
Status writeSetup(const QString& configPath, const SetupRequest& request);

// The `postcounter-cli setup` arguments that write the same request (what an admin runs as root when
// the wizard cannot write the system configuration). The token is left out: it is typed, not shown.
QStringList setupCommandArguments(const SetupRequest& request);

} // namespace pc::services
