// CN 23 on A4: From/To with phones and customs references (boxes above the lines), lines (1)–(8)
// continuing on further pages, totals (4)(6)(9), category (10), comments (11), documents (12)–(14),
// office of origin and date of posting, certification with date and signature (15).
#include "CustomsForms.h"
#include "CustomsText.h"
#include "forms/layout/FormBlocks.h"
#include "forms/layout/Table.h"

namespace pc::forms {

using namespace layout;

namespace {

QString u(const char* s)
{
    return QString::fromUtf8(s);
}

double heading(PageBuilder& b, const CustomsData& d, bool first)
{
    b.text(QRectF(5, 5, 30, 9), QStringLiteral("CN 23"), {18, true, Align::Left, false, 0});
    b.text(QRectF(36, 5, 100, 5), u(customs_text::kTitle), {8, true, Align::Left, true, 5});
    b.text(QRectF(36, 10.5, 100, 4), u(customs_text::kMayBeOpened), {6, false, Align::Left, true, 4});
    if (!first) {
        b.text(QRectF(140, 6, 65, 5), QStringLiteral("%1 (suite / continued / продолжение)").arg(d.id.text),
               {7, false, Align::Right, false, 5});
        return 18;
    }
    // 0.33 mm modules: 3 dots at 203 dpi, 4 at 300 dpi; quiet zones ≥ 3.5 mm.
    b.barcode(QPointF(145, 4), Symbology::Code128, d.id.text, 0.33, 10, true, QStringLiteral("id"), 58);
    return 20;
}

} // namespace

Result<Document> buildCn23(const CustomsData& d)
{
    Document doc{QStringLiteral("CN 23 %1").arg(d.id.text), QSizeF(210, 297), {}};
    PageBuilder b(doc);
    double y = heading(b, d, true);
    partyCell(b, QRectF(5, y, 110, 34), u("De / From / Отправитель"), d.sender, QStringLiteral("sender"), 9);
    captionedCell(
        b, QRectF(115, y, 90, 11),
        u("Référence en douane de l'expéditeur / Sender's customs reference / Таможенный номер отправителя"),
        d.senderCustomsRef, QStringLiteral("sender_customs_ref"));
    captionedCell(b, QRectF(115, y + 11, 90, 11), u("Bureau d'origine / Office of origin / Место приёма"),
                  d.office, QStringLiteral("office"));
    captionedCell(b, QRectF(115, y + 22, 90, 12), u("Date du dépôt / Date of posting / Дата приёма"), d.date,
                  QStringLiteral("date"));
    y += 35;
    partyCell(b, QRectF(5, y, 110, 34), u("À / To / Получатель"), d.recipient, QStringLiteral("recipient"),
              9);
    captionedCell(b, QRectF(115, y, 90, 14),
                  u("Référence de l'importateur / Importer's reference / Номер импортёра (ИНН, VAT, код)"),
                  d.importerRef, QStringLiteral("importer_ref"));
    captionedCell(b, QRectF(115, y + 14, 90, 20),
                  u("Téléphone / fax / e-mail de l'importateur / Importer's telephone / fax / e-mail / "
                    "Контакты импортёра"),
                  d.importerContact, QStringLiteral("importer_contact"));
    y += 36;

    TableSpec spec;
    spec.xMm = 5;
    spec.headerHeightMm = 10;
    spec.rowHeightMm = 7;
    spec.sizePt = 8;
    spec.field = QStringLiteral("items");
    spec.columns = {
        {u("(1) Description détaillée / Detailed description / Подробное описание"), 78, Align::Left},
        {u("(2) Quantité / Quantity / Кол-во"), 20, Align::Right},
        {u("(3) Poids net / Net weight / Вес нетто, g"), 24, Align::Right},
        {QStringLiteral("(5) Valeur / Value / Стоимость, ") + d.currency, 26, Align::Right},
        {u("(7) N° tarifaire SH / HS tariff No. / Код ТН ВЭД"), 28, Align::Left},
        {u("(8) Pays d'origine / Country of origin / Страна"), 24, Align::Left}};
    spec.columnFields = {QStringLiteral("description"),  QStringLiteral("quantity"),
                         QStringLiteral("net_weight_g"), QStringLiteral("value"),
                         QStringLiteral("hs_code"),      QStringLiteral("origin")};
    std::vector<QStringList> rows;
    for (const CustomsLine& l : d.lines)
        rows.push_back({l.description, QString::number(l.quantity), QString::number(l.weightGrams),
                        l.value.format(NumberStyle::Russian, false), l.hsCode, l.origin});
    const auto newPage = [&] {
        b.addPage();
        return heading(b, d, false);
    };
    y = flowTable(spec, rows, y, 287, b, newPage) + 1;

    constexpr double kRest = 104; // height of the boxes below the lines
    if (y + kRest > 292)
        y = newPage();
    captionedCell(b, QRectF(5, y, 66, 10), u("(4) Poids brut total / Total gross weight / Вес брутто, g"),
                  QString::number(d.grossWeightGrams), QStringLiteral("gross_weight_g"), 9, true);
    captionedCell(b, QRectF(71, y, 67, 10), u("(6) Valeur totale / Total value / Общая стоимость"),
                  d.totalValue().format(NumberStyle::Russian, false) + u' ' + d.currency,
                  QStringLiteral("total_value"), 9, true);
    captionedCell(b, QRectF(138, y, 67, 10), u("(9) Frais de port / Postal charges / Почтовый сбор"),
                  rub(d.postalCharges), QStringLiteral("postal_charges"), 9, true);
    y += 11;
    b.box(QRectF(5, y, 200, 22), 0.25);
    b.caption(QRectF(6, y + 0.4, 198, 2.8),
              u("(10) Catégorie de l'envoi / Category of item / Категория отправления"), 5);
    const CustomsCategory cats[] = {CustomsCategory::Gift,        CustomsCategory::CommercialSample,
                                    CustomsCategory::Documents,   CustomsCategory::ReturnedGoods,
                                    CustomsCategory::SaleOfGoods, CustomsCategory::Other};
    for (int i = 0; i < 6; ++i)
        checkLine(b, QPointF(6 + (i % 2) * 100, y + 4 + (i / 2) * 4.5), d.category == cats[i],
                  customsCategoryLabel(cats[i]), 7, 98);
    b.text(QRectF(6, y + 17.5, 198, 4),
           QStringLiteral("Explication / Explanation / Пояснение: ") +
               (d.explanation.isEmpty() ? QStringLiteral("—") : d.explanation),
           {7, false, Align::Left, false, 5}, QStringLiteral("explanation"));
    y += 23;
    captionedCell(b, QRectF(5, y, 200, 12),
                  u("(11) Observations / Comments (e.g. goods subject to quarantine) / Примечания"),
                  d.comments, QStringLiteral("comments"));
    y += 13;
    captionedCell(b, QRectF(5, y, 66, 11), u("(12) Licence / Licence / Лицензия №"), d.licence,
                  QStringLiteral("licence"));
    captionedCell(b, QRectF(71, y, 67, 11), u("(13) Certificat / Certificate / Сертификат №"), d.certificate,
                  QStringLiteral("certificate"));
    captionedCell(b, QRectF(138, y, 67, 11), u("(14) Facture / Invoice / Счёт №"), d.invoice,
                  QStringLiteral("invoice"));
    y += 12;
    b.box(QRectF(5, y, 200, 34), 0.25);
    b.text(QRectF(6, y + 0.6, 198, 14), u(customs_text::kCertification), {6, false, Align::Left, true, 4});
    b.caption(QRectF(6, y + 16, 198, 3), QStringLiteral("(15) ") + u(customs_text::kDateSignature), 5.5);
    b.text(QRectF(6, y + 21, 40, 5), d.date, {9, false, Align::Left, false, 5}, QStringLiteral("date"));
    b.text(QRectF(50, y + 21, 100, 5), d.signature, {9, true, Align::Left, false, 5},
           QStringLiteral("signature"));
    b.line(QPointF(50, y + 31), QPointF(150, y + 31), 0.2);
    if (b.error())
        return *b.error();
    return doc;
}

} // namespace pc::forms
