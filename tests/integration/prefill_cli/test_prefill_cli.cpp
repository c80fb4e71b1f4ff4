// `postcounter-cli prefill make` as a customer's tool uses it: the PNG decodes (ZXing) back to the very
// payload it printed, `prefill check` reads it, and damaged or wrong input is refused with its reason.
#include "../CliRunner.h"

#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <ZXing/ReadBarcode.h>

using pc::testing::runCli;

namespace {

QString decodeQr(const QImage& image)
{
    const QImage g = image.convertToFormat(QImage::Format_Grayscale8);
    const ZXing::ImageView view(g.constBits(), g.width(), g.height(), ZXing::ImageFormat::Lum,
                                static_cast<int>(g.bytesPerLine()));
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    const auto r = ZXing::ReadBarcode(view, hints);
    return r.isValid() ? QString::fromStdWString(r.text()) : QString();
}

} // namespace

class TestPrefillCli : public QObject {
    Q_OBJECT
    QTemporaryDir m_home;

    QString writeFile(const QString& name, const QByteArray& text)
    {
        QFile f(m_home.filePath(name));
        f.open(QIODevice::WriteOnly);
        f.write(text);
        return f.fileName();
    }

private slots:
    void pngCarriesThePrintedPayload()
    {
        const QString item =
            writeFile(QStringLiteral("item.json"),
                      R"({"object": 4040, "declared_value_kop": 300000, "cod_kop": 250000, "services": [4],
                "recipient": {"name": "Иванова Анна Сергеевна", "postcode": "190000", "place": "Санкт-Петербург",
                              "street": "Невский проспект", "house": "28", "phone": "+7 916 123-45-67"},
                "sender": {"name": "Петров Игорь", "postcode": "101000", "place": "Москва",
                           "street": "ул. Мясницкая", "house": "26"}})");
        const QString png = m_home.filePath(QStringLiteral("code.png"));
        const auto made = runCli(m_home.path(), {QStringLiteral("prefill"), QStringLiteral("make"), item,
                                                 QStringLiteral("--days"), QStringLiteral("7"),
                                                 QStringLiteral("--png"), png});
        QCOMPARE(made.exitCode, 0);
        const QString payload = QString::fromUtf8(made.out).trimmed();
        QVERIFY(payload.startsWith(QStringLiteral("PCQ1.")));
        QCOMPARE(decodeQr(QImage(png)), payload);

        const auto checked =
            runCli(m_home.path(), {QStringLiteral("prefill"), QStringLiteral("check"), QStringLiteral("-")},
                   payload.toLatin1());
        QCOMPARE(checked.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(checked.out).object();
        QCOMPARE(o.value(u"expires").toString(), QDate::currentDate().addDays(7).toString(Qt::ISODate));
        const QJsonObject s = o.value(u"shipment").toObject();
        QCOMPARE(s.value(u"object").toInt(), 4040);
        QCOMPARE(s.value(u"cod_kop").toInteger(), 250000);
        QCOMPARE(s.value(u"recipient").toObject().value(u"name").toString(),
                 QStringLiteral("Иванова Анна Сергеевна"));
    }

    void refusalsSayWhy()
    {
        const QString weighed =
            writeFile(QStringLiteral("weighed.json"), R"({"object": 27030, "weight_g": 900})");
        auto r = runCli(m_home.path(), {QStringLiteral("prefill"), QStringLiteral("make"), weighed});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("weighed at the counter"), r.err.constData());

        const QString unknownKey =
            writeFile(QStringLiteral("bad.json"), R"({"object": 27030, "colour": "red"})");
        r = runCli(m_home.path(), {QStringLiteral("prefill"), QStringLiteral("make"), unknownKey});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("colour"), r.err.constData());

        const QString ok = writeFile(QStringLiteral("ok.json"), R"({"object": 27030})");
        const QString payload =
            QString::fromUtf8(
                runCli(m_home.path(), {QStringLiteral("prefill"), QStringLiteral("make"), ok}).out)
                .trimmed();
        QString damaged = payload;
        damaged[8] = damaged[8] == u'x' ? u'y' : u'x';
        r = runCli(m_home.path(), {QStringLiteral("prefill"), QStringLiteral("check"), damaged});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("checksum"), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestPrefillCli)
#include "test_prefill_cli.moc"
