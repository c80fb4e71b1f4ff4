// The stability filter, the serial framer and the supported-devices table.
#include "HexBytes.h"
#include "drivers/core/SupportedDevices.h"
#include "drivers/scale/SerialFramer.h"
#include "drivers/scale/StabilityFilter.h"

#include <QTest>

using namespace pc::drivers;

namespace {
ScaleReading rd(double g, ScaleState s)
{
    ScaleReading r;
    r.grams = g;
    r.state = s;
    return r;
}
} // namespace

class TestStabilityAndFraming : public QObject {
    Q_OBJECT
private slots:
    void deviceStability()
    {
        StabilityFilter f;
        QVERIFY(!f.feed(rd(16, ScaleState::InMotion)));
        const auto offered = f.feed(rd(20, ScaleState::Stable));
        QVERIFY(offered);
        QCOMPARE(offered->grams, 20.0);
        QVERIFY(!f.feed(rd(20, ScaleState::Stable))); // offered once
        QVERIFY(!f.feed(rd(0, ScaleState::OverCapacity)));
        QVERIFY(f.feed(rd(20, ScaleState::Stable))); // after a change, again
        QVERIFY(!f.feed(rd(-3, ScaleState::UnderZero)));
    }
    void countedStability()
    {
        StabilityFilter f({false, 3, 2.0});
        QVERIFY(!f.feed(rd(100, ScaleState::InMotion)));
        QVERIFY(!f.feed(rd(101, ScaleState::InMotion)));
        const auto s = f.feed(rd(100.5, ScaleState::InMotion));
        QVERIFY(s);
        QCOMPARE(s->state, ScaleState::Stable);
        QVERIFY(!f.feed(rd(120, ScaleState::InMotion))); // jump restarts the run
        QVERIFY(!f.feed(rd(121, ScaleState::InMotion)));
        QVERIFY(f.feed(rd(120, ScaleState::InMotion)));
    }
    void framerLines()
    {
        SerialFramer f(SerialFramer::Kind::Line, "\r\n");
        QVERIFY(f.feed("S S   1.2").isEmpty());
        const auto frames = f.feed("34 kg\r\nS D 0");
        QCOMPARE(frames.size(), 1);
        QCOMPARE(frames[0], QByteArray("S S   1.234 kg\r\n"));
    }
    void framerGarbageAndBound()
    {
        SerialFramer f(SerialFramer::Kind::StxCr, {}, 64);
        const auto frames = f.feed(hex("FFFE02 20312E3233340D 02"));
        QCOMPARE(frames.size(), 1);
        QCOMPARE(frames[0], hex("0220312E3233340D"));
        QCOMPARE(f.droppedBytes(), 2);
        QVERIFY(f.feed(QByteArray(100, '1')).isEmpty()); // never ends: dropped, not buffered
        QVERIFY(f.droppedBytes() > 100);
    }
    void framerMassaK()
    {
        SerialFramer f(SerialFramer::Kind::MassaK);
        const QByteArray frame = hex("F855CE0D00240F00000001010000000000007D42");
        auto out = f.feed(hex("00F855") + frame.left(7));
        QVERIFY(out.isEmpty());
        out = f.feed(frame.mid(7));
        QCOMPARE(out.size(), 1);
        QCOMPARE(out[0], frame);
        out = f.feed(hex("F855CEFFFF") + frame); // hostile length skipped, next frame found
        QCOMPARE(out.size(), 1);
        QCOMPARE(out[0], frame);
    }
    void supportedTable()
    {
        const auto* dymo = matchUsbDevice({0x0922, 0x8003, 3, 0, 0});
        QVERIFY(dymo);
        QCOMPARE(dymo->kind, DeviceKind::Scale);
        QCOMPARE(QString::fromLatin1(dymo->model), QStringLiteral("Dymo M10"));
        const auto* honeywell = matchUsbDevice({0x0c2e, 0x1234, 3, 0, 0});
        QVERIFY(honeywell);
        QVERIFY(honeywell->quirks & QuirkHoneywellLayout);
        QVERIFY(!matchUsbDevice({0x0c2e, 0x1234, 8, 0, 0})); // mass storage of the same vendor
        QVERIFY(matchUsbDevice({0x1234, 0x5678, 3, 0, 0x8D}));
        QVERIFY(!matchUsbDevice({0x1234, 0x5678, 3, 0, 0}));
        const QString rules = generateUdevRules(QStringLiteral("counter"));
        QVERIFY(rules.contains(QStringLiteral("ATTR{idVendor}==\"0922\", ATTR{idProduct}==\"8003\"")));
        QVERIFY(rules.contains(QStringLiteral("GROUP=\"counter\"")));
    }
};

QTEST_GUILESS_MAIN(TestStabilityAndFraming)
#include "tst_StabilityAndFraming.moc"
