// The item's paper forms (CN 22, CN 23, Ф.107, Ф.112ЭП, Ф.116, Ф.22) and the Russian amount in
// words: read back from the PDF and the rasters, expectations from the fixtures and by hand.
#include "FormsTestSupport.h"
#include "forms/layout/RussianWords.h"

#include <QGuiApplication>
#include <QTest>

using namespace pc::forms;
using namespace pc::forms::test;
using pc::Money;
using pc::forms::layout::Gender;

class TestFormsDocuments : public QObject {
    Q_OBJECT
private slots:
    void pluralForms()
    {
        const auto rub = [](std::int64_t n) {
            return layout::pluralRu(n, QStringLiteral("рубль"), QStringLiteral("рубля"),
                                    QStringLiteral("рублей"));
        };
        QCOMPARE(rub(1), QStringLiteral("рубль"));
        QCOMPARE(rub(2), QStringLiteral("рубля"));
        QCOMPARE(rub(4), QStringLiteral("рубля"));
        QCOMPARE(rub(5), QStringLiteral("рублей"));
        QCOMPARE(rub(0), QStringLiteral("рублей"));
        QCOMPARE(rub(11), QStringLiteral("рублей"));
        QCOMPARE(rub(12), QStringLiteral("рублей"));
        QCOMPARE(rub(14), QStringLiteral("рублей"));
        QCOMPARE(rub(21), QStringLiteral("рубль"));
        QCOMPARE(rub(22), QStringLiteral("рубля"));
        QCOMPARE(rub(111), QStringLiteral("рублей"));
        QCOMPARE(rub(1001), QStringLiteral("рубль"));
    }

    void numberInWords_data()
    {
        QTest::addColumn<qint64>("n");
        QTest::addColumn<bool>("feminine");
        QTest::addColumn<QString>("words");
        QTest::newRow("0") << qint64(0) << false << QStringLiteral("ноль");
        QTest::newRow("1") << qint64(1) << false << QStringLiteral("один");
        QTest::newRow("1 f") << qint64(1) << true << QStringLiteral("одна");
        QTest::newRow("2 f") << qint64(2) << true << QStringLiteral("две");
        QTest::newRow("12") << qint64(12) << false << QStringLiteral("двенадцать");
        QTest::newRow("40") << qint64(40) << false << QStringLiteral("сорок");
        QTest::newRow("99") << qint64(99) << false << QStringLiteral("девяносто девять");
        QTest::newRow("215") << qint64(215) << false << QStringLiteral("двести пятнадцать");
        QTest::newRow("1001") << qint64(1001) << false << QStringLiteral("одна тысяча один");
        QTest::newRow("2000") << qint64(2000) << false << QStringLiteral("две тысячи");
        QTest::newRow("5000") << qint64(5000) << false << QStringLiteral("пять тысяч");
        QTest::newRow("21000") << qint64(21000) << false << QStringLiteral("двадцать одна тысяча");
        QTest::newRow("11000") << qint64(11000) << false << QStringLiteral("одиннадцать тысяч");
        QTest::newRow("1000000") << qint64(1000000) << false << QStringLiteral("один миллион");
        QTest::newRow("2000000") << qint64(2000000) << false << QStringLiteral("два миллиона");
        QTest::newRow("5000000") << qint64(5000000) << false << QStringLiteral("пять миллионов");
        QTest::newRow("1002003") << qint64(1002003) << false << QStringLiteral("один миллион две тысячи три");
        QTest::newRow("3000000001") << qint64(3000000001) << false << QStringLiteral("три миллиарда один");
    }
    void numberInWords()
    {
        QFETCH(qint64, n);
        QFETCH(bool, feminine);
        QFETCH(QString, words);
        QCOMPARE(layout::numberInWordsRu(n, feminine ? Gender::Feminine : Gender::Masculine), words);
    }

    void amountInWords()
    {
        const auto k = [](std::int64_t kop) { return Money::fromKopecks(kop); };
        QCOMPARE(layout::amountInWordsRu(k(100)), QStringLiteral("Один рубль 00 копеек"));
        QCOMPARE(layout::amountInWordsRu(k(202)), QStringLiteral("Два рубля 02 копейки"));
        QCOMPARE(layout::amountInWordsRu(k(521)), QStringLiteral("Пять рублей 21 копейка"));
        QCOMPARE(layout::amountInWordsRu(k(2100)), QStringLiteral("Двадцать один рубль 00 копеек"));
        QCOMPARE(layout::amountInWordsRu(k(100100)), QStringLiteral("Одна тысяча один рубль 00 копеек"));
        QCOMPARE(layout::amountInWordsRu(k(499050)),
                 QStringLiteral("Четыре тысячи девятьсот девяносто рублей 50 копеек"));
        QCOMPARE(layout::amountInWordsRu(k(11)), QStringLiteral("Ноль рублей 11 копеек"));
        QCOMPARE(layout::amountInWordsRu(k(202), true), QStringLiteral("Два рубля две копейки"));
        QCOMPARE(layout::amountInWordsRu(k(12345601), true),
                 QStringLiteral("Сто двадцать три тысячи четыреста пятьдесят шесть рублей одна копейка"));
    }

    void idBarcodeDecodes_data()
    {
        QTest::addColumn<QString>("form");
        QTest::addColumn<int>("dpi");
        for (const char* f : {"cn22", "cn23", "f107", "f112", "f116", "f22"})
            for (int dpi : {203, 300})
                QTest::newRow(qPrintable(QStringLiteral("%1@%2").arg(QLatin1StringView(f)).arg(dpi)))
                    << QString::fromLatin1(f) << dpi;
    }
    void idBarcodeDecodes()
    {
        QFETCH(QString, form);
        QFETCH(int, dpi);
        const QByteArray json = fixture(form);
        const QString id = QJsonDocument::fromJson(json).object().value(QStringLiteral("id")).toString();
        const layout::Document doc = build(form, json);
        QVERIFY(!doc.pages.empty());
        if (!findBarcode(doc, layout::Symbology::Code128)) {
            // Ф.107 carries the identifier as text only (it goes inside the parcel).
            QCOMPARE(form, QStringLiteral("f107"));
            QVERIFY(pdfText(render::renderPdf(doc, dpi)).contains(id));
            return;
        }
        for (const QImage& img :
             {render::renderPageImage(doc, 0, dpi), pdfRaster(render::renderPdf(doc, dpi), dpi)}) {
            QVERIFY(!img.isNull());
            QVERIFY2(decodeAll(img).contains(id), qPrintable(decodeAll(img).join(u',')));
        }
    }

    void f112ShowsAmountInWords()
    {
        const QString text =
            pdfText(render::renderPdf(build(QStringLiteral("f112"), fixture(QStringLiteral("f112"))), 203));
        QVERIFY2(text.contains(QStringLiteral("Четыре тысячи девятьсот девяносто рублей 50 копеек")),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("4 990,50")));
    }

    void customsBoxesAndTotals()
    {
        const QString cn22 =
            pdfText(render::renderPdf(build(QStringLiteral("cn22"), fixture(QStringLiteral("cn22"))), 203));
        // Totals from the fixture by hand: 850 + 180 g; 30 + 25.50 EUR.
        QVERIFY2(cn22.contains(QStringLiteral("1030 g")), qPrintable(cn22));
        QVERIFY(cn22.contains(QStringLiteral("55,50 EUR")));
        for (const char* box : {"Cadeau / Gift / Подарок", "Commercial sample", "Documents", "Returned goods",
                                "Sale of goods", "Autre / Other", "(6)", "(7)", "(8)", "I certify"})
            QVERIFY2(cn22.contains(QString::fromUtf8(box)), box);
        const QString cn23 =
            pdfText(render::renderPdf(build(QStringLiteral("cn23"), fixture(QStringLiteral("cn23"))), 203));
        QVERIFY(cn23.contains(QStringLiteral("92,50 EUR"))); // 45 + 12.50 + 35
        for (int box = 1; box <= 15; ++box)
            QVERIFY2(cn23.contains(QStringLiteral("(%1)").arg(box)), qPrintable(QString::number(box)));
        QVERIFY(cn23.contains(QStringLiteral("2 150,00"))); // postal charges in roubles
    }

    void cn23LinesContinueOnNextPage()
    {
        QJsonObject o = QJsonDocument::fromJson(fixture(QStringLiteral("cn23"))).object();
        QJsonArray items;
        for (int i = 1; i <= 40; ++i)
            items.append(
                QJsonObject{{QStringLiteral("description"), QStringLiteral("Предмет номер %1").arg(i)},
                            {QStringLiteral("quantity"), 1},
                            {QStringLiteral("net_weight_g"), 50},
                            {QStringLiteral("value"), 1},
                            {QStringLiteral("origin"), QStringLiteral("RU")}});
        o.insert(QStringLiteral("items"), items);
        auto doc = buildForm(QStringLiteral("cn23"), QJsonDocument(o).toJson());
        QVERIFY2(doc.ok(), doc.ok() ? "" : qPrintable(doc.error().message));
        QVERIFY(doc->pages.size() >= 2);
        const QString text = pdfText(render::renderPdf(*doc, 203));
        QVERIFY(text.contains(QStringLiteral("Предмет номер 1 ")));
        QVERIFY(text.contains(QStringLiteral("Предмет номер 40")));
        QVERIFY(text.contains(QStringLiteral("continued")));
        QVERIFY(text.contains(QStringLiteral("40,00 EUR")));
    }

    void f107TwoCopies()
    {
        auto doc = buildForm(QStringLiteral("f107"), fixture(QStringLiteral("f107")));
        QVERIFY(doc.ok());
        QCOMPARE(doc->pages.size(), size_t(1)); // three lines: both copies on one A4
        const QString text = pdfText(render::renderPdf(*doc, 203));
        QCOMPARE(text.count(QStringLiteral("ОПИСЬ ВЛОЖЕНИЯ")), 2);
        QCOMPARE(text.count(QStringLiteral("Настольная лампа")), 2);
        QCOMPARE(text.count(QStringLiteral("15 000,00")), 2); // total of 950 + 3 800 + 10 250

        QJsonObject o = QJsonDocument::fromJson(fixture(QStringLiteral("f107"))).object();
        o.insert(QStringLiteral("declared_value"), 16000);
        auto bad = buildForm(QStringLiteral("f107"), QJsonDocument(o).toJson());
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().message.contains(QStringLiteral("\"declared_value\"")));

        QJsonArray items;
        for (int i = 0; i < 30; ++i)
            items.append(QJsonObject{{QStringLiteral("description"), QStringLiteral("Книга %1").arg(i + 1)},
                                     {QStringLiteral("quantity"), 1},
                                     {QStringLiteral("value"), 500}});
        o.insert(QStringLiteral("items"), items);
        o.insert(QStringLiteral("declared_value"), 15000);
        auto many = buildForm(QStringLiteral("f107"), QJsonDocument(o).toJson());
        QVERIFY2(many.ok(), many.ok() ? "" : qPrintable(many.error().message));
        QVERIFY(many->pages.size() >= 2); // each copy on its own page(s)
        QCOMPARE(pdfText(render::renderPdf(*many, 203)).count(QStringLiteral("Книга 30")), 2);
    }

    void f22HasBackSide()
    {
        const auto doc = build(QStringLiteral("f22"), fixture(QStringLiteral("f22")));
        QCOMPARE(doc.pages.size(), size_t(2));
        const QString text = pdfText(render::renderPdf(doc, 203));
        QVERIFY(text.contains(QStringLiteral("12.12.2026"))); // storage until
        QVERIFY(text.contains(QStringLiteral("Предъявлен документ")));
    }

    void badDataNamesTheField()
    {
        QJsonObject cn22 = QJsonDocument::fromJson(fixture(QStringLiteral("cn22"))).object();
        cn22.insert(QStringLiteral("category"), QStringLiteral("other"));
        auto r1 = buildForm(QStringLiteral("cn22"), QJsonDocument(cn22).toJson());
        QVERIFY(!r1.ok());
        QVERIFY(r1.error().message.contains(QStringLiteral("\"explanation\"")));
        QJsonArray five;
        for (int i = 0; i < 5; ++i)
            five.append(cn22.value(QStringLiteral("items")).toArray().at(0));
        cn22.insert(QStringLiteral("items"), five);
        cn22.insert(QStringLiteral("explanation"), QStringLiteral("x"));
        auto r2 = buildForm(QStringLiteral("cn22"), QJsonDocument(cn22).toJson());
        QVERIFY(!r2.ok());
        QVERIFY(r2.error().message.contains(QStringLiteral("\"items\"")));

        QJsonObject cn23 = QJsonDocument::fromJson(fixture(QStringLiteral("cn23"))).object();
        QJsonObject to = cn23.value(QStringLiteral("recipient")).toObject();
        to.remove(QStringLiteral("phone"));
        cn23.insert(QStringLiteral("recipient"), to);
        auto r3 = buildForm(QStringLiteral("cn23"), QJsonDocument(cn23).toJson());
        QVERIFY(!r3.ok());
        QVERIFY(r3.error().message.contains(QStringLiteral("recipient.phone")));

        // A long description wraps and shrinks within its cell and is printed whole.
        QJsonObject longLine = QJsonDocument::fromJson(fixture(QStringLiteral("cn23"))).object();
        QJsonArray lines = longLine.value(QStringLiteral("items")).toArray();
        QJsonObject first = lines.at(0).toObject();
        first.insert(QStringLiteral("description"), QStringLiteral("Очень длинное описание ").repeated(5));
        lines.replace(0, first);
        longLine.insert(QStringLiteral("items"), lines);
        auto r5 = buildForm(QStringLiteral("cn23"), QJsonDocument(longLine).toJson());
        QVERIFY2(r5.ok(), r5.ok() ? "" : qPrintable(r5.error().message));
        QVERIFY(pdfText(render::renderPdf(*r5, 203))
                    .contains(QStringLiteral("Очень длинное описание ").repeated(5).trimmed()));
        // Longer than the cell can hold at its smallest size: an error naming line and column.
        first.insert(QStringLiteral("description"), QStringLiteral("Ж").repeated(119));
        lines.replace(0, first);
        longLine.insert(QStringLiteral("items"), lines);
        auto r6 = buildForm(QStringLiteral("cn23"), QJsonDocument(longLine).toJson());
        QVERIFY(!r6.ok());
        QCOMPARE(r6.error().code, QStringLiteral("forms.text_overflow"));
        QVERIFY2(r6.error().message.contains(QStringLiteral("items[0].description")),
                 qPrintable(r6.error().message));

        QJsonObject f112 = QJsonDocument::fromJson(fixture(QStringLiteral("f112"))).object();
        f112.insert(QStringLiteral("id"), QStringLiteral("80082240994513")); // wrong check digit
        auto r4 = buildForm(QStringLiteral("f112"), QJsonDocument(f112).toJson());
        QVERIFY(!r4.ok());
        QCOMPARE(r4.error().code, QStringLiteral("forms.field_id"));
    }
};

int main(int argc, char** argv)
{
    QGuiApplication app(argc, argv);
    TestFormsDocuments t;
    return QTest::qExec(&t, argc, argv);
}

#include "test_forms_documents.moc"
