// Identifier vectors: the valid examples of DOMAIN.md §1, every single-character corruption of
// them, wrong lengths, letters in the domestic form, reserved service indicators, country codes,
// and generated identifiers round-tripping. Expected validity of a corruption comes from the
// reference formulas written out again here, not from the code under test.
#include "domain/ItemIdentifier.h"

#include <QTest>

using namespace pc;

namespace {

// Reference RPO check: S = 3*(odd positions) + (even positions), check = (10 - S mod 10) mod 10.
bool referenceRpoValid(const QString& s)
{
    if (s.size() != 14)
        return false;
    int sum = 0;
    for (int i = 0; i < 13; ++i) {
        if (!s[i].isDigit())
            return false;
        sum += (i % 2 == 0 ? 3 : 1) * s[i].digitValue();
    }
    return s[13].isDigit() && (10 - sum % 10) % 10 == s[13].digitValue();
}

// Reference S10 check: weights 8 6 4 2 3 5 9 7, C = 11 - S mod 11, 10 → 0, 11 → 5.
bool referenceS10CheckOk(const QString& s)
{
    const int w[] = {8, 6, 4, 2, 3, 5, 9, 7};
    int sum = 0;
    for (int i = 0; i < 8; ++i)
        sum += w[i] * s[2 + i].digitValue();
    int c = 11 - sum % 11;
    if (c == 10)
        c = 0;
    else if (c == 11)
        c = 5;
    return c == s[10].digitValue();
}

} // namespace

class TestIdentifiers : public QObject {
    Q_OBJECT
private slots:
    void validExamples_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("normalized");
        QTest::addColumn<int>("kind");
        QTest::newRow("rpo 1") << "80082240994512"
                               << "80082240994512" << int(IdKind::Rpo14);
        QTest::newRow("rpo 2") << "12345601123457"
                               << "12345601123457" << int(IdKind::Rpo14);
        QTest::newRow("rpo 3") << "10100001000010"
                               << "10100001000010" << int(IdKind::Rpo14);
        QTest::newRow("rpo spaced") << " 101000 01 00001 0 "
                                    << "10100001000010" << int(IdKind::Rpo14);
        QTest::newRow("s10 IN") << "RR287043775IN"
                                << "RR287043775IN" << int(IdKind::S10);
        QTest::newRow("s10 RU") << "RA410342249RU"
                                << "RA410342249RU" << int(IdKind::S10);
        QTest::newRow("s10 10->0") << "RA000000080RU"
                                   << "RA000000080RU" << int(IdKind::S10);
        QTest::newRow("s10 11->5") << "RA644000005RU"
                                   << "RA644000005RU" << int(IdKind::S10);
        QTest::newRow("s10 CP") << "CP123456785RU"
                                << "CP123456785RU" << int(IdKind::S10);
        QTest::newRow("s10 lower spaced") << "ra 64400000 5 ru"
                                          << "RA644000005RU" << int(IdKind::S10);
    }
    void validExamples()
    {
        QFETCH(QString, input);
        QFETCH(QString, normalized);
        QFETCH(int, kind);
        auto id = parseItemId(input);
        QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().message));
        QCOMPARE(id->text, normalized);
        QCOMPARE(int(id->kind), kind);
    }

    void invalidExamples_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("code");
        QTest::newRow("copied spec sample") << "RA644000001RU"
                                            << "id.check_digit";
        QTest::newRow("empty") << "   "
                               << "id.empty";
        QTest::newRow("13 digits") << "8008224099451"
                                   << "id.length";
        QTest::newRow("15 digits") << "800822409945120"
                                   << "id.length";
        QTest::newRow("letter inside domestic") << "8008224099451A"
                                                << "id.characters";
        QTest::newRow("letter O for zero") << "1O100001000010"
                                           << "id.characters";
        QTest::newRow("s10 12 chars") << "RA64400000RU"
                                      << "id.length";
        QTest::newRow("s10 14 chars") << "RA6440000051RU"
                                      << "id.length";
        QTest::newRow("s10 letter in serial") << "RA64400A005RU"
                                              << "id.characters";
        QTest::newRow("s10 digit country") << "RA644000005R1"
                                           << "id.characters";
        QTest::newRow("reserved J") << "JA644000005RU"
                                    << "id.reserved_service_indicator";
        QTest::newRow("reserved K") << "KA644000005RU"
                                    << "id.reserved_service_indicator";
        QTest::newRow("not a country") << "RA644000005XX"
                                       << "id.country_code";
        QTest::newRow("cyrillic wedge") << QString::fromUtf8("КФ644000005КГ") << "id.characters";
    }
    void invalidExamples()
    {
        QFETCH(QString, input);
        QFETCH(QString, code);
        auto id = parseItemId(input);
        QVERIFY(!id.ok());
        QCOMPARE(id.error().code, code);
        QVERIFY(!id.error().message.isEmpty());
    }

    void checkDigitMessageNamesTheRightDigit()
    {
        auto id = parseItemId(QStringLiteral("RA644000001RU"));
        QVERIFY(!id.ok());
        QVERIFY2(id.error().message.contains(u'5'), qPrintable(id.error().message));
    }

    void everySingleDigitCorruptionOfRpo()
    {
        for (const QString& base : {QStringLiteral("80082240994512"), QStringLiteral("12345601123457"),
                                    QStringLiteral("10100001000010")}) {
            for (int pos = 0; pos < 14; ++pos) {
                for (int d = 0; d <= 9; ++d) {
                    QString s = base;
                    if (s[pos].digitValue() == d)
                        continue;
                    s[pos] = QChar(u'0' + d);
                    // Weights 3 and 1 are coprime to 10: every single-digit change is detected.
                    QVERIFY(!referenceRpoValid(s));
                    QVERIFY2(!parseItemId(s).ok(), qPrintable(s));
                    QCOMPARE(parseItemId(s).error().code, QStringLiteral("id.check_digit"));
                }
            }
        }
    }

    void everySingleDigitCorruptionOfS10()
    {
        int detected = 0, total = 0;
        for (const QString& base : {QStringLiteral("RR287043775IN"), QStringLiteral("RA410342249RU"),
                                    QStringLiteral("RA000000080RU"), QStringLiteral("RA644000005RU"),
                                    QStringLiteral("CP123456785RU")}) {
            for (int pos = 2; pos <= 10; ++pos) {
                for (int d = 0; d <= 9; ++d) {
                    QString s = base;
                    if (s[pos].digitValue() == d)
                        continue;
                    s[pos] = QChar(u'0' + d);
                    ++total;
                    const bool expected = referenceS10CheckOk(s);
                    QCOMPARE(parseItemId(s).ok(), expected);
                    detected += expected ? 0 : 1;
                    if (pos == 10) // a changed check digit itself is always caught
                        QVERIFY(!expected);
                }
            }
        }
        // The 11→5 folding lets a few corruptions through (S mod 11 of 0 and 6 both give 5);
        // the overwhelming majority must be caught.
        QVERIFY2(detected * 100 >= total * 90,
                 qPrintable(QStringLiteral("%1 of %2").arg(detected).arg(total)));
    }

    void fastPathAgreesOnNormalisation()
    {
        const IdCheck c = checkIdentifier("  rr 287043775 in ");
        QVERIFY(c.valid());
        QCOMPARE(QByteArray(c.normalized().data(), int(c.normalized().size())), QByteArray("RR287043775IN"));
        QCOMPARE(checkIdentifier("80082240994513").expected, 2);
    }

    void generatedRoundTrip()
    {
        for (qint64 serial : {0LL, 1LL, 4242LL, 99999LL}) {
            auto id = makeRpo14(u"10100025", serial);
            QVERIFY(id.ok());
            QVERIFY(referenceRpoValid(id->text));
            auto back = parseItemId(id->text);
            QVERIFY(back.ok());
            QCOMPARE(back->text, id->text);
            QVERIFY(id->text.startsWith(QStringLiteral("10100025")));
        }
        for (qint64 serial : {0LL, 64400000LL, 28704377LL, 99999999LL}) {
            auto id = makeS10(u"rr", serial, u"ru");
            QVERIFY(id.ok());
            QVERIFY(referenceS10CheckOk(id->text));
            QVERIFY(parseItemId(id->text).ok());
        }
        QCOMPARE(makeS10(u"RR", 28704377, u"IN")->text, QStringLiteral("RR287043775IN"));
        QCOMPARE(makeS10(u"RA", 64400000, u"RU")->text, QStringLiteral("RA644000005RU"));
        QCOMPARE(makeS10(u"RA", 8, u"RU")->text, QStringLiteral("RA000000080RU"));
        QCOMPARE(makeRpo14(u"10100001", 1)->text, QStringLiteral("10100001000010"));
    }

    void generationRefusesBadRanges()
    {
        QVERIFY(!makeRpo14(u"1010002", 1).ok());
        QVERIFY(!makeRpo14(u"10100025", 100000).ok());
        QVERIFY(!makeS10(u"JA", 1, u"RU").ok());
        QVERIFY(!makeS10(u"RA", 1, u"XX").ok());
        QVERIFY(!makeS10(u"RA", 100000000, u"RU").ok());
    }
};

QTEST_APPLESS_MAIN(TestIdentifiers)
#include "test_identifiers.moc"
