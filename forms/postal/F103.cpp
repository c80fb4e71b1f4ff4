// Ф.103 list of a business client's batch, A4 landscape: the heading with the sender, the office and
// the kind of mail; one table row per item, continuing on further sheets with the heading and the
// table header repeated; the totals row, the charge in words, the signatures; "Лист N из M" on each.
#include "PostalForms.h"
#include "forms/label/ParcelLabel.h"
#include "forms/layout/FormBlocks.h"
#include "forms/layout/RussianWords.h"
#include "forms/layout/Table.h"
#include "forms/layout/TextFit.h"

namespace pc::forms {

using namespace layout;

namespace {

Money sum(const std::vector<BatchListItem>& items, Money BatchListItem::*field)
{
    std::int64_t kop = 0;
    for (const BatchListItem& i : items)
        kop += (i.*field).kopecks();
    return Money::fromKopecks(kop);
}

bool digits(const QString& s)
{
    return std::all_of(s.begin(), s.end(), [](QChar c) { return c.isDigit(); });
}

} // namespace

std::int64_t F103Data::totalGrams() const
{
    std::int64_t g = 0;
    for (const BatchListItem& i : items)
        g += i.weightGrams;
    return g;
}

Money F103Data::totalDeclaredValue() const
{
    return sum(items, &BatchListItem::declaredValue);
}

Money F103Data::totalCod() const
{
    return sum(items, &BatchListItem::cod);
}

Money F103Data::totalFee() const
{
    return sum(items, &BatchListItem::fee);
}

Result<F103Data> f103FromJson(const QJsonObject& json)
{
    JsonFields f(json);
    F103Data d;
    d.listNumber = f.text(QStringLiteral("list_number"), true, 20);
    d.date = readDate(f, QStringLiteral("date"));
    JsonFields sender = f.object(QStringLiteral("sender"));
    d.senderName = sender.text(QStringLiteral("name"), true, 120);
    // A private sender of a list has no INN; when given it must be well-formed.
    d.senderInn = sender.text(QStringLiteral("inn"), false, 12);
    d.senderContract = sender.text(QStringLiteral("contract"), true, 60);
    JsonFields office = f.object(QStringLiteral("office"));
    d.officePostcode = office.text(QStringLiteral("postcode"), true, 6);
    d.officeName = office.text(QStringLiteral("name"), true, 80);
    d.mailType = f.text(QStringLiteral("mail_type"), true, 60);
    d.mailCategory = f.text(QStringLiteral("mail_category"), true, 80);
    d.operatorName = f.text(QStringLiteral("operator"), true, 60);
    const QJsonArray items = f.array(QStringLiteral("items"), true, 1, 1000);
    for (int i = 0; i < items.size(); ++i) {
        JsonFields e = f.element(items, QStringLiteral("items"), i);
        BatchListItem item;
        item.id = e.itemId(QStringLiteral("id"));
        item.recipient = e.party(QStringLiteral("recipient"));
        item.weightGrams = e.grams(QStringLiteral("weight_g"));
        item.declaredValue = e.money(QStringLiteral("declared_value"), false);
        item.cod = e.money(QStringLiteral("cod_amount"), false);
        item.fee = e.money(QStringLiteral("fee"));
        if (!e.error() && item.cod > item.declaredValue)
            e.fail(QStringLiteral("forms.field_invalid"),
                   QStringLiteral("field \"%1\" may not exceed \"declared_value\" (DOMAIN.md §6)")
                       .arg(e.path(QStringLiteral("cod_amount"))));
        d.items.push_back(std::move(item));
    }
    if (!f.error() && !d.senderInn.isEmpty() &&
        ((d.senderInn.size() != 10 && d.senderInn.size() != 12) || !digits(d.senderInn)))
        f.fail(QStringLiteral("forms.field_invalid"),
               QStringLiteral("field \"sender.inn\" must be 10 digits (an organisation) or 12 (an "
                              "entrepreneur), not \"%1\"")
                   .arg(d.senderInn));
    if (!f.error() && (d.officePostcode.size() != 6 || !digits(d.officePostcode)))
        f.fail(QStringLiteral("forms.field_invalid"),
               QStringLiteral("field \"office.postcode\" must be a six-digit postcode, not \"%1\"")
                   .arg(d.officePostcode));
    if (f.error())
        return *f.error();
    return d;
}

namespace {

constexpr double kLeft = 10;
constexpr double kWidth = 277;
constexpr double kTableBottom = 192; // the sheet number goes below
constexpr double kTrailer = 40;      // totals row, amounts in words, signatures

QString kg(std::int64_t grams)
{
    return QStringLiteral("%1,%2").arg(grams / 1000).arg(grams % 1000, 3, 10, QLatin1Char('0'));
}

QString amount(Money m)
{
    return m.format(NumberStyle::Russian, false);
}

QString amountOrDash(Money m)
{
    return m.isZero() ? QStringLiteral("—") : amount(m);
}

TableSpec tableSpec()
{
    TableSpec spec;
    spec.xMm = kLeft;
    spec.headerHeightMm = 9;
    spec.rowHeightMm = 7;
    spec.sizePt = 7.5;
    spec.field = QStringLiteral("items");
    spec.columns = {{QStringLiteral("№ п/п"), 10, Align::Right},
                    {QStringLiteral("ШПИ"), 34, Align::Left},
                    {QStringLiteral("Адресат"), 55, Align::Left},
                    {QStringLiteral("Индекс"), 16, Align::Center},
                    {QStringLiteral("Адрес"), 80, Align::Left},
                    {QStringLiteral("Вес, кг"), 18, Align::Right},
                    {QStringLiteral("Объявленная ценность, руб."), 22, Align::Right},
                    {QStringLiteral("Наложенный платёж, руб."), 22, Align::Right},
                    {QStringLiteral("Плата за пересылку, руб."), 20, Align::Right}};
    spec.columnFields = {QStringLiteral("no"),
                         QStringLiteral("id"),
                         QStringLiteral("recipient.name"),
                         QStringLiteral("recipient.postcode"),
                         QStringLiteral("recipient.address"),
                         QStringLiteral("weight_g"),
                         QStringLiteral("declared_value"),
                         QStringLiteral("cod_amount"),
                         QStringLiteral("fee")};
    return spec;
}

double firstHeading(PageBuilder& b, const F103Data& d)
{
    b.text(QRectF(kLeft, 7, 200, 7), QStringLiteral("СПИСОК № %1").arg(d.listNumber),
           {14, true, Align::Left, false, 0}, QStringLiteral("list_number"));
    b.text(QRectF(247, 7, 40, 5), QStringLiteral("Ф.103"), {10, true, Align::Right, false, 0});
    b.text(QRectF(kLeft, 14, 200, 5), QStringLiteral("партионных почтовых отправлений от %1").arg(d.date),
           {10, false, Align::Left, false, 0}, QStringLiteral("date"));
    captionedCell(b, QRectF(kLeft, 21, 140, 10), QStringLiteral("Отправитель"), d.senderName,
                  QStringLiteral("sender.name"), 9, true);
    captionedCell(b, QRectF(150, 21, 40, 10), QStringLiteral("ИНН"), d.senderInn,
                  QStringLiteral("sender.inn"), 9);
    captionedCell(b, QRectF(190, 21, 97, 10), QStringLiteral("Договор"), d.senderContract,
                  QStringLiteral("sender.contract"), 9);
    captionedCell(b, QRectF(kLeft, 31, 140, 10), QStringLiteral("Место приёма (отделение почтовой связи)"),
                  QStringLiteral("%1 %2").arg(d.officePostcode, d.officeName), QStringLiteral("office"), 9);
    captionedCell(b, QRectF(150, 31, 60, 10), QStringLiteral("Вид отправлений"), d.mailType,
                  QStringLiteral("mail_type"), 9);
    captionedCell(b, QRectF(210, 31, 77, 10), QStringLiteral("Категория"), d.mailCategory,
                  QStringLiteral("mail_category"), 8);
    return 44;
}

double continuationHeading(PageBuilder& b, const F103Data& d)
{
    b.addPage();
    b.text(QRectF(kLeft, 7, 230, 5),
           QStringLiteral("Список № %1 от %2, %3 (продолжение)").arg(d.listNumber, d.date, d.senderName),
           {9, true, Align::Left, false, 5});
    b.text(QRectF(247, 7, 40, 5), QStringLiteral("Ф.103"), {10, true, Align::Right, false, 0});
    return 14;
}

// "отправление" is neuter: 21 → "двадцать одно" (the words for two and up are the masculine ones).
QString countInWords(std::int64_t n)
{
    QString w = numberInWordsRu(n);
    if (w == QStringView(u"один") || w.endsWith(QStringView(u" один")))
        w.replace(w.size() - 4, 4, QStringLiteral("одно"));
    return w;
}

void row(PageBuilder& b, double y, const std::vector<std::pair<double, QString>>& cells,
         const QStringList& fields)
{
    double x = kLeft;
    for (size_t i = 0; i < cells.size(); ++i) {
        const QRectF cell(x, y, cells[i].first, 7);
        b.box(cell, 0.3);
        b.text(cell.adjusted(0.8, 0.6, -0.8, -0.3), cells[i].second,
               {7.5, true, i == 0 ? Align::Left : Align::Right, true, 5}, fields[static_cast<qsizetype>(i)]);
        x += cells[i].first;
    }
}

void trailer(PageBuilder& b, const F103Data& d, double y)
{
    const auto count = static_cast<std::int64_t>(d.items.size());
    row(b, y,
        {{195, QStringLiteral("Итого по списку: %1 %2")
                   .arg(count)
                   .arg(pluralRu(count, QStringLiteral("отправление"), QStringLiteral("отправления"),
                                 QStringLiteral("отправлений")))},
         {18, kg(d.totalGrams())},
         {22, amount(d.totalDeclaredValue())},
         {22, amount(d.totalCod())},
         {20, amount(d.totalFee())}},
        {QStringLiteral("total.count"), QStringLiteral("total.weight"),
         QStringLiteral("total.declared_value"), QStringLiteral("total.cod_amount"),
         QStringLiteral("total.fee")});
    y += 9;
    const TextStyle words{9, false, Align::Left, true, 6};
    b.text(QRectF(kLeft, y, kWidth, 5),
           QStringLiteral("Всего отправлений: %1 (%2)").arg(count).arg(countInWords(count)), words,
           QStringLiteral("total.count_words"));
    b.text(
        QRectF(kLeft, y + 5, kWidth, 5),
        QStringLiteral("Плата за пересылку: %1 (%2)").arg(rub(d.totalFee()), amountInWordsRu(d.totalFee())),
        words, QStringLiteral("total.fee_words"));
    y += 13;
    b.text(QRectF(kLeft, y, 130, 4), QStringLiteral("Сдал (отправитель): ") + d.senderName,
           {8, false, Align::Left, false, 5}, QStringLiteral("sender.name"));
    b.line(QPointF(kLeft, y + 10), QPointF(kLeft + 120, y + 10), 0.2);
    b.caption(QRectF(kLeft, y + 10.3, 120, 2.8), QStringLiteral("подпись, расшифровка, М.П."), 5);
    b.text(QRectF(157, y, 130, 4), QStringLiteral("Принял (оператор): ") + d.operatorName,
           {8, false, Align::Left, false, 5}, QStringLiteral("operator"));
    b.line(QPointF(157, y + 10), QPointF(287, y + 10), 0.2);
    b.caption(QRectF(157, y + 10.3, 130, 2.8), QStringLiteral("подпись работника связи, оттиск КПШ"), 5);
}

} // namespace

Result<Document> buildF103(const F103Data& d)
{
    Document doc{QStringLiteral("Ф.103 № %1").arg(d.listNumber), QSizeF(297, 210), {}};
    PageBuilder b(doc);
    std::vector<QStringList> rows;
    rows.reserve(d.items.size());
    for (size_t i = 0; i < d.items.size(); ++i) {
        const BatchListItem& it = d.items[i];
        rows.push_back({QString::number(i + 1), it.id.text, it.recipient.name, it.recipient.postcode,
                        it.recipient.oneLine(), kg(it.weightGrams), amountOrDash(it.declaredValue),
                        amountOrDash(it.cod), amount(it.fee)});
    }
    double y = flowTable(tableSpec(), rows, firstHeading(b, d), kTableBottom, b,
                         [&] { return continuationHeading(b, d); });
    if (y + kTrailer > 200)
        y = continuationHeading(b, d);
    trailer(b, d, y);
    // Sheet numbers once the number of sheets is known.
    const int sheets = b.pageCount();
    for (int p = 0; p < sheets; ++p) {
        TextBox t{QRectF(227, 201, 60, 4),
                  QStringLiteral("Лист %1 из %2").arg(p + 1).arg(sheets),
                  TextStyle{8, false, Align::Right, false, 0},
                  QStringLiteral("sheet"),
                  {},
                  0,
                  0,
                  0};
        if (auto st = fitText(t); !st)
            b.fail(st.error());
        doc.pages[static_cast<size_t>(p)].elements.emplace_back(std::move(t));
    }
    if (b.error())
        return *b.error();
    return doc;
}

} // namespace pc::forms
