// The day's easy returns on A4 (реестр возвратов): per shop its contract, the returns accepted with
// their codes, orders and identifiers, and a count per shop — the list a shop's contract is billed
// for, signed by the head of office. Reads returnsDayJson of the returns area.
#include "ReportBlocks.h"
#include "forms/layout/FormBlocks.h"

#include <QCoreApplication>

namespace pc::forms {

using namespace layout;

Result<ReturnsDayData> returnsDayFromJson(const QJsonObject& json)
{
    JsonFields f(json);
    ReturnsDayData d;
    d.date = f.text(QStringLiteral("date"), true, 10);
    d.office = f.text(QStringLiteral("office"), false, 120);
    const QJsonArray shops = f.array(QStringLiteral("shops"), true, 0, 500);
    qint64 total = 0;
    for (int i = 0; i < shops.size(); ++i) {
        JsonFields s = f.element(shops, QStringLiteral("shops"), i);
        ReturnsDayShop shop{
            s.text(QStringLiteral("shop"), true, 200), s.text(QStringLiteral("contract"), true, 40), {}};
        const QJsonArray items = s.array(QStringLiteral("items"), true, 1, 10000);
        for (int j = 0; j < items.size(); ++j) {
            JsonFields e = s.element(items, QStringLiteral("items"), j);
            shop.items.push_back(
                {e.text(QStringLiteral("code"), true, 20), e.text(QStringLiteral("order"), false, 60),
                 e.text(QStringLiteral("item"), true, 20), e.text(QStringLiteral("counter"), false, 40),
                 e.integer(QStringLiteral("declared_value_kop"), false, 0, 1'000'000'000'000)});
        }
        const qint64 count = s.integer(QStringLiteral("count"), true, 0, 10000);
        if (!s.error() && count != qint64(shop.items.size()))
            s.fail(
                QStringLiteral("forms.field_invalid"),
                QCoreApplication::translate("pc::forms", "field \"%1\" is %2 but the shop lists %3 returns")
                    .arg(s.path(QStringLiteral("count")))
                    .arg(count)
                    .arg(shop.items.size()));
        total += count;
        d.shops.push_back(std::move(shop));
    }
    if (f.has(QStringLiteral("total"))) {
        const qint64 printed = f.integer(QStringLiteral("total"), true, 0, 10'000'000);
        if (!f.error() && printed != total)
            f.fail(
                QStringLiteral("forms.field_invalid"),
                QCoreApplication::translate("pc::forms", "field \"total\" is %1 but the shops add up to %2")
                    .arg(printed)
                    .arg(total));
    }
    if (f.error())
        return *f.error();
    return d;
}

Result<Document> buildReturnsDay(const ReturnsDayData& d)
{
    constexpr double L = ReportPages::kLeft;
    constexpr double W = ReportPages::kWidth;
    Document doc{QStringLiteral("Реестр возвратов %1").arg(d.date), QSizeF(210, 297), {}};
    PageBuilder b(doc);
    ReportPages pages(b, QStringLiteral("РЕЕСТР ЛЁГКИХ ВОЗВРАТОВ"),
                      QStringLiteral("за %1%2").arg(
                          d.date, d.office.isEmpty() ? QString() : QStringLiteral(" · ") + d.office));
    double y = pages.start();
    int total = 0;
    for (const ReturnsDayShop& s : d.shops)
        total += int(s.items.size());
    captionedCell(b, QRectF(L, y, W * 0.6, 11), QStringLiteral("Отделение"),
                  d.office.isEmpty() ? QStringLiteral("—") : d.office, QStringLiteral("office"), 9.5, true);
    captionedCell(b, QRectF(L + W * 0.6, y, W * 0.2, 11), QStringLiteral("Дата"), d.date,
                  QStringLiteral("date"), 9.5, true);
    captionedCell(b, QRectF(L + W * 0.8, y, W * 0.2, 11), QStringLiteral("Возвратов"), QString::number(total),
                  QStringLiteral("total"), 9.5, true);
    y += 15;
    if (d.shops.empty())
        b.text(QRectF(L, y, W, 6), QStringLiteral("Возвратов за день не принято."),
               {9.5, false, Align::Left, false, 0});
    for (size_t i = 0; i < d.shops.size(); ++i) {
        const ReturnsDayShop& s = d.shops[i];
        y = pages.section(y, QStringLiteral("%1 — договор %2").arg(s.shop, s.contract), 24);
        TableSpec spec;
        spec.xMm = L;
        spec.field = QStringLiteral("shops[%1].items").arg(i);
        spec.columns = {{QStringLiteral("№"), 10, Align::Right},
                        {QStringLiteral("Код возврата"), 34, Align::Left},
                        {QStringLiteral("Заказ"), 42, Align::Left},
                        {QStringLiteral("ШПИ"), 44, Align::Left},
                        {QStringLiteral("Окно"), 20, Align::Left},
                        {QStringLiteral("Объявл. ценность"), 36, Align::Right}};
        spec.columnFields = {QStringLiteral("n"),       QStringLiteral("code"),
                             QStringLiteral("order"),   QStringLiteral("item"),
                             QStringLiteral("counter"), QStringLiteral("declared_value_kop")};
        std::vector<QStringList> rows;
        qint64 value = 0;
        for (size_t j = 0; j < s.items.size(); ++j) {
            const ReturnsDayLine& l = s.items[j];
            rows.push_back({QString::number(j + 1), l.code, l.order.isEmpty() ? QStringLiteral("—") : l.order,
                            l.item, l.counter, l.declaredKop ? kopText(l.declaredKop) : QStringLiteral("—")});
            value += l.declaredKop;
        }
        y = flowTable(spec, rows, y, ReportPages::kBottom - spec.rowHeightMm, b, pages.pageBreak());
        y = totalRow(b, spec,
                     {QString(), QStringLiteral("Итого"), QString(), QString::number(s.items.size()),
                      QString(), value ? kopText(value) : QStringLiteral("—")},
                     y, QStringLiteral("shops[%1].total").arg(i)) +
            4;
    }
    pages.headOfOfficeSignature(y);
    if (b.error())
        return *b.error();
    return doc;
}

} // namespace pc::forms
