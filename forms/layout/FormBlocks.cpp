#include "FormBlocks.h"

namespace pc::forms::layout {

QString rub(Money m)
{
    return m.format(NumberStyle::Russian);
}

void captionedCell(PageBuilder& b, QRectF r, const QString& caption, const QString& value,
                   const QString& field, double valuePt, bool bold)
{
    b.box(r, 0.25);
    b.caption(QRectF(r.left() + 0.8, r.top() + 0.4, r.width() - 1.6, 2.8), caption, 5);
    if (r.height() > 4.5)
        b.text(QRectF(r.left() + 0.8, r.top() + 3.3, r.width() - 1.6, r.height() - 3.6), value,
               {valuePt, bold, Align::Left, true, 5}, field);
}

void partyCell(PageBuilder& b, QRectF r, const QString& caption, const Party& p, const QString& field,
               double sizePt)
{
    b.box(r, 0.3);
    b.caption(QRectF(r.left() + 0.8, r.top() + 0.4, r.width() - 1.6, 2.8), caption, 5);
    const double x = r.left() + 0.8;
    const double w = r.width() - 1.6;
    const double lineMm = sizePt * 25.4 / 72 * 1.25;
    b.text(QRectF(x, r.top() + 3.4, w, lineMm + 0.2), p.name, {sizePt, true, Align::Left, false, 5},
           field + QStringLiteral(".name"));
    QString address = p.oneLine();
    if (!p.country.isEmpty())
        address += QStringLiteral(", ") + p.country;
    const double addrTop = r.top() + 3.6 + lineMm;
    const double bottomH = lineMm + 0.6;
    b.text(QRectF(x, addrTop, w, r.bottom() - addrTop - bottomH), address,
           {sizePt, false, Align::Left, true, 5}, field + QStringLiteral(".address"));
    const double y = r.bottom() - bottomH;
    if (!p.postcode.isEmpty())
        b.text(QRectF(x, y, w * 0.45, lineMm), QStringLiteral("Индекс / Postcode: ") + p.postcode,
               {sizePt * 0.9, true, Align::Left, false, 5}, field + QStringLiteral(".postcode"));
    if (!p.phone.isEmpty())
        b.text(QRectF(x + w * 0.45, y, w * 0.55, lineMm), QStringLiteral("Тел. / Tel.: ") + p.phone,
               {sizePt * 0.9, false, Align::Right, false, 5}, field + QStringLiteral(".phone"));
}

void checkLine(PageBuilder& b, QPointF at, bool checked, const QString& label, double sizePt, double widthMm)
{
    b.checkBox(QRectF(at.x(), at.y(), 3, 3), checked);
    b.text(QRectF(at.x() + 4, at.y() - 0.3, widthMm - 4, 3.8), label,
           {sizePt, checked, Align::Left, false, 4});
}

} // namespace pc::forms::layout
