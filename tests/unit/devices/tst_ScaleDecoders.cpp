// Every scale decoder from tables of hex frames. Expected weights come from HARDWARE.md's examples
// or are worked out by hand in the row's comment; CRCs and BCCs were computed outside this code
// (the Massa-K routine re-implemented independently reproduces the published vector 0x427D).
#include "HexBytes.h"
#include "drivers/scale/CasDecoder.h"
#include "drivers/scale/HidScaleDecoder.h"
#include "drivers/scale/MassaKDecoder.h"
#include "drivers/scale/Mt8217Decoder.h"
#include "drivers/scale/ScaleProtocols.h"
#include "drivers/scale/SicsDecoder.h"

#include <QTest>

using namespace pc::drivers;

Q_DECLARE_METATYPE(pc::drivers::ScaleState)
Q_DECLARE_METATYPE(pc::drivers::DecodeErrc)

class TestScaleDecoders : public QObject {
    Q_OBJECT
private:
    void addGood() const
    {
        QTest::addColumn<QString>("protocol");
        QTest::addColumn<QByteArray>("frame");
        QTest::addColumn<double>("grams");
        QTest::addColumn<ScaleState>("state");
    }
    void addBad() const
    {
        QTest::addColumn<QString>("protocol");
        QTest::addColumn<QByteArray>("frame");
        QTest::addColumn<DecodeErrc>("error");
    }

private slots:
    void good_data()
    {
        addGood();
        using S = ScaleState;
        // HID-POS: HARDWARE.md examples.
        QTest::newRow("hid 1000 g stable") << "hid-scale" << hex("030402 00 E803") << 1000.0 << S::Stable;
        // 0x1934 = 6452, exponent -1 → 645.2 oz × 28.349523125 g = 18291.112… g
        QTest::newRow("hid 645.2 oz") << "hid-scale" << hex("03040BFF3419") << 18291.1123 << S::Stable;
        // fixture scale3.ioctl: 0x14 = 20 g; in motion 0x10 = 16 g
        QTest::newRow("hid 20 g stable (fixture)") << "hid-scale" << hex("030402001400") << 20.0 << S::Stable;
        QTest::newRow("hid 16 g in motion") << "hid-scale" << hex("030302001000") << 16.0 << S::InMotion;
        QTest::newRow("hid stable at zero") << "hid-scale" << hex("030202000000") << 0.0 << S::Stable;
        // 0x00FA = 250, exponent -3 kg → 0.250 kg = 250 g
        QTest::newRow("hid kg exp -3") << "hid-scale" << hex("030403FDFA00") << 250.0 << S::Stable;
        // 2 lb exactly = 907.18474 g
        QTest::newRow("hid 2 lb") << "hid-scale" << hex("03040C000200") << 907.18474 << S::Stable;
        QTest::newRow("hid under zero 5 g") << "hid-scale" << hex("030502000500") << -5.0 << S::UnderZero;
        QTest::newRow("hid over capacity")
            << "hid-scale" << hex("03060200FFFF") << 65535.0 << S::OverCapacity;
        QTest::newRow("hid trailing pad ignored")
            << "hid-scale" << hex("0304020064000000") << 100.0 << S::Stable;

        QTest::newRow("sics stable kg")
            << "sics" << QByteArray("S S     1.234 kg\r\n") << 1234.0 << S::Stable;
        QTest::newRow("sics dynamic g") << "sics" << QByteArray("S D    120.5 g\r\n") << 120.5 << S::InMotion;
        QTest::newRow("sics SI stable") << "sics" << QByteArray("SI S 0.050 kg") << 50.0 << S::Stable;
        QTest::newRow("sics negative")
            << "sics" << QByteArray("S S    -0.012 kg\r\n") << -12.0 << S::UnderZero;
        QTest::newRow("sics sign apart")
            << "sics" << QByteArray("S D -   0.012 kg\r\n") << -12.0 << S::InMotion;
        QTest::newRow("sics tabs") << "sics" << QByteArray("S\tS\t2.000\tkg\r\n") << 2000.0 << S::Stable;
        QTest::newRow("sics overload") << "sics" << QByteArray("S +\r\n") << 0.0 << S::OverCapacity;
        QTest::newRow("sics underload") << "sics" << QByteArray("S -\r\n") << 0.0 << S::UnderZero;

        // HARDWARE.md: 02 20 20 31 2E 32 33 34 0D = 1.234 kg
        QTest::newRow("8217 1.234 kg") << "8217" << hex("022020312E3233340D") << 1234.0 << S::Stable;
        QTest::newRow("8217 status in motion") << "8217" << hex("023F110D") << 0.0 << S::InMotion;
        QTest::newRow("8217 status over") << "8217" << hex("023F020D") << 0.0 << S::OverCapacity;
        QTest::newRow("8217 status under") << "8217" << hex("023F040D") << 0.0 << S::UnderZero;

        QTest::newRow("cas header stable")
            << "cas" << QByteArray("ST,GS,+  1.500kg\r\n") << 1500.0 << S::Stable;
        QTest::newRow("cas header unstable net")
            << "cas" << QByteArray("US,NT,+  0.250kg\r\n") << 250.0 << S::InMotion;
        QTest::newRow("cas header negative")
            << "cas" << QByteArray("ST,GS,-  0.010kg\r\n") << -10.0 << S::UnderZero;
        QTest::newRow("cas header overload")
            << "cas" << QByteArray("OL,GS,+  9.999kg\r\n") << 0.0 << S::OverCapacity;
        // SOH STX "S+ 1.500kg" BCC=0x7E ETX EOT
        QTest::newRow("cas enq stable")
            << "cas" << (hex("0102") + "S+ 1.500kg" + hex("7E0304")) << 1500.0 << S::Stable;
        QTest::newRow("cas enq unstable")
            << "cas" << (hex("0102") + "U- 0.250kg" + hex("7D0304")) << -250.0 << S::InMotion;

        // HARDWARE.md test vector body → CRC 0x427D: 15 divisions of 1 g, stable
        QTest::newRow("massak vector 15 g")
            << "massak" << hex("F855CE0D00 240F0000000101000000000000 7D42") << 15.0 << S::Stable;
        // 12345 × 0.1 g, not stable
        QTest::newRow("massak 0.1 g div")
            << "massak" << hex("F855CE0900 2439300000 00000000 B0C4") << 1234.5 << S::InMotion;
        QTest::newRow("massak -20 g")
            << "massak" << hex("F855CE0900 24ECFFFFFF 01010000 94D2") << -20.0 << S::UnderZero;
        QTest::newRow("massak 300 × 10 g")
            << "massak" << hex("F855CE0900 242C010000 02010000 C94D") << 3000.0 << S::Stable;

        // 0x04D2 = 1234 g, twice
        QTest::newRow("massak legacy")
            << "massak-legacy" << hex("55AAD2040055AAD20400") << 1234.0 << S::InMotion;
        QTest::newRow("massak legacy neg")
            << "massak-legacy" << hex("55AA0A008055AA0A0080") << -10.0 << S::UnderZero;
    }
    void good()
    {
        QFETCH(QString, protocol);
        QFETCH(QByteArray, frame);
        QFETCH(double, grams);
        QFETCH(ScaleState, state);
        const auto p = scaleProtocolFromName(protocol);
        QVERIFY(p);
        const auto r = decodeScaleFrame(*p, bytesOf(frame));
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message()));
        QCOMPARE(r->state, state);
        QVERIFY2(qAbs(r->grams - grams) < 0.001, qPrintable(QString::number(r->grams, 'f', 4)));
    }

    void bad_data()
    {
        addBad();
        using E = DecodeErrc;
        QTest::newRow("hid empty") << "hid-scale" << QByteArray() << E::Truncated;
        QTest::newRow("hid 5 bytes") << "hid-scale" << hex("0304020014") << E::Truncated;
        QTest::newRow("hid status report id") << "hid-scale" << hex("040402001400") << E::BadHeader;
        QTest::newRow("hid status 0") << "hid-scale" << hex("030002001400") << E::BadValue;
        QTest::newRow("hid status 9") << "hid-scale" << hex("030902001400") << E::BadValue;
        QTest::newRow("hid unit 0") << "hid-scale" << hex("030400001400") << E::BadValue;
        QTest::newRow("hid unit 13") << "hid-scale" << hex("03040D001400") << E::BadValue;
        QTest::newRow("hid exponent 127") << "hid-scale" << hex("0304027FFFFF") << E::BadValue;
        QTest::newRow("hid exponent -128") << "hid-scale" << hex("03040280FFFF") << E::BadValue;

        QTest::newRow("sics empty") << "sics" << QByteArray() << E::Truncated;
        QTest::newRow("sics busy") << "sics" << QByteArray("S I\r\n") << E::DeviceError;
        QTest::newRow("sics syntax error") << "sics" << QByteArray("ES\r\n") << E::DeviceError;
        QTest::newRow("sics no unit") << "sics" << QByteArray("S S 1.234\r\n") << E::Truncated;
        QTest::newRow("sics bad unit") << "sics" << QByteArray("S S 1.234 parsec\r\n") << E::BadValue;
        QTest::newRow("sics exponent") << "sics" << QByteArray("S S 1e308 kg\r\n") << E::BadValue;
        QTest::newRow("sics nan") << "sics" << QByteArray("S S nan kg\r\n") << E::BadValue;
        QTest::newRow("sics two points") << "sics" << QByteArray("S S 1.2.3 kg\r\n") << E::BadValue;
        QTest::newRow("sics 40 digits")
            << "sics" << QByteArray("S S 1234567890123456789012345678901234567890 g") << E::BadValue;
        QTest::newRow("sics control char") << "sics" << QByteArray("S S 1.0\x04 kg") << E::BadValue;
        QTest::newRow("sics other command") << "sics" << QByteArray("I4 A \"123\"") << E::BadValue;
        QTest::newRow("sics unknown status") << "sics" << QByteArray("S X 1.0 kg") << E::BadValue;
        QTest::newRow("sics long line") << "sics" << QByteArray(200, 'S') << E::BadLength;

        QTest::newRow("8217 no stx") << "8217" << hex("2020312E3233340D") << E::BadHeader;
        QTest::newRow("8217 no cr") << "8217" << hex("022020312E323334") << E::Truncated;
        QTest::newRow("8217 garbage digits") << "8217" << hex("0220204142430D") << E::BadValue;
        QTest::newRow("8217 status too long") << "8217" << hex("023F11110D") << E::BadLength;
        QTest::newRow("8217 overlong")
            << "8217" << (hex("02") + QByteArray(40, '1') + hex("0D")) << E::BadLength;

        QTest::newRow("cas enq bad bcc")
            << "cas" << (hex("0102") + "S+ 1.500kg" + hex("7F0304")) << E::BadChecksum;
        QTest::newRow("cas enq truncated") << "cas" << (hex("0102") + "S+ 1.500") << E::Truncated;
        QTest::newRow("cas enq no etx")
            << "cas" << (hex("0102") + "S+ 1.500kg" + hex("7E0404")) << E::BadHeader;
        QTest::newRow("cas header unknown") << "cas" << QByteArray("XX,GS,+  1.500kg\r\n") << E::BadValue;
        QTest::newRow("cas header short") << "cas" << QByteArray("ST,GS") << E::Truncated;
        QTest::newRow("cas header no unit") << "cas" << QByteArray("ST,GS,+  1.500") << E::BadValue;

        QTest::newRow("massak bad crc")
            << "massak" << hex("F855CE0D00 240F0000000101000000000000 7D43") << E::BadChecksum;
        QTest::newRow("massak weight changed")
            << "massak" << hex("F855CE0D00 24FF0000000101000000000000 7D42") << E::BadChecksum;
        QTest::newRow("massak bad sync") << "massak" << hex("F855CF0100232300") << E::BadHeader;
        QTest::newRow("massak len 0") << "massak" << hex("F855CE00000000") << E::BadLength;
        QTest::newRow("massak len 65535") << "massak" << hex("F855CEFFFF24") << E::BadLength;
        QTest::newRow("massak truncated") << "massak" << hex("F855CE0D00240F00") << E::Truncated;
        QTest::newRow("massak header only") << "massak" << hex("F855") << E::Truncated;
        QTest::newRow("massak error reply") << "massak" << hex("F855CE0200 2808 0828") << E::DeviceError;
        QTest::newRow("massak ack zero") << "massak" << hex("F855CE0100 27 2700") << E::NotAWeight;
        QTest::newRow("massak request is no weight") << "massak" << hex("F855CE0100232300") << E::NotAWeight;
        QTest::newRow("massak division 5")
            << "massak" << hex("F855CE0900 2401000000 05010000 4405") << E::BadValue;
        QTest::newRow("massak trailing bytes") << "massak" << hex("F855CE0100 27 2700 00") << E::BadLength;

        QTest::newRow("legacy differ") << "massak-legacy" << hex("55AAD2040055AAD30400") << E::BadChecksum;
        QTest::newRow("legacy sign") << "massak-legacy" << hex("55AAD2040155AAD20401") << E::BadValue;
        QTest::newRow("legacy short") << "massak-legacy" << hex("55AAD20400") << E::Truncated;
    }
    void bad()
    {
        QFETCH(QString, protocol);
        QFETCH(QByteArray, frame);
        QFETCH(DecodeErrc, error);
        const auto p = scaleProtocolFromName(protocol);
        QVERIFY(p);
        const auto r = decodeScaleFrame(*p, bytesOf(frame));
        QVERIFY2(!r.ok(), "a malformed frame was turned into a weight");
        QCOMPARE(r.error().code, error);
    }

    void massaKCrcPublishedVector()
    {
        QCOMPARE(massaKCrc16(bytesOf(hex("240F00000001010000000000 00"))), std::uint16_t{0x427D});
        // Get weight = F8 55 CE 01 00 23 23 00 (HARDWARE.md)
        QCOMPARE(makeMassaKRequest(kMassaKGetWeight), hex("F855CE0100232300"));
    }

    void wholeGramsRounding()
    {
        const auto r = decodeHidScaleReport(bytesOf(hex("03040BFF3419")));
        QVERIFY(r.ok());
        QCOMPARE(r->wholeGrams(), 18291);
    }
};

QTEST_GUILESS_MAIN(TestScaleDecoders)
#include "tst_ScaleDecoders.moc"
