// The tariff rule of an item sent by the recipient's phone number ("by_phone", docs/tariffs.md) on the
// bundled sample tariff: priced as to the farthest zone the product serves from the sender's region
// (or a fixed zone), plus the fee line. Expected amounts are hand-computed from the sample's parcel
// rates (4030: base 150/204/212/256/287 ₽, each further started 500 g 18/21/29/43/48 ₽, ex VAT) and
// the rule's 50 ₽ ex VAT fee; the rule's parse errors; tariff files without the rule stay valid.
#include "TariffTestSupport.h"
#include "domain/tariff/TariffEngine.h"

#include <QTest>

using namespace pc::tariff;
using namespace pc::tariff::test;

namespace {

// The sample tariff with its by_phone element replaced (empty: removed, as in older files).
QByteArray sampleWithRule(const QByteArray& rule)
{
    QByteArray text = sampleTariffText();
    const qsizetype at = text.indexOf(",\n  \"by_phone\"");
    if (at < 0)
        qFatal("the sample tariff has no by_phone element");
    text.truncate(at);
    if (!rule.isEmpty())
        text += ",\n  \"by_phone\": " + rule;
    return text + "\n}\n";
}

std::shared_ptr<const TariffVersion> parsed(const QByteArray& text)
{
    auto r = parseTariff(text);
    if (!r)
        qFatal("tariff refused: %s", qPrintable(r.error().message));
    return *r;
}

QuoteRequest byPhone(int object, const char* from, std::int64_t weightG, QDate date = QDate(2025, 6, 1))
{
    QuoteRequest r = request(object, from, "", weightG, date);
    r.byRecipientPhone = true;
    return r;
}

} // namespace

class TestPhoneSendTariff : public QObject {
    Q_OBJECT
private slots:
    void farthestZoneFromTheSendersRegion_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<int>("zone");
        QTest::addColumn<qint64>("postage");
        QTest::addColumn<int>("daysMin");
        QTest::addColumn<int>("daysMax");
        // 1200 g = the first 500 g and two started 500 g steps.
        // Moscow's farthest region is in zone 5: 287 + 2 × 48 = 383 ₽; 7–16 days (standard, zone 5).
        QTest::newRow("Moscow") << "101000" << 5 << qint64(28700 + 2 * 4800) << 7 << 16;
        // Irkutsk reaches no zone 5 region: zone 4, 256 + 2 × 43 = 342 ₽; 5–11 days.
        QTest::newRow("Irkutsk") << "664000" << 4 << qint64(25600 + 2 * 4300) << 5 << 11;
    }
    void farthestZoneFromTheSendersRegion()
    {
        QFETCH(QString, from);
        QFETCH(int, zone);
        QFETCH(qint64, postage);
        QFETCH(int, daysMin);
        QFETCH(int, daysMax);
        const QuoteResult r = quote(byPhone(4030, qPrintable(from), 1200), *sampleTariff());
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.errors.first().message));
        QCOMPARE(r.quote.zone, zone);
        const QuoteLine* p = line(r.quote, QStringLiteral("postage"));
        QVERIFY(p);
        QCOMPARE(p->exVatKop, postage);
        QCOMPARE(p->vatKop, postage / 5); // 20 % on 2025-06-01; both amounts are multiples of 5 kop
        const QuoteLine* fee = line(r.quote, QStringLiteral("by_phone"));
        QVERIFY(fee);
        QCOMPARE(fee->exVatKop, qint64(5000));
        QCOMPARE(fee->vatKop, qint64(1000));
        QCOMPARE(fee->totalKop, qint64(6000));
        QCOMPARE(r.quote.totalKop, postage + postage / 5 + 6000);
        QCOMPARE(r.quote.deliveryDaysMin, daysMin);
        QCOMPARE(r.quote.deliveryDaysMax, daysMax);
    }

    void vatFollowsTheDate()
    {
        // 2026: 22 %. 383 ₽ + 84,26 ₽ VAT, fee 50 ₽ + 11 ₽ VAT = 528,26 ₽.
        const QuoteResult r = quote(byPhone(4030, "101000", 1200, QDate(2026, 6, 1)), *sampleTariff());
        QVERIFY(r.ok());
        QCOMPARE(r.quote.vatKop, qint64(8426 + 1100));
        QCOMPARE(r.quote.totalKop, qint64(52826));
    }

    void theAddressedPriceIsUnchanged()
    {
        // The same parcel to an address in zone 1 pays the zone 1 price and no fee.
        const QuoteResult r = quote(request(4030, "101000", "101000", 1200), *sampleTariff());
        QVERIFY(r.ok());
        QCOMPARE(r.quote.totalExVatKop, qint64(15000 + 2 * 1800));
        QVERIFY(!line(r.quote, QStringLiteral("by_phone")));
    }

    void fixedZoneAndNoFee()
    {
        const auto fixed = parsed(sampleWithRule(R"({"objects": [4030], "zone": 3})"));
        QCOMPARE(fixed->byPhone.zone, 3);
        const QuoteResult r = quote(byPhone(4030, "101000", 1200), *fixed);
        QVERIFY(r.ok());
        QCOMPARE(r.quote.zone, 3);
        // 212 + 2 × 29 = 270 ₽ ex VAT, 54 ₽ VAT, no fee line.
        QCOMPARE(r.quote.totalExVatKop, qint64(27000));
        QCOMPARE(r.quote.totalKop, qint64(32400));
        QCOMPARE(r.quote.lines.size(), 1);
    }

    void refusedWhereTheTariffDoesNotOfferIt()
    {
        // 47030 is not in the sample rule's objects.
        QuoteResult r = quote(byPhone(47030, "101000", 1200), *sampleTariff());
        QCOMPARE(errorCodes(r), QStringList{QString::fromLatin1(errc::ByPhoneNotOffered)});
        // A tariff file without the rule (every file before it) offers it for nothing.
        const auto old = parsed(sampleWithRule({}));
        QVERIFY(!old->byPhone.offered);
        r = quote(byPhone(4030, "101000", 1200), *old);
        QCOMPARE(errorCodes(r), QStringList{QString::fromLatin1(errc::ByPhoneNotOffered)});
        // The other checks still apply.
        r = quote(byPhone(4030, "101000", 25000), *sampleTariff());
        QCOMPARE(errorCodes(r), QStringList{QString::fromLatin1(errc::WeightOverLimit)});
    }

    void ruleErrors_data()
    {
        QTest::addColumn<QByteArray>("rule");
        QTest::addColumn<QString>("reason");
        QTest::newRow("unknown object") << QByteArray(R"({"objects": [9999], "zone": "farthest"})")
                                        << "object 9999 is not in \"products\"";
        QTest::newRow("international object")
            << QByteArray(R"({"objects": [7031], "zone": "farthest"})") << "object 7031 is international";
        QTest::newRow("listed twice")
            << QByteArray(R"({"objects": [4030, 4030], "zone": "farthest"})") << "listed twice";
        QTest::newRow("no objects") << QByteArray(R"({"objects": [], "zone": "farthest"})")
                                    << "must not be empty";
        QTest::newRow("zone word") << QByteArray(R"({"objects": [4030], "zone": "nearest"})")
                                   << "\"nearest\"";
        QTest::newRow("zone out of range")
            << QByteArray(R"({"objects": [4030], "zone": 6})") << "out of range";
        QTest::newRow("zone missing") << QByteArray(R"({"objects": [4030]})") << "missing key \"zone\"";
        QTest::newRow("typo") << QByteArray(R"({"objects": [4030], "zone": 1, "fee_kop": 5})")
                              << "unknown key \"fee_kop\"";
        QTest::newRow("fee without name")
            << QByteArray(R"({"objects": [4030], "zone": 1, "fee": {"fixed_kop": 5}})")
            << "missing key \"name\"";
        QTest::newRow("negative fee")
            << QByteArray(R"({"objects": [4030], "zone": 1, "fee": {"name": "x", "fixed_kop": -5}})")
            << "out of range";
    }
    void ruleErrors()
    {
        QFETCH(QByteArray, rule);
        QFETCH(QString, reason);
        TariffFileError detail;
        const auto r = parseTariff(sampleWithRule(rule), &detail);
        QVERIFY(!r.ok());
        QVERIFY2(detail.path.startsWith(u"by_phone"), qPrintable(detail.message()));
        QVERIFY2(detail.reason.contains(reason), qPrintable(detail.message()));
        QVERIFY(detail.line > 0);
    }
};

QTEST_GUILESS_MAIN(TestPhoneSendTariff)
#include "test_phone_send_tariff.moc"
