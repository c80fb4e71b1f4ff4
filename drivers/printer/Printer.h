#pragma once
// A printer as the print queue sees it: a name, a status and a blocking print. Implementations talk
// USB, CUPS or write files (simulated). Calls block (I/O with timeouts): call them off the GUI thread.
// An implementation is used by one thread at a time.
#include "PrintJob.h"
#include "PrinterResult.h"
#include "PrinterState.h"

namespace pc::drivers {

class Printer {
public:
    virtual ~Printer() = default;
    virtual QString name() const = 0;
    virtual QString kind() const = 0; // "usb", "cups", "sim"
    virtual PrinterResult<PrinterState> status() = 0;
    // Delivers the job. PrinterError codes: printer.paper_out, printer.offline, printer.not_ready,
    // printer.not_found, printer.not_accepting, printer.stopped, printer.job_cancelled,
    // printer.job_aborted, usb.unplugged, usb.stall, usb.timeout, usb.io, cups.error.
    virtual PrinterStatus print(const PrintJob& job) = 0;
};

// The error code for a printer that cannot print in this state (paper out beats offline, …).
PrinterError notReadyError(const QString& printer, const PrinterState& state);

} // namespace pc::drivers
