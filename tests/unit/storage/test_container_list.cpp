// The container list that comes with a bag of items for delivery: good lines become arrivals with the
// weight, object and COD they carry; every bad line is reported with its number and reason; a file that
// is not a list is refused as a whole. Identifiers are valid by the DOMAIN.md check digits (computed by
// hand: 6300991200001 → 5, RA 12345678 → 5).
#include "domain/storage/ContainerList.h"

#include <QTest>

using namespace pc;
using namespace pc::storage;

class TestContainerList : public QObject {
    Q_OBJECT
private slots:
    void goodAndBadLines()
    {
        const QByteArray csv = "\xEF\xBB\xBF"
                               "barcode;weight_g;object;cod_kop;recipient;phone\r\n"
                               "63009912000015;1250;4030;;Иванов Иван;+7 913 555-01-02\r\n"
                               "RA 12345678 5 RU;40;;;;\r\n"
                               "63009912000016;900;;;;\r\n"  // wrong check digit
                               "63009912000022;-5;;;;\r\n"   // bad weight
                               "\r\n"                        // blank lines are skipped
                               "63009912000015;1250;;;;\r\n" // listed twice
                               "63009912000039;2000;27030;350000;;\r\n"
                               "63009912000022;abc;;;;;extra\r\n"; // more cells than the header
        auto list = parseContainerList(csv);
        QVERIFY2(list, list ? "" : qPrintable(list.error().message));
        QCOMPARE(list->lines.size(), 3);
        const ContainerLine& first = list->lines[0];
        QCOMPARE(first.line, 2);
        QCOMPARE(first.barcode, QStringLiteral("63009912000015"));
        QCOMPARE(first.weightG, std::optional<qint64>(1250));
        QCOMPARE(first.objectCode, std::optional<int>(4030));
        QVERIFY(!first.codKop);
        QCOMPARE(first.recipientName, QStringLiteral("Иванов Иван"));
        QCOMPARE(first.recipientPhone, QStringLiteral("+7 913 555-01-02"));
        QCOMPARE(list->lines[1].barcode, QStringLiteral("RA123456785RU")); // normalised
        QCOMPARE(list->lines[2].codKop, std::optional<qint64>(350000));
        QCOMPARE(list->lines[2].line, 8);

        QCOMPARE(list->problems.size(), 4);
        QCOMPARE(list->problems[0].line, 4);
        QVERIFY(!list->problems[0].reason.isEmpty());
        QCOMPARE(list->problems[1].line, 5);
        QVERIFY(list->problems[1].reason.contains(QStringLiteral("weight_g")));
        QCOMPARE(list->problems[2].line, 7);
        QVERIFY(list->problems[2].reason.contains(QStringLiteral("twice")));
        QCOMPARE(list->problems[3].line, 9);
    }

    void commaSeparatedWithOnlyBarcodes()
    {
        auto list = parseContainerList("Barcode\n63009912000015\n63009912000022\n");
        QVERIFY(list);
        QCOMPARE(list->lines.size(), 2);
        QVERIFY(!list->lines[0].weightG);
        QVERIFY(list->problems.isEmpty());
    }

    void notAListIsRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("code");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("container.syntax");
        QTest::newRow("no barcode column")
            << QByteArray("id;weight\n63009912000015;10\n") << QStringLiteral("container.header");
        QTest::newRow("unterminated quote") << QByteArray("barcode;recipient\n63009912000015;\"Иванов\n")
                                            << QStringLiteral("container.syntax");
        QTest::newRow("too long") << QByteArray("barcode\n") + QByteArray("63009912000015\n").repeated(20001)
                                  << QStringLiteral("container.too_long");
    }
    void notAListIsRefused()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, code);
        auto list = parseContainerList(bytes);
        QVERIFY(!list);
        QCOMPARE(list.error().code, code);
    }
};

QTEST_GUILESS_MAIN(TestContainerList)
#include "test_container_list.moc"
