#include "ClerkMessages.h"

#include <QCoreApplication>

namespace pc::services {

namespace {} // namespace

QString clerkPrintMessage(const QString& code, const QString& printer)
{
    QString m;
    if (code == u"printer.paper_out")
        m = QCoreApplication::translate("PrintQueue",
                                        "Printer %1 is out of paper. Load paper, then press Retry.");
    else if (code == u"printer.ribbon_out")
        m = QCoreApplication::translate(
            "PrintQueue", "Printer %1 is out of ribbon or toner. Replace it, then press Retry.");
    else if (code == u"printer.cover_open")
        m = QCoreApplication::translate(
            "PrintQueue", "The cover or print head of printer %1 is open. Close it, then press Retry.");
    else if (code == u"printer.paused")
        m = QCoreApplication::translate(
            "PrintQueue", "Printer %1 is paused. Press its pause or feed button, then press Retry.");
    else if (code == u"printer.offline" || code == u"usb.not_found")
        m = QCoreApplication::translate(
            "PrintQueue",
            "Printer %1 is switched off or not connected. Check its power and cable, then press Retry.");
    else if (code == u"usb.unplugged")
        m = QCoreApplication::translate(
            "PrintQueue",
            "Printer %1 was disconnected while printing. Reconnect it and press Retry, or reprint on another "
            "printer.");
    else if (code == u"usb.timeout" || code == u"printer.timeout")
        m = QCoreApplication::translate(
            "PrintQueue", "Printer %1 stopped responding. Check the paper and the cover, then press Retry.");
    else if (code == u"usb.stall")
        m = QCoreApplication::translate(
            "PrintQueue", "Printer %1 refused the document. Switch it off and on again, then press Retry.");
    else if (code == u"usb.access" || code == u"usb.busy")
        m = QCoreApplication::translate(
            "PrintQueue",
            "This workstation cannot use printer %1 (in use by another program or no permission). Call the "
            "administrator.");
    else if (code == u"printer.not_found" || code == u"print.no_printer")
        m = QCoreApplication::translate(
            "PrintQueue",
            "There is no printer called %1. Reprint on another printer or call the administrator.");
    else if (code == u"printer.not_accepting" || code == u"printer.stopped")
        m = QCoreApplication::translate(
            "PrintQueue", "Printer %1 is stopped in the print system. Reprint on another printer or call the "
                          "administrator.");
    else if (code == u"printer.job_cancelled")
        m = QCoreApplication::translate(
            "PrintQueue", "The print job on printer %1 was cancelled. Press Retry to print it again.");
    else if (code == u"cups.unavailable")
        m = QCoreApplication::translate(
            "PrintQueue",
            "The print system is not running, printer %1 cannot be reached. Call the administrator.");
    else
        m = QCoreApplication::translate(
            "PrintQueue",
            "The document could not be printed on printer %1. Press Retry, reprint on another printer, or "
            "call "
            "the administrator.");
    return m.arg(printer);
}

} // namespace pc::services
