// 58×40 mm label for letters; with an S10 identifier it is the S10 (CN 04 style) label: the
// service letter large in a box, the identifier as Code 128 with its text.
#include "ParcelLabel.h"
#include "forms/layout/PageBuilder.h"

namespace pc::forms {

using namespace layout;

Result<SmallLabelData> smallLabelFromJson(const QJsonObject& json)
{
    JsonFields f(json);
    SmallLabelData d;
    d.id = f.itemId(QStringLiteral("id"));
    d.product = f.text(QStringLiteral("product"));
    const bool abroad =
        json.value(QStringLiteral("recipient")).toObject().contains(QStringLiteral("country"));
    d.recipient = f.party(QStringLiteral("recipient"), false, abroad);
    d.weightGrams = f.grams(QStringLiteral("weight_g"));
    d.date = readDate(f, QStringLiteral("date"));
    if (f.error())
        return *f.error();
    return d;
}

Result<Document> buildSmallLabel(const SmallLabelData& d)
{
    const bool s10 = d.id.kind == IdKind::S10;
    Document doc{
        QStringLiteral("%1 %2").arg(s10 ? QStringLiteral("S10") : QStringLiteral("label"), d.id.text),
        QSizeF(58, 40),
        {}};
    PageBuilder b(doc);
    double productX = 2;
    if (s10) {
        // CN 04: the first letter of the service indicator, large and framed, beside the product.
        b.box(QRectF(2, 13.6, 6, 5.2), 0.4);
        b.text(QRectF(2.2, 13.7, 5.6, 5), d.id.text.left(1), {12, true, Align::Center, false, 0});
        productX = 9;
    }
    // 0.25 mm modules: 2 dots at 203 dpi, 3 at 300 dpi; 2.5 mm quiet zones at the edges.
    b.barcode(QPointF(6.5, 2), Symbology::Code128, d.id.text, 0.25, 8, true, QStringLiteral("id"), 45);
    b.text(QRectF(productX, 14.5, 40 - productX, 4), d.product, {7, true, Align::Left, false, 5},
           QStringLiteral("product"));
    b.text(QRectF(40, 14.5, 16, 4), d.date, {6.5, false, Align::Right, false, 5}, QStringLiteral("date"));
    b.line(QPointF(2, 19), QPointF(56, 19), 0.25);
    b.text(QRectF(2, 19.5, 54, 4.5), d.recipient.name, {8, true, Align::Left, false, 5.5},
           QStringLiteral("recipient.name"));
    QString address = d.recipient.oneLine();
    if (!d.recipient.country.isEmpty())
        address += QStringLiteral(", ") + d.recipient.country;
    b.text(QRectF(2, 24, 54, 10), address, {7, false, Align::Left, true, 4.5},
           QStringLiteral("recipient.address"));
    b.text(QRectF(2, 34.5, 24, 4.5), d.recipient.postcode, {9, true, Align::Left, false, 6},
           QStringLiteral("recipient.postcode"));
    b.text(QRectF(30, 34.5, 26, 4.5), QStringLiteral("%1 г").arg(d.weightGrams),
           {7, false, Align::Right, false, 5}, QStringLiteral("weight_g"));
    if (b.error())
        return *b.error();
    return doc;
}

} // namespace pc::forms
