// The serial scale and scanner drivers against a scripted peer on a pseudo-terminal pair: answers,
// garbage, silence, checksum errors, zero/tare commands, and a port that goes away and comes back
// under DeviceManager + DeviceHub. Expected frames are written out from HARDWARE.md by hand.
#include "PtyPeer.h"
#include "drivers/scale/SerialScale.h"
#include "drivers/scanner/SerialScanner.h"
#include "drivers/usb/DeviceManager.h"
#include "services/devices/DeviceHub.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace pc::drivers;
using pc::services::DeviceConfig;
using pc::services::DeviceHub;

namespace {
SerialScale::Options scaleOn(const PtyPeer& peer, ScaleProtocol p, int timeoutMs = 1500)
{
    SerialScale::Options o;
    o.port = peer.slavePath();
    o.protocol = p;
    o.pollMs = 50;
    o.timeoutMs = timeoutMs;
    return o;
}
ScaleReading readingAt(const QSignalSpy& spy, qsizetype i)
{
    return spy.at(i).at(0).value<ScaleReading>();
}
// Massa-K 0x24 reply: weight 15 divisions of 1 g, stable; CRC 0x427D is HARDWARE.md's test vector.
const QByteArray kMassaK15g = QByteArray::fromHex("f855ce0d00" // sync, length 13
                                                  "240f00000001010000000000"
                                                  "00" // body
                                                  "7d42");
} // namespace

class TestSerialDevices : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { qRegisterMetaType<ScaleReading>(); }

    void sicsAnswersBecomeReadings()
    {
        PtyPeer peer;
        QVERIFY(peer.isOpen());
        peer.onRequest("SI\r\n", "S S      1.234 kg\r\n");
        SerialScale scale(scaleOn(peer, ScaleProtocol::Sics));
        QSignalSpy readings(&scale, &Scale::reading);
        QVERIFY(scale.open());
        QTRY_VERIFY_WITH_TIMEOUT(readings.count() >= 1, 3000);
        QCOMPARE(readingAt(readings, 0).wholeGrams(), 1234);
        QCOMPARE(readingAt(readings, 0).state, ScaleState::Stable);
        QCOMPARE(scale.state(), DeviceState::Ready);
        QVERIFY(peer.written().startsWith("SI\r\n")); // the poll is MT-SICS "SI" CR LF

        peer.onRequest("SI\r\n", "S D      0.120 kg\r\n"); // dynamic: in motion
        readings.clear();
        QTRY_VERIFY_WITH_TIMEOUT(readings.count() >= 1, 3000);
        QCOMPARE(readingAt(readings, 0).wholeGrams(), 120);
        QCOMPARE(readingAt(readings, 0).state, ScaleState::InMotion);
    }

    void garbageIsCountedNeverAWeight()
    {
        PtyPeer peer;
        peer.onRequest("SI\r\n", "#%&garbage 12.3\r\nS S  abc kg\r\n");
        SerialScale scale(scaleOn(peer, ScaleProtocol::Sics));
        QSignalSpy readings(&scale, &Scale::reading);
        QVERIFY(scale.open());
        QTRY_VERIFY_WITH_TIMEOUT(scale.badFrames() >= 4, 3000);
        for (const auto& args : readings) // only a timeout fault may appear, never a weight
            QVERIFY(!args.at(0).value<ScaleReading>().hasWeight);
        QCOMPARE(scale.goodFrames(), 0);
    }

    void silenceIsAFault()
    {
        PtyPeer peer; // answers nothing
        SerialScale scale(scaleOn(peer, ScaleProtocol::Sics, 300));
        QSignalSpy readings(&scale, &Scale::reading);
        QVERIFY(scale.open());
        QTRY_COMPARE_WITH_TIMEOUT(scale.state(), DeviceState::Error, 3000);
        QVERIFY(readings.count() >= 1);
        QCOMPARE(readingAt(readings, 0).state, ScaleState::Fault);
        QVERIFY(!readingAt(readings, 0).hasWeight);

        peer.onRequest("SI\r\n", "S S      0.500 kg\r\n"); // the scale wakes up again
        QTRY_COMPARE_WITH_TIMEOUT(scale.state(), DeviceState::Ready, 3000);
    }

    void massaKChecksumErrorsAreRejected()
    {
        PtyPeer peer;
        QByteArray corrupt = kMassaK15g;
        corrupt[corrupt.size() - 1] = '\x43'; // CRC high byte off by one
        // Get weight = F8 55 CE 01 00 23 23 00 (HARDWARE.md).
        peer.onRequest(QByteArray::fromHex("f855ce0100232300"), corrupt);
        SerialScale scale(scaleOn(peer, ScaleProtocol::MassaK));
        QSignalSpy readings(&scale, &Scale::reading);
        QVERIFY(scale.open());
        QTRY_VERIFY_WITH_TIMEOUT(scale.badFrames() >= 2, 3000);
        QCOMPARE(scale.goodFrames(), 0);
        for (const auto& args : readings)
            QVERIFY(!args.at(0).value<ScaleReading>().hasWeight);

        peer.onRequest(QByteArray::fromHex("f855ce0100232300"), kMassaK15g);
        readings.clear();
        QTRY_VERIFY_WITH_TIMEOUT(readings.count() >= 1, 3000);
        QCOMPARE(readingAt(readings, 0).wholeGrams(), 15);
        QCOMPARE(readingAt(readings, 0).state, ScaleState::Stable);
    }

    // Older Massa-K: unsolicited `55 AA mLo mHi sign` twice, no stability flag; the hub offers the
    // weight after stable_readings consistent readings.
    void massaKLegacyThroughHub()
    {
        PtyPeer peer;
        DeviceConfig cfg;
        cfg.scale = QStringLiteral("serial");
        cfg.scalePort = peer.slavePath();
        cfg.scaleProtocol = QStringLiteral("massak-legacy");
        cfg.scanner = QStringLiteral("none");
        cfg.stableReadings = 3;
        DeviceHub hub(cfg);
        QSignalSpy offered(&hub, &DeviceHub::weightOffered);
        hub.start();
        QTRY_COMPARE_WITH_TIMEOUT(hub.devices().size(), 1, 3000);
        const QByteArray g500 = QByteArray::fromHex("55aaf40100"); // 0x01F4 = 500 g
        peer.send(QByteArray::fromHex("0102") + g500 + g500);      // leading noise, then a reading
        QTest::qWait(50);
        QCOMPARE(offered.count(), 0); // one reading is not yet stable
        peer.send(g500 + g500);
        peer.send(g500 + g500);
        QTRY_COMPARE_WITH_TIMEOUT(offered.count(), 1, 3000);
        QCOMPARE(offered[0][0].value<ScaleReading>().wholeGrams(), 500);
    }

    void mt8217PollAndCommands()
    {
        PtyPeer peer;
        peer.onRequest("W", QByteArray::fromHex("022020312e3233340d")); // STX "  1.234" CR = 1.234 kg
        SerialScale scale(scaleOn(peer, ScaleProtocol::Mt8217));
        QSignalSpy readings(&scale, &Scale::reading);
        QVERIFY(scale.open());
        QTRY_VERIFY_WITH_TIMEOUT(readings.count() >= 1, 3000);
        QCOMPARE(readingAt(readings, 0).wholeGrams(), 1234);
        peer.clearWritten();
        QVERIFY(scale.zero());
        QVERIFY(scale.tare());
        QTRY_VERIFY_WITH_TIMEOUT(peer.written().contains("Z") && peer.written().contains("T"), 3000);
    }

    void zeroAndTareCommandsPerProtocol()
    {
        PtyPeer peer;
        SerialScale sics(scaleOn(peer, ScaleProtocol::Sics));
        QVERIFY(sics.open());
        QTRY_VERIFY_WITH_TIMEOUT(peer.written().contains("SI\r\n"), 3000);
        QVERIFY(sics.zero());
        QVERIFY(sics.tare());
        QTRY_VERIFY_WITH_TIMEOUT(peer.written().contains("Z\r\n"), 3000);
        QTRY_VERIFY_WITH_TIMEOUT(peer.written().contains("T\r\n"), 3000);
        sics.close();

        PtyPeer mk;
        SerialScale massak(scaleOn(mk, ScaleProtocol::MassaK));
        QVERIFY(massak.open());
        QVERIFY(massak.zero());
        // Set zero 0x72: CRC of the one-byte body by the documented routine is 0x0072.
        QTRY_VERIFY_WITH_TIMEOUT(mk.written().contains(QByteArray::fromHex("f855ce0100727200")), 3000);
        QVERIFY(!massak.tare()); // Protocol 100 has no tare command in what HARDWARE.md documents

        PtyPeer cas;
        SerialScale casScale(scaleOn(cas, ScaleProtocol::Cas));
        QVERIFY(casScale.open());
        QVERIFY(!casScale.zero()); // streaming header format: no remote zero
    }

    // CAS ENQ protocol (HARDWARE.md): ENQ → ACK, DC1 → SOH STX S + " 1.500" kg BCC ETX EOT. BCC is the
    // XOR of 'S' '+' ' ' '1' '.' '5' '0' '0' 'k' 'g', worked out by hand: 0x7E.
    void casEnqAnswer()
    {
        PtyPeer peer;
        peer.onRequest("\x05", "\x06");
        peer.onRequest("\x11", QByteArray::fromHex("0102532b20312e3530306b677e0304"));
        SerialScale scale(scaleOn(peer, ScaleProtocol::CasEnq));
        QSignalSpy readings(&scale, &Scale::reading);
        QVERIFY(scale.open());
        QTRY_VERIFY_WITH_TIMEOUT(readings.count() >= 2, 3000);
        QCOMPARE(readingAt(readings, 0).wholeGrams(), 1500);
        QCOMPARE(readingAt(readings, 0).state, ScaleState::Stable);
        QCOMPARE(scale.state(), DeviceState::Ready);
        QCOMPARE(scale.badFrames(), 0);
        QVERIFY(peer.written().startsWith("\x05\x11\x05\x11")); // ENQ, DC1 after the ACK, next poll
        QVERIFY(!scale.zero());                                 // no remote zero in this protocol
    }

    void casEnqBadBccIsRejected()
    {
        PtyPeer peer;
        peer.onRequest("\x05", "\x06");
        peer.onRequest("\x11", QByteArray::fromHex("0102532b20312e3530306b677f0304")); // BCC 7F, not 7E
        SerialScale scale(scaleOn(peer, ScaleProtocol::CasEnq, 600));
        QSignalSpy readings(&scale, &Scale::reading);
        QVERIFY(scale.open());
        QTRY_VERIFY_WITH_TIMEOUT(scale.badFrames() >= 2, 3000);
        QTRY_VERIFY_WITH_TIMEOUT(readings.count() >= 1, 3000);
        for (qsizetype i = 0; i < readings.count(); ++i) // never a weight, only the fault
            QCOMPARE(readingAt(readings, i).state, ScaleState::Fault);
        QCOMPARE(scale.goodFrames(), 0);
    }

    void casEnqNoAckIsAFault()
    {
        PtyPeer peer; // silent: never acknowledges the ENQ
        SerialScale scale(scaleOn(peer, ScaleProtocol::CasEnq, 600));
        QSignalSpy readings(&scale, &Scale::reading);
        QVERIFY(scale.open());
        QTRY_VERIFY_WITH_TIMEOUT(readings.count() >= 1, 3000);
        QCOMPARE(readingAt(readings, 0).state, ScaleState::Fault);
        QCOMPARE(scale.state(), DeviceState::Error);
        QVERIFY(peer.written().startsWith("\x05"));
        QVERIFY(!peer.written().contains('\x11')); // no DC1 without an ACK
    }

    void serialScannerLines()
    {
        PtyPeer peer;
        SerialScanner::Options o;
        o.port = peer.slavePath();
        o.suffix = "\r\n";
        SerialScanner scanner(o);
        QSignalSpy scans(&scanner, &Scanner::scanned);
        QVERIFY(scanner.open());
        peer.send("RA123456785RU\r\n4650");
        peer.send("0000000011\r\n\r\n");
        QTRY_COMPARE_WITH_TIMEOUT(scans.count(), 2, 3000);
        QCOMPARE(scans[0][0].value<ScanResult>().text, QStringLiteral("RA123456785RU"));
        QCOMPARE(scans[1][0].value<ScanResult>().text, QStringLiteral("46500000000011"));
        QCOMPARE(scans[1][0].value<ScanResult>().source, QStringLiteral("serial"));
        QTRY_COMPARE_WITH_TIMEOUT(scanner.rejectedFrames(), 1, 3000); // the empty line
    }

    // DeviceManager on its own thread, DeviceHub on this one: readings arrive queued on the GUI
    // thread; the port disappears (cable pulled) and comes back under the same name.
    void managerFollowsPortAcrossUnplug()
    {
        QTemporaryDir dir;
        const QString link = dir.filePath(QStringLiteral("scale"));
        auto peer = std::make_unique<PtyPeer>();
        peer->onRequest("SI\r\n", "S S      2.000 kg\r\n");
        QVERIFY(QFile::link(peer->slavePath(), link));

        DeviceConfig cfg;
        cfg.scale = QStringLiteral("serial");
        cfg.scalePort = link;
        cfg.scaleProtocol = QStringLiteral("sics");
        cfg.scanner = QStringLiteral("none");
        DeviceHub hub(cfg);
        QSignalSpy offered(&hub, &DeviceHub::weightOffered);
        QSignalSpy changed(&hub, &DeviceHub::deviceChanged);
        bool onGuiThread = true;
        connect(&hub, &DeviceHub::scaleReading, this,
                [&] { onGuiThread = onGuiThread && QThread::currentThread() == thread(); });
        hub.start();
        QTRY_COMPARE_WITH_TIMEOUT(offered.count(), 1, 5000);
        QCOMPARE(offered[0][0].value<ScaleReading>().wholeGrams(), 2000);
        QVERIFY(onGuiThread);

        QFile::remove(link);
        peer->hangUp();
        QTRY_VERIFY_WITH_TIMEOUT(
            hub.devices().size() == 1 && hub.devices().first().state != DeviceState::Ready, 3000);

        peer = std::make_unique<PtyPeer>();
        peer->onRequest("SI\r\n", "S S      0.750 kg\r\n");
        QVERIFY(QFile::link(peer->slavePath(), link));
        QTRY_COMPARE_WITH_TIMEOUT(offered.count(), 2, 6000);
        QCOMPARE(offered[1][0].value<ScaleReading>().wholeGrams(), 750);
        QCOMPARE(hub.devices().size(), 1);
        QCOMPARE(hub.devices().first().state, DeviceState::Ready);
    }
};

QTEST_GUILESS_MAIN(TestSerialDevices)
#include "tst_SerialDevices.moc"
