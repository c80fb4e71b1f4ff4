// Regression tests for what fuzzing found (issue 13). Expected values are worked out by hand from the
// documented contracts, not taken from the code's output.
#include "domain/tariff/TariffParser.h"
#include "services/devices/DeviceConfig.h"
#include "services/sync/SyncProtocol.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace pc;

class TestFuzzRegressions : public QObject {
    Q_OBJECT
private slots:
    // fuzz_config: QString::toDouble() reads "nan" and "inf", which passed the "not negative" check,
    // so a NaN tolerance made every reading of a scale without a stability flag look unstable.
    void deviceToleranceMustBeAFiniteNumber_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::newRow("nan") << QByteArray("nan");
        QTest::newRow("inf") << QByteArray("inf");
        QTest::newRow("-inf") << QByteArray("-inf");
    }
    void deviceToleranceMustBeAFiniteNumber()
    {
        QFETCH(QByteArray, value);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("postcounter.conf"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[devices]\nstable_tolerance_g=" + value + "\n");
        f.close();
        const auto c = services::DeviceConfig::load(path);
        QVERIFY(!c);
        QCOMPARE(c.error().code, QStringLiteral("config.invalid"));
        QVERIFY2(c.error().message.contains(QStringLiteral("stable_tolerance_g")),
                 qPrintable(c.error().message));
    }

    // fuzz_sync_answer: "Retry-After: 9223372036854776" overflowed seconds * 1000 (UBSan: signed
    // overflow). More seconds than 2^63 ms hold is unreadable: the drainer's own backoff applies.
    void retryAfterTooLargeIsUnreadable()
    {
        const QDateTime now(QDate(2026, 11, 24), QTime(10, 0), QTimeZone::utc());
        QCOMPARE(services::sync::parseRetryAfterMs("9223372036854776", now), std::nullopt);
        // floor((2^63 - 1) / 1000) = 9223372036854775 s is the largest that still fits
        QCOMPARE(services::sync::parseRetryAfterMs("9223372036854775", now),
                 std::optional<qint64>(Q_INT64_C(9223372036854775000)));
        QCOMPARE(services::sync::parseRetryAfterMs("120", now), std::optional<qint64>(120000));
        QCOMPARE(services::sync::parseRetryAfterMs("-1", now), std::nullopt);
    }

    // fuzz_tariff_file: a zone of 4.8e126 in the zone matrix was printed through a cast to qint64 in
    // the "out of range" message (UBSan: not representable). It is refused, the number as written.
    void hugeNumberInATariffIsOutOfRange()
    {
        QFile f(QStringLiteral(PC_SOURCE_TARIFF));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QJsonObject tariff = QJsonDocument::fromJson(f.readAll()).object();
        QJsonArray matrix = tariff.value(u"zone_matrix").toArray();
        QJsonArray row = matrix.at(0).toArray();
        row[0] = 4.77778e126;
        matrix[0] = row;
        tariff[QStringLiteral("zone_matrix")] = matrix;
        tariff::TariffFileError detail;
        auto parsed = tariff::parseTariff(QJsonDocument(tariff).toJson(), &detail);
        QVERIFY(!parsed);
        QVERIFY2(detail.message().contains(QStringLiteral("out of range")) &&
                     detail.message().contains(QStringLiteral("e+126")),
                 qPrintable(detail.message()));
    }
};

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "test_fuzz_regressions.moc"
