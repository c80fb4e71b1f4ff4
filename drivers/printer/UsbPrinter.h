#pragma once
// A label or receipt printer on USB: the transport is opened per job (a re-plugged printer simply
// works for the next job), status is queried in the printer's own language when it has a bulk IN.
#include "Printer.h"
#include "UsbPrinterTransport.h"

namespace pc::drivers {

class UsbPrinter : public Printer {
public:
    UsbPrinter(QString name, UsbPrinterAddress address, PrintLanguage language,
               UsbTransportOptions options = {});
    QString name() const override { return m_name; }
    QString kind() const override { return QStringLiteral("usb"); }
    PrinterResult<PrinterState> status() override;
    PrinterStatus print(const PrintJob& job) override;
    void setStatusTimeoutMs(int ms) { m_statusTimeoutMs = ms; }

private:
    PrinterResult<PrinterState> queryStatus(UsbPrinterTransport& t);

    QString m_name;
    UsbPrinterAddress m_address;
    PrintLanguage m_language;
    UsbTransportOptions m_options;
    int m_statusTimeoutMs = 1000;
};

} // namespace pc::drivers
