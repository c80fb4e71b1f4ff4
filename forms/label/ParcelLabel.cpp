#include "ParcelLabel.h"

#include "forms/layout/PageBuilder.h"

#include <QDate>

namespace pc::forms {

using namespace layout;

QString readDate(JsonFields& f, const QString& key)
{
    const QString raw = f.text(key);
    if (raw.isEmpty())
        return {};
    QDate d = QDate::fromString(raw, Qt::ISODate);
    if (!d.isValid())
        d = QDate::fromString(raw, QStringLiteral("dd.MM.yyyy"));
    if (!d.isValid()) {
        f.fail(QStringLiteral("forms.field_invalid"),
               QStringLiteral("field \"%1\": \"%2\" is not a date (YYYY-MM-DD)").arg(f.path(key), raw));
        return {};
    }
    return d.toString(QStringLiteral("dd.MM.yyyy"));
}

Result<ParcelLabelData> parcelLabelFromJson(const QJsonObject& json)
{
    JsonFields f(json);
    ParcelLabelData d;
    d.id = f.itemId(QStringLiteral("id"));
    d.product = f.text(QStringLiteral("product"));
    d.sender = f.party(QStringLiteral("sender"), false, false);
    const bool abroad =
        json.value(QStringLiteral("recipient")).toObject().contains(QStringLiteral("country"));
    d.recipient = f.party(QStringLiteral("recipient"), false, abroad);
    d.weightGrams = f.grams(QStringLiteral("weight_g"));
    d.declaredValue = f.money(QStringLiteral("declared_value"), false);
    d.cod = f.money(QStringLiteral("cod_amount"), false);
    d.fragile = f.flag(QStringLiteral("fragile"));
    d.noReturn = f.flag(QStringLiteral("no_return"));
    d.office = f.text(QStringLiteral("office"));
    d.date = readDate(f, QStringLiteral("date"));
    if (d.cod > d.declaredValue && !d.cod.isZero())
        f.fail(QStringLiteral("forms.field_invalid"),
               QStringLiteral("field \"cod_amount\" may not exceed \"declared_value\" (DOMAIN.md §6)"));
    if (f.error())
        return *f.error();
    return d;
}

QString parcelLabelMatrixData(const ParcelLabelData& d)
{
    // No postcode yet (sent by the recipient's phone number): "000000", which no office has, keeps the
    // field's six digits and so the symbol's size.
    const QString postcode = d.recipient.postcode.isEmpty() ? QStringLiteral("000000") : d.recipient.postcode;
    return QStringLiteral("%1|%2|%3|%4|%5")
        .arg(d.id.text, postcode)
        .arg(d.weightGrams)
        .arg(d.declaredValue.kopecks())
        .arg(d.cod.kopecks());
}

namespace {

QString rub(Money m)
{
    return m.format(NumberStyle::Russian);
}

void partyBlock(PageBuilder& b, QRectF r, const QString& caption, const Party& p, const QString& field,
                bool large)
{
    b.box(r, 0.4);
    b.caption(QRectF(r.left() + 1, r.top() + 0.5, r.width() - 2, 3), caption);
    const double x = r.left() + 1;
    const double w = r.width() - 2;
    const double nameH = large ? 7 : 5;
    b.text(QRectF(x, r.top() + 4, w, nameH), p.name, {large ? 12.0 : 9.0, true, Align::Left, true, 6},
           field + QStringLiteral(".name"));
    const double addrTop = r.top() + 4 + nameH;
    const double postW = large ? 34 : 24;
    QString address = p.oneLine();
    if (!p.country.isEmpty())
        address += QStringLiteral(", ") + p.country;
    b.text(QRectF(x, addrTop, w, r.bottom() - addrTop - (large ? 11 : 10)), address,
           {large ? 11.0 : 8.0, false, Align::Left, true, 5.5}, field + QStringLiteral(".address"));
    const QRectF post(r.right() - postW - 1, r.bottom() - (large ? 10.5 : 9.5), postW, large ? 9.5 : 8.5);
    if (!p.postcode.isEmpty()) {
        b.box(post, 0.5);
        b.text(post.adjusted(1, 0.5, -1, 0), p.postcode,
               {large ? 20.0 : 14.0, true, Align::Center, false, 10}, field + QStringLiteral(".postcode"));
    }
    if (!p.phone.isEmpty())
        b.text(QRectF(x, r.bottom() - (large ? 8 : 7), r.width() - postW - 4, 5),
               QStringLiteral("тел. ") + p.phone, {8, false, Align::Left, false, 6},
               field + QStringLiteral(".phone"));
}

void valueCell(PageBuilder& b, QRectF r, const QString& caption, const QString& value, const QString& field)
{
    b.box(r, 0.3);
    b.caption(QRectF(r.left() + 1, r.top() + 0.5, r.width() - 2, 3.5), caption);
    b.text(QRectF(r.left() + 1, r.top() + 4.5, r.width() - 2, r.height() - 5), value,
           {10, true, Align::Center, false, 6}, field);
}

} // namespace

Result<Document> buildParcelLabel(const ParcelLabelData& d)
{
    Document doc{QStringLiteral("Ф.7п %1").arg(d.id.text), QSizeF(100, 150), {}};
    PageBuilder b(doc);
    b.text(QRectF(3, 2.5, 72, 7), d.product, {12, true, Align::Left, false, 7}, QStringLiteral("product"));
    b.text(QRectF(76, 2.5, 21, 5), QStringLiteral("Ф.7п"), {9, true, Align::Right, false, 0});
    // 0.375 mm modules: 3 dots at 203 dpi, 4 at 300 dpi; quiet zone ≥ 10 modules on both sides.
    b.barcode(QPointF(8, 11), Symbology::Code128, d.id.text, 0.375, 16, true, QStringLiteral("id"), 84);
    partyBlock(b, QRectF(3, 37, 94, 30), QStringLiteral("От кого / From"), d.sender, QStringLiteral("sender"),
               false);
    partyBlock(b, QRectF(3, 69, 94, 43), QStringLiteral("Кому / To"), d.recipient,
               QStringLiteral("recipient"), true);
    valueCell(b, QRectF(3, 114, 26, 12), QStringLiteral("Вес, г / Weight, g"), QString::number(d.weightGrams),
              QStringLiteral("weight_g"));
    valueCell(b, QRectF(29, 114, 34, 12), QStringLiteral("Объявленная ценность"),
              d.declaredValue.isZero() ? QStringLiteral("—") : rub(d.declaredValue),
              QStringLiteral("declared_value"));
    valueCell(b, QRectF(63, 114, 34, 12), QStringLiteral("Наложенный платёж"),
              d.cod.isZero() ? QStringLiteral("—") : rub(d.cod), QStringLiteral("cod_amount"));
    const struct {
        bool on;
        const char* text;
    } marks[] = {{d.fragile, "Осторожно: хрупкое / Fragile"},
                 {!d.cod.isZero(), "С наложенным платежом / COD"},
                 {d.noReturn, "Не возвращать / Do not return"}};
    double y = 128.5;
    for (const auto& m : marks) {
        b.checkBox(QRectF(4, y, 3.5, 3.5), m.on);
        b.text(QRectF(9, y - 0.2, 60, 4.2), QString::fromUtf8(m.text), {7.5, m.on, Align::Left, false, 5});
        y += 4.6;
    }
    // DataMatrix: 0.625 mm modules = 5 dots at 203 dpi, 7 at 300 dpi (whole dots, see moduleDots);
    // a 22×22 symbol is 13.75 mm, with a quiet zone of at least 2 modules kept clear on every side.
    b.barcode(QPointF(82, 128), Symbology::DataMatrix, parcelLabelMatrixData(d), 0.625, 0, false,
              QStringLiteral("datamatrix"), 14);
    b.line(QPointF(3, 143), QPointF(97, 143), 0.3);
    b.text(QRectF(3, 143.8, 70, 4.5), d.office, {7.5, false, Align::Left, false, 5},
           QStringLiteral("office"));
    b.text(QRectF(73, 143.8, 24, 4.5), d.date, {7.5, false, Align::Right, false, 6}, QStringLiteral("date"));
    if (b.error())
        return *b.error();
    return doc;
}

} // namespace pc::forms
