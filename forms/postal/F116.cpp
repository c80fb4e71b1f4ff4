// Ф.116 dispatch note of a parcel, A5 landscape: the note proper (top) and the addressee's receipt
// section (bottom). With COD it is the Ф.117 variant: the amount is printed and marked.
#include "PostalForms.h"
#include "forms/label/ParcelLabel.h"
#include "forms/layout/FormBlocks.h"

namespace pc::forms {

using namespace layout;

Result<F116Data> f116FromJson(const QJsonObject& json)
{
    JsonFields f(json);
    F116Data d;
    d.id = f.itemId(QStringLiteral("id"));
    d.product = f.text(QStringLiteral("product"), true, 60);
    d.sender = f.party(QStringLiteral("sender"));
    d.recipient = f.party(QStringLiteral("recipient"));
    d.weightGrams = f.grams(QStringLiteral("weight_g"));
    d.declaredValue = f.money(QStringLiteral("declared_value"), false);
    d.cod = f.money(QStringLiteral("cod_amount"), false);
    d.fee = f.money(QStringLiteral("fee"), false);
    d.office = f.text(QStringLiteral("office"), true, 80);
    d.date = readDate(f, QStringLiteral("date"));
    if (!f.error() && d.cod > d.declaredValue)
        f.fail(QStringLiteral("forms.field_invalid"),
               QStringLiteral("field \"cod_amount\" may not exceed \"declared_value\" (DOMAIN.md §6)"));
    if (f.error())
        return *f.error();
    return d;
}

Result<Document> buildF116(const F116Data& d)
{
    const bool cod = !d.cod.isZero();
    Document doc{QStringLiteral("Ф.116 %1").arg(d.id.text), QSizeF(210, 148), {}};
    PageBuilder b(doc);
    b.text(QRectF(8, 5, 125, 7), QStringLiteral("СОПРОВОДИТЕЛЬНЫЙ АДРЕС"), {14, true, Align::Left, false, 0});
    b.text(QRectF(8, 12, 125, 5),
           cod ? QStringLiteral("к посылке с наложенным платежом (Ф.117)") : QStringLiteral("к посылке"),
           {9, cod, Align::Left, false, 0});
    b.text(QRectF(170, 4, 32, 5), QStringLiteral("Ф.116"), {10, true, Align::Right, false, 0});
    b.barcode(QPointF(140, 10), Symbology::Code128, d.id.text, 0.33, 10, true, QStringLiteral("id"), 62);
    b.text(QRectF(8, 18, 125, 5), d.product, {9, true, Align::Left, false, 6}, QStringLiteral("product"));
    captionedCell(b, QRectF(8, 26, 38, 11), QStringLiteral("Вес, г"), QString::number(d.weightGrams),
                  QStringLiteral("weight_g"), 10, true);
    captionedCell(b, QRectF(46, 26, 52, 11), QStringLiteral("Объявленная ценность"),
                  d.declaredValue.isZero() ? QStringLiteral("—") : rub(d.declaredValue),
                  QStringLiteral("declared_value"), 10, true);
    captionedCell(b, QRectF(98, 26, 52, 11), QStringLiteral("Наложенный платёж"),
                  cod ? rub(d.cod) : QStringLiteral("—"), QStringLiteral("cod_amount"), 10, true);
    captionedCell(b, QRectF(150, 26, 52, 11), QStringLiteral("Плата за пересылку"),
                  d.fee.isZero() ? QStringLiteral("—") : rub(d.fee), QStringLiteral("fee"), 10, true);
    partyCell(b, QRectF(8, 39, 96, 34), QStringLiteral("От кого"), d.sender, QStringLiteral("sender"), 9);
    partyCell(b, QRectF(106, 39, 96, 34), QStringLiteral("Кому"), d.recipient, QStringLiteral("recipient"),
              9);
    captionedCell(b, QRectF(8, 75, 130, 10), QStringLiteral("Принята: отделение почтовой связи"), d.office,
                  QStringLiteral("office"));
    captionedCell(b, QRectF(138, 75, 64, 10), QStringLiteral("Дата приёма"), d.date, QStringLiteral("date"));
    // Receipt section: cut off at delivery.
    for (double x = 5; x < 205; x += 4)
        b.line(QPointF(x, 90), QPointF(x + 2, 90), 0.15);
    b.text(QRectF(8, 93, 194, 5), QStringLiteral("Посылку № %1 получил(а)").arg(d.id.text),
           {10, true, Align::Left, false, 6});
    captionedCell(b, QRectF(8, 100, 194, 11),
                  QStringLiteral("Предъявлен документ (вид, серия, номер, кем и когда выдан)"), QString(),
                  QString());
    captionedCell(b, QRectF(8, 113, 60, 11), QStringLiteral("Дата вручения"), QString(), QString());
    captionedCell(b, QRectF(68, 113, 67, 11), QStringLiteral("Подпись получателя"), QString(), QString());
    captionedCell(b, QRectF(135, 113, 67, 11), QStringLiteral("Подпись работника, оттиск КПШ"), QString(),
                  QString());
    if (cod)
        b.text(QRectF(8, 127, 194, 5),
               QStringLiteral("Наложенный платёж %1 уплачен; перевод Ф.112ЭП оформлен").arg(rub(d.cod)),
               {8, false, Align::Left, false, 6});
    if (b.error())
        return *b.error();
    return doc;
}

} // namespace pc::forms
