#pragma once
// A USB printer-class interface (class 7) through libusb: bulk OUT for data in chunks with a timeout
// each, bulk IN (when the interface has one) for status answers. The kernel's usblp driver is
// detached while we own the interface and re-attached when we let go. Blocking: use off the GUI thread.
#include "PrinterResult.h"

#include <QByteArray>
#include <QString>
#include <memory>

struct libusb_context;
struct libusb_device_handle;

namespace pc::drivers {

struct UsbPrinterAddress {
    quint16 vendorId = 0;
    quint16 productId = 0; // 0 = any product of the vendor with a printer interface
    int bus = -1;          // with address: one particular device when two identical are attached
    int address = -1;
};

struct UsbTransportOptions {
    int chunkSize = 16 * 1024;
    int writeTimeoutMs = 5000; // per chunk: a printer out of paper stops taking data
};

class UsbPrinterTransport {
public:
    // PrinterError codes: usb.unavailable (libusb), usb.not_found, usb.no_printer_interface, usb.access,
    // usb.busy.
    static PrinterResult<std::unique_ptr<UsbPrinterTransport>> open(const UsbPrinterAddress& address,
                                                                    UsbTransportOptions options = {});
    ~UsbPrinterTransport();
    UsbPrinterTransport(const UsbPrinterTransport&) = delete;
    UsbPrinterTransport& operator=(const UsbPrinterTransport&) = delete;

    // All bytes or an error (usb.unplugged, usb.stall, usb.timeout, usb.io) whose message says how
    // many bytes went out; bytesWritten() has the count too.
    PrinterStatus write(const QByteArray& data);
    qint64 bytesWritten() const { return m_written; }
    // Up to maxBytes from bulk IN; empty when nothing arrived within timeoutMs (no answer).
    PrinterResult<QByteArray> read(int maxBytes, int timeoutMs);
    bool hasStatusChannel() const { return m_in != 0; }
    int interfaceNumber() const { return m_interface; }

private:
    UsbPrinterTransport() = default;
    PrinterError transferError(int rc, const QString& what) const;

    libusb_context* m_ctx = nullptr;
    libusb_device_handle* m_handle = nullptr;
    int m_interface = -1;
    unsigned char m_out = 0;
    unsigned char m_in = 0;
    bool m_reattach = false;
    qint64 m_written = 0;
    UsbTransportOptions m_options;
};

} // namespace pc::drivers
