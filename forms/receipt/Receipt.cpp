#include "Receipt.h"

#include "forms/layout/PageBuilder.h"

#include <QDateTime>

namespace pc::forms {

using namespace layout;

Money ReceiptLine::amount() const
{
    return price.times(quantity).valueOr(Money());
}

int ReceiptLine::vatPercent() const
{
    if (vat == QStringLiteral("22%"))
        return 22;
    if (vat == QStringLiteral("20%"))
        return 20;
    if (vat == QStringLiteral("10%"))
        return 10;
    return 0;
}

Money ReceiptLine::vatAmount() const
{
    // "22%" (the rate from 2026), "20%", "10%": included VAT = amount × r / (100 + r).
    const int rate = vatPercent();
    if (rate <= 0)
        return {};
    return amount().scaled(rate, 100 + rate).valueOr(Money());
}

Result<ReceiptData> receiptFromJson(const QJsonObject& json)
{
    JsonFields f(json);
    ReceiptData d;
    d.widthMm = static_cast<int>(
        f.has(QStringLiteral("width_mm")) ? f.integer(QStringLiteral("width_mm"), true, 58, 80) : 80);
    if (d.widthMm != 58 && d.widthMm != 80)
        f.fail(QStringLiteral("forms.field_invalid"), QStringLiteral("field \"width_mm\" is 80 or 58"));
    JsonFields office = f.object(QStringLiteral("office"));
    d.officeName = office.text(QStringLiteral("name"));
    d.officeAddress = office.text(QStringLiteral("address"));
    d.inn = office.text(QStringLiteral("inn"));
    d.counter = static_cast<int>(f.integer(QStringLiteral("counter"), true, 1, 999));
    d.operatorName = f.text(QStringLiteral("operator"));
    d.shift =
        f.has(QStringLiteral("shift")) ? f.integer(QStringLiteral("shift"), true, 1) : 0; // 0: no cash shift
    d.number = f.integer(QStringLiteral("number"), true, 1);
    const QString dt = f.text(QStringLiteral("datetime"));
    const QDateTime when = QDateTime::fromString(dt, Qt::ISODate);
    if (!dt.isEmpty() && !when.isValid())
        f.fail(QStringLiteral("forms.field_invalid"),
               QStringLiteral("field \"datetime\": \"%1\" is not YYYY-MM-DDTHH:MM").arg(dt));
    d.dateTime = when.toString(QStringLiteral("dd.MM.yyyy HH:mm"));
    d.qrDateTime = when.toString(QStringLiteral("yyyyMMdd'T'HHmm"));
    const QJsonArray lines = f.array(QStringLiteral("lines"), true, 1, 100);
    Money sum;
    for (int i = 0; i < lines.size(); ++i) {
        JsonFields l = f.element(lines, QStringLiteral("lines"), i);
        ReceiptLine line;
        line.name = l.text(QStringLiteral("name"));
        line.quantity = l.has(QStringLiteral("qty")) ? l.integer(QStringLiteral("qty"), true, 1, 10000) : 1;
        line.price = l.money(QStringLiteral("price"));
        line.vat = l.text(QStringLiteral("vat"));
        if (!line.vat.isEmpty() &&
            !QStringList{QStringLiteral("22%"), QStringLiteral("20%"), QStringLiteral("10%"),
                         QStringLiteral("0%"), QStringLiteral("none")}
                 .contains(line.vat))
            l.fail(QStringLiteral("forms.field_invalid"),
                   QStringLiteral("field \"%1\" is one of 22%, 20%, 10%, 0%, none")
                       .arg(l.path(QStringLiteral("vat"))));
        if (l.has(QStringLiteral("item_id"))) {
            line.itemId = l.itemId(QStringLiteral("item_id")).text;
        }
        sum = sum.plus(line.amount()).valueOr(sum);
        d.lines.push_back(line);
    }
    d.total = f.money(QStringLiteral("total"));
    if (!f.error() && d.total != sum)
        f.fail(QStringLiteral("forms.field_invalid"),
               QStringLiteral("field \"total\" (%1) is not the sum of the lines (%2)")
                   .arg(d.total.format(NumberStyle::Russian), sum.format(NumberStyle::Russian)));
    JsonFields pay = f.object(QStringLiteral("payment"));
    d.paymentMethod = pay.text(QStringLiteral("method"));
    d.paid = pay.money(QStringLiteral("paid"));
    d.change = d.paid.minus(d.total).valueOr(Money());
    if (!f.error() && d.paid < d.total)
        pay.fail(QStringLiteral("forms.field_invalid"),
                 QStringLiteral("field \"payment.paid\" is less than the total"));
    JsonFields fiscal = f.object(QStringLiteral("fiscal"));
    // Without a fiscal register (no "fn") the receipt is printed as a non-fiscal document; with one,
    // all of its fields are required.
    const bool fiscalised = fiscal.has(QStringLiteral("fn"));
    d.fn = fiscal.text(QStringLiteral("fn"), fiscalised);
    d.fd = fiscal.text(QStringLiteral("fd"), fiscalised);
    d.fpd = fiscal.text(QStringLiteral("fpd"), fiscalised);
    d.kktReg = fiscal.text(QStringLiteral("kkt_reg"), fiscalised);
    d.taxSystem = fiscal.text(QStringLiteral("sno"), fiscalised);
    d.calcType = fiscal.text(QStringLiteral("calc_type"));
    if (f.error())
        return *f.error();
    return d;
}

QString receiptQrData(const ReceiptData& d)
{
    const std::int64_t kop = d.total.kopecks();
    return QStringLiteral("t=%1&s=%2.%3&fn=%4&i=%5&fp=%6&n=1")
        .arg(d.qrDateTime)
        .arg(kop / 100)
        .arg(kop % 100, 2, 10, QLatin1Char('0'))
        .arg(d.fn, d.fd, d.fpd);
}

namespace {

QString rub(Money m)
{
    return m.format(NumberStyle::Russian, false);
}

struct Column {
    PageBuilder& b;
    double left, width, y = 3;
    const QString* fieldPrefix = nullptr;

    void text(const QString& s, TextStyle st, const QString& field = {}, double h = 0)
    {
        const double lineH = h > 0 ? h : st.sizePt * 0.46;
        b.text(QRectF(left, y, width, lineH), s, st, field);
        y += lineH;
    }
    void pair(const QString& l, const QString& r, double pt, bool bold, const QString& field)
    {
        const double h = pt * 0.46;
        b.text(QRectF(left, y, width * 0.62, h), l, {pt, bold, Align::Left, false, pt - 2});
        b.text(QRectF(left + width * 0.62, y, width * 0.38, h), r, {pt, bold, Align::Right, false, pt - 2},
               field);
        y += h;
    }
    void rule()
    {
        y += 0.8;
        b.line(QPointF(left, y), QPointF(left + width, y), 0.2);
        y += 1.0;
    }
};

} // namespace

Result<Document> buildReceipt(const ReceiptData& d)
{
    Document doc{QStringLiteral("Чек %1").arg(d.number), QSizeF(d.widthMm, 100), {}};
    PageBuilder b(doc);
    const double pt = d.widthMm == 80 ? 8.5 : 7;
    Column c{b, 4, d.widthMm - 8.0};
    c.text(d.officeName, {pt + 1, true, Align::Center, true, pt - 2}, QStringLiteral("office.name"), 0);
    c.text(d.officeAddress, {pt - 1, false, Align::Center, true, pt - 3}, QStringLiteral("office.address"),
           (pt - 1) * 0.46 * 2);
    c.text(QStringLiteral("ИНН %1").arg(d.inn), {pt - 1, false, Align::Center, false, pt - 3},
           QStringLiteral("office.inn"));
    c.rule();
    c.text(QStringLiteral("КАССОВЫЙ ЧЕК · %1").arg(d.calcType), {pt, true, Align::Center, false, pt - 2},
           QStringLiteral("fiscal.calc_type"));
    c.pair(QStringLiteral("Чек №"), QString::number(d.number), pt, false, QStringLiteral("number"));
    if (d.shift > 0)
        c.pair(QStringLiteral("Смена №"), QString::number(d.shift), pt, false, QStringLiteral("shift"));
    c.pair(QStringLiteral("Окно"), QString::number(d.counter), pt, false, QStringLiteral("counter"));
    c.pair(QStringLiteral("Оператор"), d.operatorName, pt, false, QStringLiteral("operator"));
    c.pair(QStringLiteral("Дата и время"), d.dateTime, pt, false, QStringLiteral("datetime"));
    c.rule();
    for (size_t i = 0; i < d.lines.size(); ++i) {
        const ReceiptLine& l = d.lines[i];
        const QString field = QStringLiteral("lines[%1]").arg(i);
        c.text(QStringLiteral("%1. %2").arg(i + 1).arg(l.name), {pt, false, Align::Left, false, pt - 2.5},
               field + QStringLiteral(".name"));
        c.pair(QStringLiteral("  %1 × %2").arg(l.quantity).arg(rub(l.price)),
               QStringLiteral("=%1").arg(rub(l.amount())), pt, false, field + QStringLiteral(".amount"));
        const QString vat = l.vat == QStringLiteral("none") ? QStringLiteral("НДС не облагается")
                                                            : QStringLiteral("НДС %1").arg(l.vat);
        c.pair(QStringLiteral("  ") + vat, l.vatAmount().isZero() ? QString() : rub(l.vatAmount()), pt - 1,
               false, field + QStringLiteral(".vat"));
        if (!l.itemId.isEmpty())
            c.pair(QStringLiteral("  ШПИ"), l.itemId, pt - 1, false, field + QStringLiteral(".item_id"));
    }
    c.rule();
    c.pair(QStringLiteral("ИТОГ"), rub(d.total), pt + 5, true, QStringLiteral("total"));
    for (const int rate : {22, 20, 10}) {
        Money sumAtRate;
        for (const ReceiptLine& l : d.lines)
            if (l.vatPercent() == rate)
                sumAtRate = sumAtRate.plus(l.vatAmount()).valueOr(sumAtRate);
        if (!sumAtRate.isZero())
            c.pair(QStringLiteral("Сумма НДС %1%").arg(rate), rub(sumAtRate), pt, false,
                   QStringLiteral("vat%1").arg(rate));
    }
    const bool cash = d.paymentMethod == QStringLiteral("cash");
    const QString paidBy = cash ? QStringLiteral("НАЛИЧНЫМИ")
                           : d.paymentMethod == QStringLiteral("contract") ? QStringLiteral("ПО ДОГОВОРУ")
                                                                           : QStringLiteral("БЕЗНАЛИЧНЫМИ");
    c.pair(paidBy, rub(d.paid), pt, false, QStringLiteral("payment.paid"));
    c.pair(QStringLiteral("СДАЧА"), rub(d.change), pt, false, QStringLiteral("payment.change"));
    c.rule();
    if (d.fn.isEmpty()) {
        c.text(QStringLiteral("НЕФИСКАЛЬНЫЙ ДОКУМЕНТ"), {pt, true, Align::Center, false, pt - 2},
               QStringLiteral("fiscal"));
        c.y += 2;
    } else {
        c.pair(QStringLiteral("СНО"), d.taxSystem, pt - 1, false, QStringLiteral("fiscal.sno"));
        c.pair(QStringLiteral("РН ККТ"), d.kktReg, pt - 1, false, QStringLiteral("fiscal.kkt_reg"));
        c.pair(QStringLiteral("ФН №"), d.fn, pt - 1, false, QStringLiteral("fiscal.fn"));
        c.pair(QStringLiteral("ФД №"), d.fd, pt - 1, false, QStringLiteral("fiscal.fd"));
        c.pair(QStringLiteral("ФПД"), d.fpd, pt - 1, false, QStringLiteral("fiscal.fpd"));
        c.y += 2;
        // 0.5 mm modules: 4 dots at 203 dpi, 6 at 300 dpi.
        const QString qr = receiptQrData(d);
        const double qrX = (d.widthMm - 29 * 0.5) / 2 - 2;
        b.barcode(QPointF(qrX, c.y), Symbology::QrCode, qr, 0.5, 0, false, QStringLiteral("qr"),
                  d.widthMm - 8);
        c.y += 24;
    }
    c.text(QStringLiteral("Спасибо! Сохраняйте чек."), {pt - 1, false, Align::Center, false, pt - 3});
    doc.mediaMm.setHeight(c.y + 6);
    if (b.error())
        return *b.error();
    return doc;
}

} // namespace pc::forms
