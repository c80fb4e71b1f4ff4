#pragma once
// A scanner on a serial / USB-CDC port: one barcode per line ending in the configured suffix.
// Lives on the DeviceManager thread.
#include "drivers/core/Scanner.h"
#include "drivers/scale/SerialFramer.h"

#include <QSerialPort>

namespace pc::drivers {

class SerialScanner : public Scanner {
    Q_OBJECT
public:
    struct Options {
        QString port;
        int baud = 9600;
        QByteArray suffix = QByteArrayLiteral("\r");
        QString model = QStringLiteral("Serial scanner");
    };
    explicit SerialScanner(Options options, QObject* parent = nullptr);
    ~SerialScanner() override;

    DeviceInfo info() const override;
    bool open();
    void close();
    bool isOpen() const { return m_port.isOpen(); }
    void markAbsent() { setState(DeviceState::Absent, tr("%1 is not present").arg(m_opt.port)); }
    int rejectedFrames() const { return m_rejected; }

private:
    void onReadyRead();
    void onPortError(QSerialPort::SerialPortError e);

    Options m_opt;
    SerialFramer m_framer;
    QSerialPort m_port;
    int m_rejected = 0;
};

} // namespace pc::drivers
