// Ф.22 notice of arrival, A6 landscape: front with the item's barcode, the addressee, what arrived,
// where and until when to collect it; back (page 2) for the hand-over: ID document, date, signature.
#include "PostalForms.h"
#include "forms/label/ParcelLabel.h"
#include "forms/layout/FormBlocks.h"

namespace pc::forms {

using namespace layout;

Result<F22Data> f22FromJson(const QJsonObject& json)
{
    JsonFields f(json);
    F22Data d;
    d.id = f.itemId(QStringLiteral("id"));
    d.product = f.text(QStringLiteral("product"), true, 60);
    d.recipient = f.party(QStringLiteral("recipient"));
    JsonFields s = f.object(QStringLiteral("sender"));
    d.sender.name = s.text(QStringLiteral("name"), true, 80);
    d.sender.city = s.text(QStringLiteral("city"), true, 60);
    d.weightGrams = f.grams(QStringLiteral("weight_g"));
    d.declaredValue = f.money(QStringLiteral("declared_value"), false);
    d.cod = f.money(QStringLiteral("cod_amount"), false);
    d.charge = f.money(QStringLiteral("charge"), false);
    d.office = f.text(QStringLiteral("office"), true, 80);
    d.officeAddress = f.text(QStringLiteral("office_address"), true, 120);
    d.officeHours = f.text(QStringLiteral("office_hours"), true, 80);
    d.arrivalDate = readDate(f, QStringLiteral("date"));
    d.storageUntil = readDate(f, QStringLiteral("storage_until"));
    if (f.error())
        return *f.error();
    return d;
}

Result<Document> buildF22(const F22Data& d)
{
    Document doc{QStringLiteral("Ф.22 %1").arg(d.id.text), QSizeF(148, 105), {}};
    PageBuilder b(doc);
    b.text(QRectF(5, 4, 80, 6), QStringLiteral("ИЗВЕЩЕНИЕ"), {14, true, Align::Left, false, 0});
    b.text(QRectF(5, 10, 80, 4), QStringLiteral("о поступлении почтового отправления"),
           {7.5, false, Align::Left, false, 0});
    b.text(QRectF(120, 3, 24, 4), QStringLiteral("Ф.22"), {9, true, Align::Right, false, 0});
    // 0.33 mm modules: 3 dots at 203 dpi, 4 at 300 dpi; the counter scans it to find the item.
    b.barcode(QPointF(88, 8), Symbology::Code128, d.id.text, 0.33, 9, true, QStringLiteral("id"), 56);
    b.text(QRectF(5, 15, 80, 5), d.product, {9, true, Align::Left, false, 6}, QStringLiteral("product"));
    partyCell(b, QRectF(5, 23, 138, 25), QStringLiteral("Кому (адресат)"), d.recipient,
              QStringLiteral("recipient"), 9);
    captionedCell(b, QRectF(5, 49, 69, 9), QStringLiteral("От кого"),
                  QStringLiteral("%1, %2").arg(d.sender.name, d.sender.city), QStringLiteral("sender"), 8);
    captionedCell(b, QRectF(74, 49, 23, 9), QStringLiteral("Вес, г"), QString::number(d.weightGrams),
                  QStringLiteral("weight_g"), 8, true);
    captionedCell(b, QRectF(97, 49, 46, 9), QStringLiteral("Объявл. ценность"),
                  d.declaredValue.isZero() ? QStringLiteral("—") : rub(d.declaredValue),
                  QStringLiteral("declared_value"), 8, true);
    captionedCell(b, QRectF(5, 59, 69, 9), QStringLiteral("Наложенный платёж к оплате"),
                  d.cod.isZero() ? QStringLiteral("—") : rub(d.cod), QStringLiteral("cod_amount"), 8, true);
    captionedCell(b, QRectF(74, 59, 69, 9), QStringLiteral("Доплата / плата за хранение"),
                  d.charge.isZero() ? QStringLiteral("—") : rub(d.charge), QStringLiteral("charge"), 8, true);
    captionedCell(b, QRectF(5, 69, 138, 15), QStringLiteral("Получить в отделении"),
                  QStringLiteral("%1, %2. Часы работы: %3").arg(d.office, d.officeAddress, d.officeHours),
                  QStringLiteral("office"), 8);
    captionedCell(b, QRectF(5, 85, 69, 9), QStringLiteral("Поступило"), d.arrivalDate, QStringLiteral("date"),
                  8);
    captionedCell(b, QRectF(74, 85, 69, 9), QStringLiteral("Хранится до"), d.storageUntil,
                  QStringLiteral("storage_until"), 8, true);
    b.text(
        QRectF(5, 96, 138, 6),
        QStringLiteral("Предъявите извещение и документ, удостоверяющий личность, или назовите код из SMS"),
        {6.5, false, Align::Left, true, 4.5});

    b.addPage(); // back side
    b.text(QRectF(5, 5, 138, 6), QStringLiteral("Отправление № %1 получил(а)").arg(d.id.text),
           {11, true, Align::Left, false, 6});
    const double rows[] = {14, 27, 40};
    const QString captions[] = {QStringLiteral("Предъявлен документ: вид, серия, номер"),
                                QStringLiteral("Кем и когда выдан"),
                                QStringLiteral("Зарегистрирован по адресу")};
    for (int i = 0; i < 3; ++i)
        captionedCell(b, QRectF(5, rows[i], 138, 12), captions[i], QString(), QString());
    captionedCell(b, QRectF(5, 55, 46, 12), QStringLiteral("Дата вручения"), QString(), QString());
    captionedCell(b, QRectF(51, 55, 46, 12), QStringLiteral("Подпись адресата"), QString(), QString());
    captionedCell(b, QRectF(97, 55, 46, 12), QStringLiteral("Подпись работника"), QString(), QString());
    b.text(QRectF(5, 70, 138, 8), QStringLiteral("Отправление по доверенности № ____ от ________ получил(а)"),
           {7.5, false, Align::Left, true, 5});
    if (b.error())
        return *b.error();
    return doc;
}

} // namespace pc::forms
