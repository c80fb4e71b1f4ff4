// DemoDocuments: which documents an item gets, that each file exists in the output folder under
// the documented key, and that it is what it says (PDF text, printer-language headers).
#include "FormsTestSupport.h"
#include "services/documents/DemoDocuments.h"

#include <QGuiApplication>
#include <QTest>

using namespace pc::services;
using namespace pc::forms::test;

class TestDemoDocuments : public QObject {
    Q_OBJECT
private slots:
    void codParcelGetsEveryDomesticDocument()
    {
        // Parcel with declared value 5 000 ₽, COD 4 500 ₽ and inventory (object 4040 = parcel,
        // category 4), as in the demo shift.
        const DemoDocumentItem item{QStringLiteral("80082240994512"), 4040, 2350, 500000, 450000, 61250,
                                    QStringLiteral("630099"),         true};
        QTemporaryDir dir;
        auto docs = renderDemoDocuments(item, dir.path());
        QVERIFY2(docs.ok(), docs.ok() ? "" : qPrintable(docs.error().message));
        const QStringList expected{
            QStringLiteral("label_pdf"),      QStringLiteral("label_zpl"),   QStringLiteral("label_tspl"),
            QStringLiteral("receipt_escpos"), QStringLiteral("receipt_pdf"), QStringLiteral("f107_pdf"),
            QStringLiteral("f112_pdf"),       QStringLiteral("f116_pdf"),    QStringLiteral("f22_pdf")};
        QStringList keys = docs->keys();
        keys.sort();
        QStringList want = expected;
        want.sort();
        QCOMPARE(keys, want);
        for (const QString& key : expected) {
            const QString rel = docs->value(key).toString();
            QVERIFY(QDir::isRelativePath(rel));
            QFile f(QDir(dir.path()).filePath(rel));
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(rel));
            const QByteArray bytes = f.readAll();
            if (key.endsWith(QStringLiteral("_pdf")))
                QVERIFY2(bytes.startsWith("%PDF"), qPrintable(key));
        }
        const auto read = [&](const QString& key) {
            QFile f(QDir(dir.path()).filePath(docs->value(key).toString()));
            f.open(QIODevice::ReadOnly);
            return f.readAll();
        };
        QVERIFY(read(QStringLiteral("label_zpl")).startsWith("^XA"));
        QVERIFY(read(QStringLiteral("label_zpl")).contains("^FD80082240994512^FS"));
        QVERIFY(read(QStringLiteral("label_tspl")).startsWith("SIZE 100.0 mm,150.0 mm"));
        QVERIFY(read(QStringLiteral("receipt_escpos")).startsWith(QByteArray("\x1b@", 2)));
        // 4 500 ₽ in words on the money transfer; 5 000 ₽ on the inventory (both copies).
        QVERIFY(pdfText(read(QStringLiteral("f112_pdf")))
                    .contains(QStringLiteral("Четыре тысячи пятьсот рублей 00 копеек")));
        QCOMPARE(pdfText(read(QStringLiteral("f107_pdf"))).count(QStringLiteral("5 000,00")), 2);
        QVERIFY(pdfText(read(QStringLiteral("receipt_pdf"))).contains(QStringLiteral("612,50")));
    }

    void internationalItemsGetCustomsForms()
    {
        const DemoDocumentItem packet{
            QStringLiteral("RA410342249RU"), 5001, 450, 0, 0, 45000, QStringLiteral("DE"), false};
        QCOMPARE(demoDocumentKeys(packet),
                 (QStringList{QStringLiteral("label_pdf"), QStringLiteral("label_zpl"),
                              QStringLiteral("label_tspl"), QStringLiteral("receipt_escpos"),
                              QStringLiteral("receipt_pdf"), QStringLiteral("cn22_pdf")}));
        const DemoDocumentItem parcel{
            QStringLiteral("CP123456785RU"), 4031, 2300, 0, 0, 210000, QStringLiteral("KZ"), false};
        QVERIFY(demoDocumentKeys(parcel).contains(QStringLiteral("cn23_pdf")));
        QVERIFY(!demoDocumentKeys(parcel).contains(QStringLiteral("f116_pdf")));
        QTemporaryDir dir;
        for (const auto& item : {packet, parcel}) {
            auto docs = renderDemoDocuments(item, dir.path());
            QVERIFY2(docs.ok(), docs.ok() ? "" : qPrintable(docs.error().message));
            const QString key = item.object == 5001 ? QStringLiteral("cn22_pdf") : QStringLiteral("cn23_pdf");
            QFile f(QDir(dir.path()).filePath(docs->value(key).toString()));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QString text = pdfText(f.readAll());
            QVERIFY(text.contains(item.id));
            QVERIFY(text.contains(QStringLiteral("CUSTOMS DECLARATION")));
        }
    }

    void letterGetsSmallLabelAndNotice()
    {
        const DemoDocumentItem letter{QStringLiteral("10100001000010"), 2010, 20, 0, 0, 9500,
                                      QStringLiteral("190000"),         false};
        QTemporaryDir dir;
        auto docs = renderDemoDocuments(letter, dir.path());
        QVERIFY2(docs.ok(), docs.ok() ? "" : qPrintable(docs.error().message));
        QVERIFY(docs->contains(QStringLiteral("f22_pdf")));
        QVERIFY(!docs->contains(QStringLiteral("f116_pdf")));
        QFile zpl(QDir(dir.path()).filePath(docs->value(QStringLiteral("label_zpl")).toString()));
        QVERIFY(zpl.open(QIODevice::ReadOnly));
        QVERIFY(zpl.readAll().contains("^PW464")); // 58 mm × 203/25.4 = 463.5 dots
    }
};

int main(int argc, char** argv)
{
    QGuiApplication app(argc, argv);
    TestDemoDocuments t;
    return QTest::qExec(&t, argc, argv);
}

#include "test_demo_documents.moc"
