// The price panel shows a real quote of the sample tariff (lines, total, "sample" mark) and refusals.
#include "PricePanel.h"
#include "domain/tariff/TariffEngine.h"
#include "domain/tariff/TariffParser.h"

#include <QFile>
#include <QLocale>
#include <QTest>

using namespace pc;

class TestPricePanel : public QObject {
    Q_OBJECT
private slots:
    void showsLinesTotalAndSampleMark();
    void showsEveryRefusalReason();
};

void TestPricePanel::showsLinesTotalAndSampleMark()
{
    QFile f(QStringLiteral(PC_TEST_DATA_DIR "/../../db/tariffs/sample.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    auto t = tariff::parseTariff(f.readAll());
    QVERIFY(t);
    tariff::QuoteRequest rq;
    rq.object = 4030;
    rq.fromPostcode = QStringLiteral("101000");
    rq.toPostcode = QStringLiteral("101000");
    rq.weightG = 500;
    rq.services = {4};
    rq.date = QDate(2025, 6, 1);
    app::PricePanel panel;
    panel.setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
    panel.showResult(tariff::quote(rq, **t));
    QCOMPARE(panel.lineCount(), 2);
    QVERIFY2(panel.versionText().contains(QStringLiteral("sample")), qPrintable(panel.versionText()));
    // 150 ₽ + 45 ₽ fragile, + 20 % VAT = 234 ₽
    QVERIFY2(panel.totalText().contains(QStringLiteral("234.00")), qPrintable(panel.totalText()));
    QVERIFY(panel.errorText().isEmpty());
}

void TestPricePanel::showsEveryRefusalReason()
{
    app::PricePanel panel;
    panel.showErrors({Error{QStringLiteral("tariff.weight_over_limit"), QStringLiteral("too heavy")},
                      Error{QStringLiteral("tariff.postcode_unknown"), QStringLiteral("no such postcode")}});
    QCOMPARE(panel.lineCount(), 0);
    QVERIFY(panel.errorText().contains(QStringLiteral("too heavy")));
    QVERIFY(panel.errorText().contains(QStringLiteral("no such postcode")));
}

QTEST_MAIN(TestPricePanel)
#include "test_price_panel.moc"
