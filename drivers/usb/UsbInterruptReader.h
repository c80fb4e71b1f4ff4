#pragma once
// Opens one USB device, takes the interface from the kernel driver (re-attached on close), and keeps
// an interrupt IN transfer running. Each report is copied and emitted with its arrival time; an
// unplug ends the reads with disconnected(). Completions run on the UsbContext's event thread.
#include <QByteArray>
#include <QObject>
#include <atomic>

struct libusb_context;
struct libusb_device_handle;
struct libusb_transfer;

namespace pc::drivers {

class UsbInterruptReader : public QObject {
    Q_OBJECT
public:
    explicit UsbInterruptReader(libusb_context* ctx, QObject* parent = nullptr);
    ~UsbInterruptReader() override;

    // path /dev/bus/usb/BBB/DDD; endpoint 0 = the first interrupt IN endpoint of the interface.
    bool open(const QString& path, int interfaceNumber = 0, unsigned char endpoint = 0);
    void close();
    bool isOpen() const { return m_handle != nullptr; }
    QString errorString() const { return m_error; }
    bool kernelDriverWasDetached() const { return m_detached; }

signals:
    void report(const QByteArray& bytes, qint64 timestampMs);
    void disconnected();
    void readError(const QString& message);

private:
    static void transferDone(libusb_transfer* t);

    libusb_context* m_ctx;
    libusb_device_handle* m_handle = nullptr;
    libusb_transfer* m_transfer = nullptr;
    unsigned char m_buf[64] = {};
    int m_interface = 0;
    bool m_detached = false;
    std::atomic<bool> m_inFlight{false};
    std::atomic<bool> m_closing{false};
    QString m_error;
};

} // namespace pc::drivers
