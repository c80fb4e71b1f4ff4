// Scanner decoders from hand-built reports: HID usage ids from the HID Usage Tables (keyboard page
// 0x07: a=0x04, 1=0x1E, 0=0x27, Enter=0x28, Tab=0x2B; left shift = modifier bit 1).
#include "HexBytes.h"
#include "drivers/scanner/HidKeyboardDecoder.h"
#include "drivers/scanner/HidPosScannerDecoder.h"
#include "drivers/scanner/SerialScanDecoder.h"

#include <QTest>

using namespace pc::drivers;
Q_DECLARE_METATYPE(pc::drivers::DecodeErrc)

namespace {
QByteArray key(std::uint8_t mods, std::uint8_t usage)
{
    QByteArray r(8, '\0');
    r[0] = static_cast<char>(mods);
    r[2] = static_cast<char>(usage);
    return r;
}
const QByteArray kUp(8, '\0');

// Press + release per character, as scanners send them.
QByteArray typed(std::initializer_list<std::pair<std::uint8_t, std::uint8_t>> keys)
{
    QByteArray out;
    for (auto [m, u] : keys)
        out += key(m, u) + kUp;
    return out;
}

QByteArray posReport(const QByteArray& data, std::uint8_t sym = 0x43, bool more = false)
{
    QByteArray r(64, '\0');
    r[0] = 0x02;
    r[1] = static_cast<char>(data.size());
    r.replace(2, data.size(), data);
    r[62] = static_cast<char>(sym);
    r[63] = more ? 1 : 0;
    return r;
}

QByteArray honeywellReport(const QByteArray& aim, const QByteArray& data, bool more = false)
{
    QByteArray r(64, '\0');
    r[0] = 0x02;
    r[1] = static_cast<char>(data.size());
    r.replace(2, 3, aim);
    r.replace(5, data.size(), data);
    r[62] = more ? 1 : 0;
    return r;
}
} // namespace

class TestScannerDecoders : public QObject {
    Q_OBJECT
private slots:
    void keyboard_data()
    {
        QTest::addColumn<QByteArray>("reports");
        QTest::addColumn<QString>("text");
        QTest::newRow("Hello1 enter")
            << typed({{0x02, 0x0B}, {0, 0x08}, {0, 0x0F}, {0, 0x0F}, {0, 0x12}, {0, 0x1E}, {0, 0x28}})
            << "Hello1";
        QTest::newRow("digits 8005 0")
            << typed({{0, 0x25}, {0, 0x27}, {0, 0x27}, {0, 0x22}, {0, 0x27}, {0, 0x28}}) << "80050";
        QTest::newRow("S10 RA123 right shift")
            << typed({{0x20, 0x15}, {0x20, 0x04}, {0, 0x1E}, {0, 0x1F}, {0, 0x20}}) << "RA123";
        QTest::newRow("punctuation")
            << typed({{0, 0x2D}, {0x02, 0x2D}, {0, 0x37}, {0, 0x38}, {0x02, 0x1F}, {0, 0x2C}}) << "-_./@ ";
        QTest::newRow("ctrl+d stays a control char")
            << typed({{0, 0x04}, {0x01, 0x07}, {0, 0x05}}) << QStringLiteral("a\x04" "b");
        QTest::newRow("tab terminates") << typed({{0, 0x1E}, {0, 0x2B}, {0, 0x1F}}) << "1";
        QTest::newRow("text after enter ignored") << typed({{0, 0x1E}, {0, 0x28}, {0, 0x1F}}) << "1";
        QTest::newRow("held key no repeat") << (key(0, 0x1E) + key(0, 0x1E) + kUp + key(0, 0x1E)) << "11";
        // Two keys pressed in one report come out in slot order.
        QTest::newRow("two keys one report") << QByteArray(hex("00001E1F00000000")) << "12";
        QTest::newRow("keypad digits") << typed({{0, 0x59}, {0, 0x62}, {0, 0x58}}) << "10";
    }
    void keyboard()
    {
        QFETCH(QByteArray, reports);
        QFETCH(QString, text);
        const auto r = decodeBootKeyboardReports(bytesOf(reports));
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message()));
        QCOMPARE(*r, text);
    }
    void keyboardBad_data()
    {
        QTest::addColumn<QByteArray>("reports");
        QTest::addColumn<DecodeErrc>("error");
        QTest::newRow("empty") << QByteArray() << DecodeErrc::Truncated;
        QTest::newRow("7 bytes") << hex("00001E00000000") << DecodeErrc::Truncated;
        QTest::newRow("9 bytes") << hex("00001E000000000000") << DecodeErrc::Truncated;
        QTest::newRow("rollover") << hex("0000010101010101") << DecodeErrc::DeviceError;
        QTest::newRow("F1 key") << hex("00003A0000000000") << DecodeErrc::BadValue;
    }
    void keyboardBad()
    {
        QFETCH(QByteArray, reports);
        QFETCH(DecodeErrc, error);
        const auto r = decodeBootKeyboardReports(bytesOf(reports));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, error);
    }

    void hidPos()
    {
        const auto r = decodeHidPosReport(bytesOf(posReport("80085001234567", 0x43)));
        QVERIFY(r.ok());
        QCOMPARE(r->data, QByteArray("80085001234567"));
        QCOMPARE(r->symbology, QStringLiteral("newland:0x43"));
        QVERIFY(!r->more);

        const auto h = decodeHidPosReport(bytesOf(honeywellReport("]C0", "RA123456785RU")));
        QVERIFY(h.ok());
        QCOMPARE(h->data, QByteArray("RA123456785RU"));
        QCOMPARE(h->symbology, QStringLiteral("]C0"));

        // Continued reports are joined.
        const QByteArray two = posReport(QByteArray(56, 'A'), 0x51, true) + posReport("BC", 0x51);
        const auto joined = decodeHidPosReports(bytesOf(two));
        QVERIFY(joined.ok());
        QCOMPARE(*joined, QString(56, u'A') + QStringLiteral("BC"));
    }
    void hidPosBad_data()
    {
        QTest::addColumn<QByteArray>("report");
        QTest::addColumn<DecodeErrc>("error");
        QByteArray longLen = posReport("x");
        longLen[1] = static_cast<char>(200);
        QByteArray honeyLong = honeywellReport("]C0", "x");
        honeyLong[1] = 56;
        QTest::newRow("empty") << QByteArray() << DecodeErrc::Truncated;
        QTest::newRow("wrong report id") << hex("0103313233") << DecodeErrc::BadHeader;
        QTest::newRow("length 200") << longLen << DecodeErrc::BadLength;
        QTest::newRow("honeywell length 56") << honeyLong << DecodeErrc::BadLength;
        QTest::newRow("shorter than length") << hex("020A3132") << DecodeErrc::Truncated;
        QTest::newRow("65 bytes") << QByteArray(posReport("1") + '\0') << DecodeErrc::Truncated;
        QTest::newRow("continued never ends") << posReport("1", 0x43, true) << DecodeErrc::Truncated;
        QTest::newRow("half report") << QByteArray(posReport("1", 0x43, true) + posReport("2").left(10))
                                     << DecodeErrc::Truncated;
    }
    void hidPosBad()
    {
        QFETCH(QByteArray, report);
        QFETCH(DecodeErrc, error);
        const auto r = report.size() > 64 && report.size() % 64 == 0 ? decodeHidPosReports(bytesOf(report))
                                                                     : decodeHidPosReports(bytesOf(report));
        if (report.size() == 64 && report[63] == 1) {
            HidPosAssembler a;
            const auto s = a.feed(bytesOf(report));
            QVERIFY(s.ok());
            QVERIFY(a.pending()); // not a scan until the last report
            return;
        }
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, error);
    }

    void serialLine()
    {
        QCOMPARE(*decodeSerialScanLine("80085001234567\r\n", "\r\n"), QStringLiteral("80085001234567"));
        QCOMPARE(decodeSerialScanLine("\r\n", "\r\n").error().code, DecodeErrc::Truncated);
        QCOMPARE(decodeSerialScanLine(QByteArray(5000, '1'), "\r").error().code, DecodeErrc::BadLength);
    }
};

QTEST_GUILESS_MAIN(TestScannerDecoders)
#include "tst_ScannerDecoders.moc"
