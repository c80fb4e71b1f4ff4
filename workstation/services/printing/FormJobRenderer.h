#pragma once
// A print job recorded as a form and its JSON data is rendered here, on the print thread, for the
// printer it goes to: its language and resolution decide the bytes, so a label reprinted on another
// printer (a ZPL thermal printer instead of a PDF office queue) comes out right.
#include "PrinterRegistry.h"
#include "db/printqueue/PrintQueueRepository.h"
#include "drivers/printer/PrintJob.h"

namespace pc::services {

// The entry's own bytes when it has them; otherwise its form rendered for `output`. A cash receipt
// whose data says "open_drawer" gets the ESC/POS drawer kick after it.
Result<drivers::PrintJob> printJobFor(const db::PrintQueueEntry& entry, const PrinterOutput& output);

// Renders a recorded job for `output` and writes it as DIR/baseName.<ext> (pdf, zpl, tspl, bin, png).
// The file name written, relative to dir.
Result<QString> writePrintJobFile(const db::Connection& c, qint64 jobId, const QString& dir,
                                  const QString& baseName, const PrinterOutput& output = {});

} // namespace pc::services
