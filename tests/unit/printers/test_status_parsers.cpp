// Status parsers against byte tables written from the protocol references (Zebra ZPL II ~HS layout,
// TSC TSPL ESC!? bit table, Epson ESC/POS DLE EOT n), never from the parser's own output.
#include "drivers/printer/CupsClient.h"
#include "drivers/printer/EscPosCommands.h"
#include "drivers/printer/StatusParsers.h"

#include <QTest>

using namespace pc::drivers;
using C = PrinterCondition;

namespace {
unsigned bits(std::initializer_list<C> cs)
{
    unsigned b = 0;
    for (C c : cs)
        b |= unsigned(c);
    return b;
}
// The three ~HS lines with the given flags (Zebra manual field layout).
QByteArray hs(char paperOut, char pause, char headUp, char ribbonOut, char overTemp = '0')
{
    QByteArray s1 = QByteArray("\x02"
                               "030,") +
                    paperOut + ',' + pause + ",1245,000,0,0,0,000,0,0," + overTemp + "\x03\r\n";
    QByteArray s2 = QByteArray("\x02"
                               "001,0,") +
                    headUp + ',' + ribbonOut + ",1,2,6,0,00000000,1,000\x03\r\n";
    return s1 + s2 +
           "\x02"
           "1234,0\x03\r\n";
}
} // namespace

class TestStatusParsers : public QObject {
    Q_OBJECT
private slots:
    void zpl_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<unsigned>("expected");
        QTest::newRow("ready") << hs('0', '0', '0', '0') << 0u;
        QTest::newRow("paper out") << hs('1', '0', '0', '0') << bits({C::PaperOut});
        QTest::newRow("paused") << hs('0', '1', '0', '0') << bits({C::Paused});
        QTest::newRow("head up") << hs('0', '0', '1', '0') << bits({C::HeadOpen});
        QTest::newRow("ribbon out") << hs('0', '0', '0', '1') << bits({C::RibbonOut});
        QTest::newRow("paper out and paused") << hs('1', '1', '0', '0') << bits({C::PaperOut, C::Paused});
        QTest::newRow("over temperature") << hs('0', '0', '0', '0', '1') << bits({C::Error});
        // Some firmware ends lines with LF only.
        QByteArray lf = hs('1', '0', '0', '0');
        lf.replace("\r\n", "\n");
        QTest::newRow("LF only") << lf << bits({C::PaperOut});
    }
    void zpl()
    {
        QFETCH(QByteArray, answer);
        QFETCH(unsigned, expected);
        const auto st = parseZplHostStatus(answer);
        QVERIFY2(st.ok(), qPrintable(st.ok() ? QString() : st.error().message));
        QCOMPARE(st->conditions, expected);
    }
    void zplMalformed_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("no STX") << QByteArray("030,0,0,1245\r\n");
        QTest::newRow("cut short") << hs('0', '0', '0', '0').left(20);
        QTest::newRow("one line") << QByteArray("\x02"
                                                "030,0,0,1245,000,0,0,0,000,0,0,0\x03\r\n");
        QTest::newRow("flag not 0/1") << hs('2', '0', '0', '0');
        QTest::newRow("too few fields") << QByteArray("\x02"
                                                      "030,0\x03\r\n\x02"
                                                      "001,0\x03\r\n");
        QTest::newRow("garbage between lines") << hs('0', '0', '0', '0').insert(35, 'x');
    }
    void zplMalformed()
    {
        QFETCH(QByteArray, answer);
        const auto st = parseZplHostStatus(answer);
        QVERIFY(!st.ok());
        QCOMPARE(st.error().code, QStringLiteral("printer.status_malformed"));
    }

    void tspl_data()
    {
        QTest::addColumn<int>("byte");
        QTest::addColumn<unsigned>("expected");
        QTest::newRow("00 ready") << 0x00 << 0u;
        QTest::newRow("01 head open") << 0x01 << bits({C::HeadOpen});
        QTest::newRow("02 jam") << 0x02 << bits({C::Error});
        QTest::newRow("04 paper out") << 0x04 << bits({C::PaperOut});
        QTest::newRow("05 paper out + head open") << 0x05 << bits({C::PaperOut, C::HeadOpen});
        QTest::newRow("08 ribbon out") << 0x08 << bits({C::RibbonOut});
        QTest::newRow("10 pause") << 0x10 << bits({C::Paused});
        QTest::newRow("20 printing") << 0x20 << 0u;
        QTest::newRow("40 cover open") << 0x40 << bits({C::CoverOpen});
        QTest::newRow("80 other error") << 0x80 << bits({C::Error});
    }
    void tspl()
    {
        QFETCH(int, byte);
        QFETCH(unsigned, expected);
        const auto st = parseTsplStatus(QByteArray(1, char(byte)));
        QVERIFY(st.ok());
        QCOMPARE(st->conditions, expected);
    }
    void tsplMalformed()
    {
        QVERIFY(!parseTsplStatus({}).ok());
        QVERIFY(!parseTsplStatus(QByteArray("\x00\x00", 2)).ok());
        QCOMPARE(tsplStatusQuery(), QByteArray("\x1b\x21\x3f"));
    }

    void escpos_data()
    {
        QTest::addColumn<int>("n");
        QTest::addColumn<int>("byte");
        QTest::addColumn<unsigned>("expected");
        // 0x12 = the fixed bits 1 and 4 set, nothing reported.
        QTest::newRow("1 online") << 1 << 0x12 << 0u;
        QTest::newRow("1 offline") << 1 << 0x1A << bits({C::Offline});
        QTest::newRow("1 drawer pin high is not a problem") << 1 << 0x16 << 0u;
        QTest::newRow("2 cover open") << 2 << 0x16 << bits({C::CoverOpen});
        QTest::newRow("2 paper end stop") << 2 << 0x32 << bits({C::PaperOut});
        QTest::newRow("2 error") << 2 << 0x52 << bits({C::Error});
        QTest::newRow("3 cutter") << 3 << 0x1A << bits({C::Error});
        QTest::newRow("3 unrecoverable") << 3 << 0x32 << bits({C::Error});
        QTest::newRow("4 roll ok") << 4 << 0x12 << 0u;
        QTest::newRow("4 near end") << 4 << 0x1E << bits({C::PaperNearEnd});
        QTest::newRow("4 paper end") << 4 << 0x72 << bits({C::PaperOut});
    }
    void escpos()
    {
        QFETCH(int, n);
        QFETCH(int, byte);
        QFETCH(unsigned, expected);
        const auto st = parseEscPosStatus(n, quint8(byte));
        QVERIFY(st.ok());
        QCOMPARE(st->conditions, expected);
    }
    void escposMalformed()
    {
        QVERIFY(!parseEscPosStatus(1, 0x00).ok()); // fixed bit 1/4 missing
        QVERIFY(!parseEscPosStatus(2, 0xFF).ok()); // bit 0 and 7 must be 0
        QVERIFY(!parseEscPosStatus(5, 0x12).ok());
        QVERIFY(!parseEscPosStatusSet(QByteArray("\x12\x12\x12", 3)).ok());
    }
    void escposSet()
    {
        // offline, cover open, no error, near end → cover open + offline + near end.
        const auto st = parseEscPosStatusSet(QByteArray("\x1A\x16\x12\x1E", 4));
        QVERIFY(st.ok());
        QCOMPARE(st->conditions, bits({C::Offline, C::CoverOpen, C::PaperNearEnd}));
        QVERIFY(!st->canPrint());
        const auto nearEnd = parseEscPosStatusSet(QByteArray("\x12\x12\x12\x1E", 4));
        QVERIFY(nearEnd->canPrint());
        QCOMPARE(nearEnd->summary(), QStringLiteral("paper-near-end"));
        QCOMPARE(escPosStatusQuery(4), QByteArray("\x10\x04\x04"));
    }

    void cupsReasons_data()
    {
        QTest::addColumn<int>("state");
        QTest::addColumn<QStringList>("reasons");
        QTest::addColumn<bool>("accepting");
        QTest::addColumn<unsigned>("expected");
        QTest::newRow("idle") << 3 << QStringList{} << true << 0u;
        QTest::newRow("none") << 3 << QStringList{QStringLiteral("none")} << true << 0u;
        QTest::newRow("media-empty-error")
            << 4 << QStringList{QStringLiteral("media-empty-error")} << true << bits({C::PaperOut});
        QTest::newRow("media-needed")
            << 4 << QStringList{QStringLiteral("media-needed")} << true << bits({C::PaperOut});
        QTest::newRow("media-low-report")
            << 3 << QStringList{QStringLiteral("media-low-report")} << true << bits({C::PaperNearEnd});
        QTest::newRow("offline-report")
            << 3 << QStringList{QStringLiteral("offline-report")} << true << bits({C::Offline});
        QTest::newRow("cover-open-error")
            << 3 << QStringList{QStringLiteral("cover-open-error")} << true << bits({C::CoverOpen});
        QTest::newRow("stopped = paused")
            << 5 << QStringList{QStringLiteral("paused")} << true << bits({C::Paused});
        QTest::newRow("rejecting") << 3 << QStringList{} << false << bits({C::Error});
        QTest::newRow("toner-low-report is info")
            << 3 << QStringList{QStringLiteral("toner-low-report")} << true << 0u;
        QTest::newRow("unknown -error")
            << 3 << QStringList{QStringLiteral("fuser-over-temp-error")} << true << bits({C::Error});
    }
    void cupsReasons()
    {
        QFETCH(int, state);
        QFETCH(QStringList, reasons);
        QFETCH(bool, accepting);
        QFETCH(unsigned, expected);
        QCOMPARE(printerStateFromCups(state, reasons, accepting).conditions, expected);
    }

    void escposCommands()
    {
        QCOMPARE(escpos::fullCut(), QByteArray("\x1d\x56\x00", 3));
        QCOMPARE(escpos::partialCut(), QByteArray("\x1d\x56\x01"));
        QCOMPARE(escpos::drawerKick(2, 25, 250), QByteArray("\x1b\x70\x00\x19\xfa", 5));
        QCOMPARE(escpos::selectCodeTable(17), QByteArray("\x1b\x74\x11"));
        // "Привет" in CP866: П=8F р=E0 и=A8 в=A2 е=A5 т=E2; in CP1251: CF F0 E8 E2 E5 F2.
        QCOMPARE(escpos::encode(QStringLiteral("Привет"), escpos::CodePage::Cp866),
                 QByteArray::fromHex("8fe0a8a2a5e2"));
        QCOMPARE(escpos::encode(QStringLiteral("Привет"), escpos::CodePage::Cp1251),
                 QByteArray::fromHex("cff0e8e2e5f2"));
        QCOMPARE(escpos::encode(QStringLiteral("Ёё№ A"), escpos::CodePage::Cp866),
                 QByteArray::fromHex("f0f1fc2041"));
        QCOMPARE(escpos::encode(QStringLiteral("€"), escpos::CodePage::Cp1251), QByteArray("?"));
    }
};

QTEST_GUILESS_MAIN(TestStatusParsers)
#include "test_status_parsers.moc"
