// Ф.107 inventory of contents: two copies, on the halves of one A4 when the lines fit (≤ 8),
// otherwise each copy on its own pages with the table continuing.
#include "PostalForms.h"
#include "forms/label/ParcelLabel.h"
#include "forms/layout/FormBlocks.h"
#include "forms/layout/Table.h"

namespace pc::forms {

using namespace layout;

Money F107Data::total() const
{
    std::int64_t kop = 0;
    for (const InventoryLine& l : lines)
        kop += l.value.kopecks();
    return Money::fromKopecks(kop);
}

Result<F107Data> f107FromJson(const QJsonObject& json)
{
    JsonFields f(json);
    F107Data d;
    d.id = f.itemId(QStringLiteral("id"));
    d.product = f.text(QStringLiteral("product"), true, 60);
    d.sender = f.party(QStringLiteral("sender"));
    const bool abroad =
        json.value(QStringLiteral("recipient")).toObject().contains(QStringLiteral("country"));
    d.recipient = f.party(QStringLiteral("recipient"), false, abroad);
    const QJsonArray items = f.array(QStringLiteral("items"), true, 1, 200);
    for (int i = 0; i < items.size(); ++i) {
        JsonFields e = f.element(items, QStringLiteral("items"), i);
        d.lines.push_back({e.text(QStringLiteral("description"), true, 150),
                           e.integer(QStringLiteral("quantity"), true, 1, 100000),
                           e.money(QStringLiteral("value"))});
    }
    d.declaredValue = f.money(QStringLiteral("declared_value"));
    d.operatorName = f.text(QStringLiteral("operator"), true, 60);
    d.office = f.text(QStringLiteral("office"), true, 80);
    d.date = readDate(f, QStringLiteral("date"));
    if (!f.error() && d.total() != d.declaredValue)
        f.fail(QStringLiteral("forms.field_invalid"),
               QStringLiteral("field \"declared_value\" (%1) must equal the sum of the items' values (%2)")
                   .arg(rub(d.declaredValue), rub(d.total())));
    if (f.error())
        return *f.error();
    return d;
}

namespace {

constexpr int kRowsPerHalf = 8;

double copyHeading(PageBuilder& b, const F107Data& d, double top, const QString& copy)
{
    b.text(QRectF(10, top, 120, 6), QStringLiteral("ОПИСЬ ВЛОЖЕНИЯ"), {13, true, Align::Left, false, 0});
    b.text(QRectF(150, top, 50, 4), QStringLiteral("Ф.107"), {9, true, Align::Right, false, 0});
    b.text(QRectF(130, top + 4, 70, 4), copy, {7, false, Align::Right, false, 5});
    b.text(QRectF(10, top + 7, 190, 5), QStringLiteral("в %1 № %2").arg(d.product, d.id.text),
           {9, false, Align::Left, false, 6}, QStringLiteral("product"));
    return top + 13;
}

double parties(PageBuilder& b, const F107Data& d, double y)
{
    captionedCell(
        b, QRectF(10, y, 190, 9), QStringLiteral("Куда, кому"),
        QStringLiteral("%1, %2, %3").arg(d.recipient.postcode, d.recipient.oneLine(), d.recipient.name),
        QStringLiteral("recipient"), 8);
    captionedCell(b, QRectF(10, y + 9, 190, 9), QStringLiteral("От кого"),
                  QStringLiteral("%1, %2, %3").arg(d.sender.postcode, d.sender.oneLine(), d.sender.name),
                  QStringLiteral("sender"), 8);
    return y + 19;
}

double signatures(PageBuilder& b, const F107Data& d, double y)
{
    b.text(QRectF(10, y, 190, 5),
           QStringLiteral("Общий итог предметов: %1, объявленная ценность: %2")
               .arg(d.lines.size())
               .arg(rub(d.total())),
           {9, true, Align::Left, false, 6}, QStringLiteral("total"));
    y += 6;
    b.text(QRectF(10, y, 95, 4), QStringLiteral("Отправитель: ") + d.sender.name,
           {8, false, Align::Left, false, 5}, QStringLiteral("sender.name"));
    b.line(QPointF(10, y + 9), QPointF(95, y + 9), 0.2);
    b.caption(QRectF(10, y + 9.3, 85, 2.8), QStringLiteral("подпись отправителя"), 5);
    b.text(QRectF(110, y, 90, 4), QStringLiteral("Проверил: ") + d.operatorName,
           {8, false, Align::Left, false, 5}, QStringLiteral("operator"));
    b.line(QPointF(110, y + 9), QPointF(200, y + 9), 0.2);
    b.caption(QRectF(110, y + 9.3, 90, 2.8), QStringLiteral("подпись работника связи, оттиск КПШ"), 5);
    b.text(QRectF(10, y + 13, 190, 4), QStringLiteral("%1, %2").arg(d.office, d.date),
           {8, false, Align::Left, false, 5}, QStringLiteral("office"));
    return y + 18;
}

} // namespace

Result<Document> buildF107(const F107Data& d)
{
    Document doc{QStringLiteral("Ф.107 %1").arg(d.id.text), QSizeF(210, 297), {}};
    PageBuilder b(doc);
    TableSpec spec;
    spec.xMm = 10;
    spec.field = QStringLiteral("items");
    spec.columns = {{QStringLiteral("№ п/п"), 12, Align::Right},
                    {QStringLiteral("Наименование предметов"), 118, Align::Left},
                    {QStringLiteral("Кол-во предметов"), 25, Align::Right},
                    {QStringLiteral("Объявленная ценность, руб."), 35, Align::Right}};
    spec.columnFields = {QStringLiteral("no"), QStringLiteral("description"), QStringLiteral("quantity"),
                         QStringLiteral("value")};
    std::vector<QStringList> rows;
    for (size_t i = 0; i < d.lines.size(); ++i)
        rows.push_back({QString::number(i + 1), d.lines[i].description, QString::number(d.lines[i].quantity),
                        d.lines[i].value.format(NumberStyle::Russian, false)});
    const bool halves = d.lines.size() <= static_cast<size_t>(kRowsPerHalf);
    const QString copies[] = {QStringLiteral("экземпляр 1: вкладывается в отправление"),
                              QStringLiteral("экземпляр 2: выдаётся отправителю")};
    for (int c = 0; c < 2; ++c) {
        double top = 8;
        if (halves && c == 1) {
            top = 156; // lower half, below the cut line
            b.line(QPointF(5, 148.5), QPointF(205, 148.5), 0.15);
        } else if (c == 1) {
            b.addPage();
        }
        double y = parties(b, d, copyHeading(b, d, top, copies[c]));
        const double bottom = halves ? top + 120 : 270;
        y = flowTable(spec, rows, y, bottom, b, [&] {
            b.addPage();
            return copyHeading(b, d, 8, copies[c]);
        });
        if (!halves && y + 19 > 287) {
            b.addPage();
            y = copyHeading(b, d, 8, copies[c]);
        }
        signatures(b, d, y + 2);
    }
    if (b.error())
        return *b.error();
    return doc;
}

} // namespace pc::forms
