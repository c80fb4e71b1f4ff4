// Forms: render every form, read the output back (pdftotext, ZXing decoding, printer-language
// decoders) and compare with the fixture's data.
#include "FormsTestSupport.h"
#include "forms/FormRegistry.h"
#include "forms/label/ParcelLabel.h"
#include "forms/render/Cp866.h"
#include "forms/render/Renderer.h"

#define ZX_USE_UTF8 1
#include <QFile>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <ZXing/ReadBarcode.h>

using namespace pc::forms;
using pc::forms::render::fromCp866;
using pc::forms::render::toCp866;

using namespace pc::forms::test;

class TestForms : public QObject {
    Q_OBJECT
private slots:
    void pdfContainsEveryField_data()
    {
        QTest::addColumn<QString>("form");
        for (const FormInfo& f : formRegistry())
            QTest::newRow(qPrintable(f.name)) << f.name;
    }
    void pdfContainsEveryField()
    {
        QFETCH(QString, form);
        const QByteArray json = fixture(form);
        QVERIFY2(!json.isEmpty(), "fixture missing");
        auto doc = buildForm(form, json);
        QVERIFY2(doc.ok(), doc.ok() ? "" : qPrintable(doc.error().message));
        auto pdf = render::renderDocument(*doc, OutputLanguage::Pdf);
        QVERIFY(pdf.ok());
        QVERIFY(pdf->bytes.startsWith("%PDF"));
        const QString text = pdfText(pdf->bytes);
        QStringList fields;
        collectStrings(QJsonDocument::fromJson(json).object(), {}, &fields);
        for (const QString& field : fields) {
            // A date given as YYYY-MM-DD is printed the Russian way, DD.MM.YYYY.
            const QDate date = QDate::fromString(field, Qt::ISODate);
            const QString printed = date.isValid() ? date.toString(QStringLiteral("dd.MM.yyyy")) : QString();
            QVERIFY2(text.contains(collapse(field)) || (!printed.isEmpty() && text.contains(printed)),
                     qPrintable(QStringLiteral("\"%1\" not in: %2").arg(field, text)));
        }
    }

    void labelHasDatesAmountsAndCyrillic()
    {
        const QString text =
            pdfText(render::renderPdf(build(QStringLiteral("label"), fixture(QStringLiteral("label"))), 203));
        QVERIFY(text.contains(QStringLiteral("24.11.2026")));
        QVERIFY(text.contains(QStringLiteral("4 990,50")));  // COD amount, Russian style
        QVERIFY(text.contains(QStringLiteral("15 000,00"))); // declared value
        QVERIFY(text.contains(QStringLiteral("Кому")));
    }

    void barcodesDecodeFromPdfAndPng_data()
    {
        QTest::addColumn<int>("dpi");
        QTest::newRow("203") << 203;
        QTest::newRow("300") << 300;
    }
    void barcodesDecodeFromPdfAndPng()
    {
        QFETCH(int, dpi);
        const auto label = build(QStringLiteral("label"), fixture(QStringLiteral("label")));
        // Expected data stated independently of the code: the fixture's id and the documented layout
        // of the DataMatrix payload "id|postcode|grams|declared kop|cod kop".
        const QStringList expected{QStringLiteral("80082240994512")};
        for (const QImage& img :
             {render::renderPageImage(label, 0, dpi), pdfRaster(render::renderPdf(label, dpi), dpi)}) {
            QVERIFY(!img.isNull());
            const QStringList got = decodeAll(img);
            for (const QString& e : expected)
                QVERIFY2(got.contains(e), qPrintable(QStringLiteral("%1 not decoded at %2 dpi; got %3")
                                                         .arg(e)
                                                         .arg(dpi)
                                                         .arg(got.join(u','))));
        }
        const auto small = build(QStringLiteral("label-small"), fixture(QStringLiteral("label-small")));
        QVERIFY(decodeAll(render::renderPageImage(small, 0, dpi)).contains(QStringLiteral("10100001000010")));
        const auto receipt = build(QStringLiteral("receipt"), fixture(QStringLiteral("receipt")));
        QVERIFY(decodeAll(render::renderPageImage(receipt, 0, dpi))
                    .contains(QStringLiteral(
                        "t=20261124T1530&s=847.50&fn=9960440301234567&i=35741&fp=2794561830&n=1")));
    }

    void labelDataMatrixDecodes_data()
    {
        QTest::addColumn<int>("dpi");
        QTest::newRow("203") << 203;
        QTest::newRow("300") << 300;
    }
    void labelDataMatrixDecodes()
    {
        QFETCH(int, dpi);
        const auto label = build(QStringLiteral("label"), fixture(QStringLiteral("label")));
        // The documented payload "id|postcode|grams|declared kop|cod kop" of the fixture.
        const QString expected = QStringLiteral("80082240994512|620014|1250|1500000|499050");
        const layout::Barcode* dm = findBarcode(label, layout::Symbology::DataMatrix);
        QVERIFY(dm);
        for (const QImage& img :
             {render::renderPageImage(label, 0, dpi), pdfRaster(render::renderPdf(label, dpi), dpi)}) {
            const QStringList got = decodeAimedAt(img, *dm, dpi);
            QVERIFY2(got.contains(expected), qPrintable(got.join(u',')));
        }
        QCOMPARE(dm->matrix->width, dm->matrix->height); // square: 22×22 for this payload
        QCOMPARE(dm->matrix->width, 22);
        // 0.625 mm modules: 5 dots at 203 dpi (8 dots/mm), 7 at 300 dpi (11.8 dots/mm).
        QCOMPARE(layout::moduleDots(dm->moduleMm, dpi), dpi == 203 ? 5 : 7);
    }

    void s10LabelDecodes()
    {
        QJsonObject o = QJsonDocument::fromJson(fixture(QStringLiteral("label-small"))).object();
        o.insert(QStringLiteral("id"), QStringLiteral("RA410342249RU"));
        const auto doc = build(QStringLiteral("label-small"), QJsonDocument(o).toJson());
        QVERIFY(decodeAll(render::renderPageImage(doc, 0, 203)).contains(QStringLiteral("RA410342249RU")));
    }

    void zplGoldenAndDecoded()
    {
        const auto label = build(QStringLiteral("label"), fixture(QStringLiteral("label")));
        const QByteArray zpl = render::renderZpl(label, 203, 1);
        QCOMPARE(zpl, golden(QStringLiteral("label.zpl"), zpl));
        // Decoder: fields after ^FD (with ^FH hex escapes), barcode commands before them.
        QStringList fields;
        static const QRegularExpression fd(QStringLiteral("\\^FD(.*?)\\^FS"));
        for (auto it = fd.globalMatch(QString::fromUtf8(zpl)); it.hasNext();)
            fields << it.next().captured(1);
        QVERIFY(zpl.startsWith("^XA\n^CI28\n^PW799\n^LL1199\n")); // 100×150 mm at 8 dots/mm, UTF-8
        QVERIFY(zpl.contains("^BY3^BCN,128,Y,N,N,A^FH^FD80082240994512^FS")); // 3-dot modules, 16 mm bars
        QVERIFY(fields.contains(QStringLiteral("Смирнова Екатерина Павловна")));
        QVERIFY(fields.contains(QStringLiteral("620014")));
        QVERIFY(zpl.contains("^BXN,5,200^FH^FD80082240994512|620014|1250|1500000|499050^FS"));
    }

    void tsplGoldenAndDecoded()
    {
        const auto label = build(QStringLiteral("label"), fixture(QStringLiteral("label")));
        const QByteArray tspl = render::renderTspl(label, 203, 1);
        QCOMPARE(tspl, golden(QStringLiteral("label.tspl"), tspl));
        QVERIFY(tspl.startsWith("SIZE 100.0 mm,150.0 mm\n"));
        QVERIFY(tspl.contains("CODEPAGE UTF-8\n"));
        QVERIFY(tspl.contains(",\"128\",128,2,0,3,3,\"80082240994512\"\n"));
        QVERIFY(tspl.contains(QStringLiteral("\"Смирнова Екатерина Павловна\"").toUtf8()));
        QVERIFY(tspl.endsWith("PRINT 1,1\n"));
    }

    void escposGoldenAndDecoded()
    {
        const auto receipt = build(QStringLiteral("receipt"), fixture(QStringLiteral("receipt")));
        const QByteArray esc = render::renderEscPos(receipt, 203);
        QCOMPARE(esc, golden(QStringLiteral("receipt.escpos"), esc));
        QVERIFY(esc.startsWith(QByteArray("\x1b@\x1bt\x11", 5))); // init, code page 17 (PC866)
        // "ИТОГ" in CP866 is 88 92 8E 83 (hand-encoded from the code page table).
        QVERIFY(esc.contains(QByteArray("\x88\x92\x8e\x83", 4)));
        QVERIFY(fromCp866(esc).contains(QStringLiteral("Иванова А. С.")));
        QVERIFY(fromCp866(esc).contains(QStringLiteral("847,50")));
        // QR stored with GS ( k, cn 49, fn 80: length = data + 3.
        const QByteArray qr = "t=20261124T1530&s=847.50&fn=9960440301234567&i=35741&fp=2794561830&n=1";
        QByteArray store("\x1d(k", 3);
        store += static_cast<char>(qr.size() + 3);
        store += QByteArray("\x00\x31\x50\x30", 4) + qr;
        QVERIFY(esc.contains(store));
        QVERIFY(!esc.contains("\xd0")); // no UTF-8 lead bytes of Cyrillic leaked
    }

    void cp866Table()
    {
        QCOMPARE(toCp866(u"АЯаяпрёЁ№"), QByteArray("\x80\x9f\xa0\xef\xaf\xe0\xf1\xf0\xfc"));
        QCOMPARE(fromCp866(QByteArray("\x8f\xae\xe7\xe2\xa0")), QStringLiteral("Почта"));
    }

    void longAddressWrapsOrShrinks()
    {
        QJsonObject o = QJsonDocument::fromJson(fixture(QStringLiteral("label"))).object();
        QJsonObject r = o.value(QStringLiteral("recipient")).toObject();
        const QString longAddress =
            QStringLiteral("микрорайон Солнечный, улица Академика Сахарова, дом 117, корпус 3, "
                           "строение 2, подъезд 4, этаж 12, квартира 481");
        r.insert(QStringLiteral("address"), longAddress);
        o.insert(QStringLiteral("recipient"), r);
        auto doc = buildForm(QStringLiteral("label"), QJsonDocument(o).toJson());
        QVERIFY2(doc.ok(), doc.ok() ? "" : qPrintable(doc.error().message));
        bool found = false;
        for (const auto& e : doc->pages[0].elements)
            if (const auto* t = std::get_if<layout::TextBox>(&e);
                t && t->field == QStringLiteral("recipient.address")) {
                found = true;
                QVERIFY(t->lines.size() > 1);                                        // wrapped
                QVERIFY(t->lines.size() * t->lineHeightMm <= t->mm.height() + 1e-6); // inside its box
                QCOMPARE(t->lines.join(u' ').simplified(),
                         (longAddress + QStringLiteral(", Екатеринбург, Свердловская обл.")).simplified());
            }
        QVERIFY(found);
        QVERIFY(pdfText(render::renderPdf(*doc, 203)).contains(QStringLiteral("квартира 481")));

        r.insert(QStringLiteral("address"), longAddress.repeated(12));
        o.insert(QStringLiteral("recipient"), r);
        auto tooMuch = buildForm(QStringLiteral("label"), QJsonDocument(o).toJson());
        QVERIFY(!tooMuch.ok());
        QCOMPARE(tooMuch.error().code, QStringLiteral("forms.text_overflow"));
        QVERIFY(tooMuch.error().message.contains(QStringLiteral("recipient.address")));
    }

    void badDataNamesTheField()
    {
        QJsonObject o = QJsonDocument::fromJson(fixture(QStringLiteral("label"))).object();
        QJsonObject wrongCheck = o;
        wrongCheck.insert(QStringLiteral("id"), QStringLiteral("80082240994513"));
        auto r1 = buildForm(QStringLiteral("label"), QJsonDocument(wrongCheck).toJson());
        QVERIFY(!r1.ok());
        QCOMPARE(r1.error().code, QStringLiteral("forms.field_id"));
        QVERIFY(r1.error().message.contains(QStringLiteral("\"id\"")));

        QJsonObject missing = o;
        QJsonObject r = o.value(QStringLiteral("recipient")).toObject();
        r.remove(QStringLiteral("postcode"));
        missing.insert(QStringLiteral("recipient"), r);
        auto r2 = buildForm(QStringLiteral("label"), QJsonDocument(missing).toJson());
        QVERIFY(!r2.ok());
        QCOMPARE(r2.error().code, QStringLiteral("forms.field_missing"));
        QVERIFY(r2.error().message.contains(QStringLiteral("recipient.postcode")));

        QJsonObject receipt = QJsonDocument::fromJson(fixture(QStringLiteral("receipt"))).object();
        receipt.insert(QStringLiteral("total"), 900);
        auto r3 = buildForm(QStringLiteral("receipt"), QJsonDocument(receipt).toJson());
        QVERIFY(!r3.ok());
        QVERIFY(r3.error().message.contains(QStringLiteral("\"total\"")));
    }

    void snapshotsMatch_data()
    {
        QTest::addColumn<QString>("form");
        for (const FormInfo& f : formRegistry())
            QTest::newRow(qPrintable(f.name)) << f.name;
    }
    void snapshotsMatch()
    {
        QFETCH(QString, form);
        const QImage now = render::renderPageImage(build(form, fixture(form)), 0, 203)
                               .convertToFormat(QImage::Format_Grayscale8);
        const QString path = QStringLiteral(PC_TEST_DATA_DIR "/forms/%1.png").arg(form);
        if (qEnvironmentVariableIsSet("PC_UPDATE_SNAPSHOTS"))
            now.save(path);
        const QImage snap = QImage(path).convertToFormat(QImage::Format_Grayscale8);
        QCOMPARE(now.size(), snap.size());
        // Tolerate font-rasteriser differences: at most 0.5 % of pixels may differ.
        qsizetype diff = 0;
        for (int y = 0; y < now.height(); ++y)
            for (int x = 0; x < now.width(); ++x)
                diff += std::abs(now.constScanLine(y)[x] - snap.constScanLine(y)[x]) > 64;
        QVERIFY2(diff * 200 < now.width() * now.height(),
                 qPrintable(QStringLiteral("%1 pixels differ").arg(diff)));
    }
};

int main(int argc, char** argv)
{
    QGuiApplication app(argc, argv);
    TestForms t;
    return QTest::qExec(&t, argc, argv);
}

#include "test_forms.moc"
