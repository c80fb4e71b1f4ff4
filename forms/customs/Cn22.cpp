// CN 22 on a 100×150 mm label: category boxes, up to four lines (1)–(5), totals (6)–(7) and the
// certification with date and signature (8).
#include "CustomsForms.h"
#include "CustomsText.h"
#include "forms/layout/FormBlocks.h"
#include "forms/layout/Table.h"

namespace pc::forms {

using namespace layout;

Result<Document> buildCn22(const CustomsData& d)
{
    Document doc{QStringLiteral("CN 22 %1").arg(d.id.text), QSizeF(100, 150), {}};
    PageBuilder b(doc);
    const auto u = [](const char* s) { return QString::fromUtf8(s); };
    b.text(QRectF(3, 2, 22, 7), QStringLiteral("CN 22"), {14, true, Align::Left, false, 0});
    b.text(QRectF(26, 2, 71, 7), u(customs_text::kTitle), {6, true, Align::Right, true, 4});
    b.text(QRectF(3, 9, 94, 3), u(customs_text::kMayBeOpened), {5, false, Align::Left, false, 4});
    // 0.25 mm modules: 2 dots at 203 dpi, 3 at 300 dpi; 3 mm quiet zones.
    b.barcode(QPointF(12, 13), Symbology::Code128, d.id.text, 0.25, 9, true, QStringLiteral("id"), 76);
    double y = 27;
    for (CustomsCategory c :
         {CustomsCategory::Gift, CustomsCategory::CommercialSample, CustomsCategory::Documents,
          CustomsCategory::ReturnedGoods, CustomsCategory::SaleOfGoods, CustomsCategory::Other}) {
        checkLine(b, QPointF(4, y), d.category == c, customsCategoryLabel(c), 6.5, 92);
        y += 4;
    }
    b.text(QRectF(4, y, 93, 4),
           QStringLiteral("Explication / Explanation / Пояснение: ") +
               (d.explanation.isEmpty() ? QStringLiteral("—") : d.explanation),
           {6.5, false, Align::Left, false, 4}, QStringLiteral("explanation"));
    y += 5;

    TableSpec spec;
    spec.xMm = 3;
    spec.headerHeightMm = 11;
    spec.rowHeightMm = 6.5;
    spec.sizePt = 7;
    spec.field = QStringLiteral("items");
    spec.columns = {{u("(1) Description / Описание"), 35, Align::Left},
                    {u("Qté / Qty / Кол."), 9, Align::Right},
                    {u("(2) Poids / Weight, g / Вес"), 13, Align::Right},
                    {QStringLiteral("(3) Valeur / Value / Стоимость, ") + d.currency, 15, Align::Right},
                    {u("(4) SH / HS / ТН ВЭД"), 12, Align::Left},
                    {u("(5) Origine / Origin / Страна"), 10, Align::Left}};
    spec.columnFields = {QStringLiteral("description"), QStringLiteral("quantity"),
                         QStringLiteral("weight_g"),    QStringLiteral("value"),
                         QStringLiteral("hs_code"),     QStringLiteral("origin")};
    std::vector<QStringList> rows;
    for (const CustomsLine& l : d.lines)
        rows.push_back({l.description, QString::number(l.quantity), QString::number(l.weightGrams),
                        l.value.format(NumberStyle::Russian, false), l.hsCode, l.origin});
    y = flowTable(spec, rows, y, 150, b, [] { return 0.0; }); // at most four lines: never breaks
    y += 1;
    captionedCell(b, QRectF(3, y, 47, 8), u("(6) Poids total / Total weight / Общий вес"),
                  QStringLiteral("%1 g").arg(d.totalNetGrams()), QStringLiteral("total_weight"), 8, true);
    captionedCell(b, QRectF(50, y, 47, 8), u("(7) Valeur totale / Total value / Общая стоимость"),
                  d.totalValue().format(NumberStyle::Russian, false) + u' ' + d.currency,
                  QStringLiteral("total_value"), 8, true);
    y += 9;
    b.box(QRectF(3, y, 94, 148 - y), 0.25);
    b.text(QRectF(4, y + 0.5, 92, 13), u(customs_text::kCertification), {5, false, Align::Left, true, 3.5});
    b.caption(QRectF(4, y + 14, 92, 3), QStringLiteral("(8) ") + u(customs_text::kDateSignature), 5);
    b.text(QRectF(4, y + 17.5, 25, 4), d.date, {8, false, Align::Left, false, 5}, QStringLiteral("date"));
    b.text(QRectF(30, y + 17.5, 66, 4), d.signature, {8, true, Align::Left, false, 5},
           QStringLiteral("signature"));
    if (b.error())
        return *b.error();
    return doc;
}

} // namespace pc::forms
