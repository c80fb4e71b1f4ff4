#pragma once
// A scale on a serial port (RS-232, USB-serial, USB-CDC) speaking one of ScaleProtocols. Polls when
// the protocol needs it; a silence longer than the timeout is a fault; frames that fail to decode are
// counted and dropped, never turned into a weight. Lives on the DeviceManager thread.
#include "ScaleProtocols.h"
#include "drivers/core/Scale.h"

#include <QSerialPort>
#include <QTimer>

namespace pc::drivers {

class SerialScale : public Scale {
    Q_OBJECT
public:
    struct Options {
        QString port; // /dev/ttyUSB0, /dev/serial/by-id/…, a pty
        ScaleProtocol protocol = ScaleProtocol::Sics;
        int baud = 9600;
        int pollMs = 200;     // period of the weight request (polled protocols)
        int timeoutMs = 1500; // no valid frame for this long: fault
        QString model = QStringLiteral("Serial scale");
    };
    explicit SerialScale(Options options, QObject* parent = nullptr);
    ~SerialScale() override;

    DeviceInfo info() const override;
    bool zero() override;
    bool tare() override;

    bool open(); // false with state Error and the reason in the detail
    void close();
    bool isOpen() const { return m_port.isOpen(); }
    void markAbsent() { setState(DeviceState::Absent, tr("%1 is not present").arg(m_opt.port)); }
    int badFrames() const { return m_badFrames; }
    int goodFrames() const { return m_goodFrames; }

private:
    void onReadyRead();
    void onPortError(QSerialPort::SerialPortError e);
    void onTimeout();
    void poll();
    QList<QByteArray> frames(const QByteArray& bytes);
    QByteArray casEnqHandshake(QByteArray bytes);

    // CAS ENQ protocol: ENQ sent → ACK awaited → DC1 sent → frame awaited → idle.
    enum class EnqStep { Idle, AwaitAck, AwaitFrame };

    Options m_opt;
    SerialScaleCommands m_cmd;
    SerialFramer m_framer;
    QByteArray m_legacy; // Massa-K legacy: `55 AA mLo mHi sign` twice, no terminator
    QSerialPort m_port;
    QTimer m_pollTimer;
    QTimer m_watchdog;
    int m_badFrames = 0;
    int m_goodFrames = 0;
    EnqStep m_enqStep = EnqStep::Idle;
    qint64 m_enqStepMs = 0;
};

} // namespace pc::drivers
