#include "domain/Weight.h"

#include <QTest>

using namespace pc;

class TestWeight : public QObject {
    Q_OBJECT
private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qlonglong>("grams");
        QTest::newRow("grams") << QStringLiteral("1250") << 1250LL;
        QTest::newRow("grams unit") << QStringLiteral("20 g") << 20LL;
        QTest::newRow("grams ru") << QStringLiteral("500 г") << 500LL;
        QTest::newRow("kg comma") << QStringLiteral("1,5 кг") << 1500LL;
        QTest::newRow("kg point") << QStringLiteral("0.250kg") << 250LL;
        QTest::newRow("kg whole") << QStringLiteral("20 KG") << 20000LL;
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(qlonglong, grams);
        auto w = Weight::parse(text);
        QVERIFY2(w.ok(), qPrintable(w.ok() ? QString() : w.error().message));
        QCOMPARE(w->grams(), grams);
    }
    void refusals_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code");
        QTest::newRow("empty") << QString() << "weight.empty";
        QTest::newRow("zero") << QStringLiteral("0") << "weight.zero";
        QTest::newRow("fraction of gram") << QStringLiteral("1.5") << "weight.format";
        QTest::newRow("letters") << QStringLiteral("abc") << "weight.characters";
        QTest::newRow("negative") << QStringLiteral("-5") << "weight.characters";
        QTest::newRow("sub-gram kg") << QStringLiteral("1,2345 kg") << "weight.precision";
        QTest::newRow("absurd") << QStringLiteral("99999999999") << "weight.too_heavy";
    }
    void refusals()
    {
        QFETCH(QString, text);
        QFETCH(QString, code);
        auto w = Weight::parse(text);
        QVERIFY(!w.ok());
        QCOMPARE(w.error().code, code);
    }
};

QTEST_APPLESS_MAIN(TestWeight)
#include "test_weight.moc"
