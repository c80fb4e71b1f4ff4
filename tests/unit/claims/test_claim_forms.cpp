// The claim form (A4) and the claimant's slip (80 mm) rendered to PDF and read back with pdftotext
// and ZXing: the texts a reader needs are on the page and the number's barcode scans as the number.
// The data are written here by hand; the service's own documents are rendered the same way.
#include "../forms/FormsTestSupport.h"
#include "services/claims/ClaimDocuments.h"

#include <QGuiApplication>
#include <QTest>

using namespace pc;
using namespace pc::forms;
using namespace pc::forms::test;

namespace {
const char* kClaim = R"({
  "number": "620014-2026-000107",
  "id": "80082240994512",
  "product": "Посылка стандарт с ОЦ",
  "date": "2026-11-25",
  "deadline": "2026-12-25",
  "accepted_on": "2026-10-02",
  "accepted_office": "101000",
  "claimant_role": "recipient",
  "claimant": {"name": "Смирнова Екатерина Павловна", "address": "620014, Екатеринбург, пр-т Ленина, д. 45", "phone": "+7 912 345-67-89"},
  "sender": {"name": "Орлов Павел Сергеевич", "address": "101000, Москва, ул. Мясницкая, д. 26"},
  "recipient": {"name": "Смирнова Екатерина Павловна", "address": "620014, Екатеринбург, пр-т Ленина, д. 45"},
  "declared_value": 5000,
  "contents": "Книга × 2; Альбом × 1",
  "route": ["02.10.2026 12:05 (UTC+03:00) 101000 Приём", "03.10.2026 08:05 (UTC+03:00) 101000 Обработка"],
  "office": "ОПС Екатеринбург 620014",
  "operator": "Кузнецова О. И."
})";

layout::Document built(const QString& form, const QByteArray& json)
{
    auto doc = buildForm(form, json);
    if (!doc)
        qFatal("%s", qPrintable(doc.error().message));
    return *doc;
}
} // namespace

class TestClaimForms : public QObject {
    Q_OBJECT
private slots:
    void claimFormText()
    {
        const auto doc = built(QStringLiteral("claim"), kClaim);
        QCOMPARE(doc.pages.size(), size_t(1));
        QCOMPARE(doc.mediaMm, QSizeF(210, 297));
        const QString text = pdfText(render::renderPdf(doc, 300));
        for (const QString& expected :
             {QStringLiteral("ЗАЯВЛЕНИЕ"), QStringLiteral("на розыск почтового отправления"),
              QStringLiteral("620014-2026-000107"), QStringLiteral("80082240994512"),
              QStringLiteral("Заявитель (адресат)"), QStringLiteral("Смирнова Екатерина Павловна"),
              QStringLiteral("Орлов Павел Сергеевич"), QStringLiteral("02.10.2026"),
              QStringLiteral("25.11.2026"), QStringLiteral("25.12.2026"), QStringLiteral("5 000,00"),
              QStringLiteral("Книга × 2; Альбом × 1"), QStringLiteral("101000 Обработка"),
              QStringLiteral("Подпись заявителя"), QStringLiteral("Кузнецова О. И.")})
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" not in: ") + text));
    }

    void claimNumberScans_data()
    {
        QTest::addColumn<QString>("form");
        QTest::addColumn<int>("dpi");
        for (const char* f : {"claim", "claim-slip"})
            for (int dpi : {203, 300})
                QTest::newRow(qPrintable(QStringLiteral("%1@%2").arg(QLatin1StringView(f)).arg(dpi)))
                    << QString::fromLatin1(f) << dpi;
    }
    void claimNumberScans()
    {
        QFETCH(QString, form);
        QFETCH(int, dpi);
        const auto doc = built(form, kClaim);
        QVERIFY(findBarcode(doc, layout::Symbology::Code128));
        const QImage page = pdfRaster(render::renderPdf(doc, dpi), dpi);
        QVERIFY(!page.isNull());
        QVERIFY2(decodeAll(page).contains(QStringLiteral("620014-2026-000107")),
                 qPrintable(decodeAll(page).join(u',')));
    }

    void slipText()
    {
        const auto doc = built(QStringLiteral("claim-slip"), kClaim);
        QCOMPARE(doc.mediaMm.width(), 80.0);
        QVERIFY(doc.mediaMm.height() < 120); // grows with the content, no A4 sheet of paper
        const QString text = pdfText(render::renderPdf(doc, 203));
        for (const QString& expected :
             {QStringLiteral("ТАЛОН"), QStringLiteral("620014-2026-000107"), QStringLiteral("80082240994512"),
              QStringLiteral("Ответ не позднее: 25.12.2026"), QStringLiteral("Дата подачи: 25.11.2026")})
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" not in: ") + text));
        // The phone and address are not on the slip (it may be lost in the street).
        QVERIFY(!text.contains(QStringLiteral("345-67-89")));
    }

    void badDataNamesTheField()
    {
        QJsonObject o = QJsonDocument::fromJson(kClaim).object();
        o.insert(QStringLiteral("claimant_role"), QStringLiteral("courier"));
        auto r = buildForm(QStringLiteral("claim"), QJsonDocument(o).toJson());
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QStringLiteral("claimant_role")));
        o = QJsonDocument::fromJson(kClaim).object();
        o.remove(QStringLiteral("deadline"));
        r = buildForm(QStringLiteral("claim"), QJsonDocument(o).toJson());
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QStringLiteral("deadline")));
    }

    void examplesBuild()
    {
        for (const QString& f : {QStringLiteral("claim"), QStringLiteral("claim-slip")}) {
            auto doc = buildForm(f, exampleData(f));
            QVERIFY2(doc.ok(), doc.ok() ? "" : qPrintable(doc.error().message));
        }
    }

    void serviceDocumentsRender()
    {
        // A claim for an item typed in: no product, no recipient, no route known.
        db::ClaimRecord c;
        c.number = QStringLiteral("101000-2026-000003");
        c.officePostcode = QStringLiteral("101000");
        c.itemId = QStringLiteral("CP123456785RU");
        c.acceptedOn = QDate(2026, 11, 1);
        c.claimantName = QStringLiteral("Орлов Павел Сергеевич");
        c.senderName = c.claimantName;
        c.filedOn = QDate(2026, 11, 25);
        c.deadline = QDate(2027, 1, 24);
        services::OfficeInfo office;
        office.name = QStringLiteral("Москва 101000");
        office.operatorName = QStringLiteral("clerk");
        const auto form = services::claimFormDocument(c, {}, office);
        QCOMPARE(form.form, QStringLiteral("claim"));
        QCOMPARE(form.kind, QStringLiteral("form"));
        const QString text =
            pdfText(render::renderPdf(built(form.form, QJsonDocument(form.data).toJson()), 203));
        QVERIFY2(text.contains(QStringLiteral("24.01.2027")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("сведений о прохождении нет")));
        QVERIFY(text.contains(QStringLiteral("без объявленной ценности")));
        const auto slip = services::claimSlipDocument(c, {}, office);
        QCOMPARE(slip.kind, QStringLiteral("receipt"));
        QVERIFY(buildForm(slip.form, QJsonDocument(slip.data).toJson()).ok());
    }
};

int main(int argc, char** argv)
{
    QGuiApplication app(argc, argv);
    TestClaimForms t;
    return QTest::qExec(&t, argc, argv);
}
#include "test_claim_forms.moc"
