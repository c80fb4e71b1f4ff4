// Ф.112ЭП: the COD money transfer to the parcel's sender, A5 landscape. The amount in figures and in
// words (Russian), payee and payer, the linked item identifier as Code 128.
#include "PostalForms.h"
#include "forms/label/ParcelLabel.h"
#include "forms/layout/FormBlocks.h"
#include "forms/layout/RussianWords.h"

namespace pc::forms {

using namespace layout;

Result<F112Data> f112FromJson(const QJsonObject& json)
{
    JsonFields f(json);
    F112Data d;
    d.id = f.itemId(QStringLiteral("id"));
    d.amount = f.money(QStringLiteral("amount"));
    d.payee = f.party(QStringLiteral("payee"), false, false); // a business payee may give none
    d.payeeInn = f.text(QStringLiteral("payee_inn"), false, 12);
    d.payer = f.party(QStringLiteral("payer"), false, false);
    d.message = f.text(QStringLiteral("message"), false, 120);
    d.office = f.text(QStringLiteral("office"), true, 80);
    d.date = readDate(f, QStringLiteral("date"));
    if (!f.error() && d.amount.isZero())
        f.fail(QStringLiteral("forms.field_invalid"), QStringLiteral("field \"amount\" must be above zero"));
    if (f.error())
        return *f.error();
    return d;
}

Result<Document> buildF112(const F112Data& d)
{
    Document doc{QStringLiteral("Ф.112ЭП %1").arg(d.id.text), QSizeF(210, 148), {}};
    PageBuilder b(doc);
    b.text(QRectF(8, 6, 120, 7), QStringLiteral("ПОЧТОВЫЙ ПЕРЕВОД"), {15, true, Align::Left, false, 0});
    b.text(QRectF(8, 13, 120, 5), QStringLiteral("наложенного платежа за почтовое отправление"),
           {9, false, Align::Left, false, 0});
    b.text(QRectF(170, 5, 32, 5), QStringLiteral("Ф.112ЭП"), {10, true, Align::Right, false, 0});
    // 0.33 mm modules: 3 dots at 203 dpi, 4 at 300 dpi.
    b.barcode(QPointF(140, 11), Symbology::Code128, d.id.text, 0.33, 10, true, QStringLiteral("id"), 62);
    captionedCell(b, QRectF(8, 27, 55, 13), QStringLiteral("Сумма, руб. коп."), rub(d.amount),
                  QStringLiteral("amount"), 13, true);
    captionedCell(b, QRectF(63, 27, 139, 13), QStringLiteral("Сумма прописью"), amountInWordsRu(d.amount),
                  QStringLiteral("amount_words"), 10, true);
    partyCell(b, QRectF(8, 42, 96, 36), QStringLiteral("Кому (получатель перевода)"), d.payee,
              QStringLiteral("payee"), 9);
    partyCell(b, QRectF(106, 42, 96, 36), QStringLiteral("От кого (плательщик)"), d.payer,
              QStringLiteral("payer"), 9);
    captionedCell(b, QRectF(8, 80, 60, 11), QStringLiteral("ИНН получателя"),
                  d.payeeInn.isEmpty() ? QStringLiteral("—") : d.payeeInn, QStringLiteral("payee_inn"));
    captionedCell(b, QRectF(68, 80, 134, 11), QStringLiteral("Наложенный платёж за отправление №"), d.id.text,
                  QStringLiteral("id"), 10, true);
    captionedCell(b, QRectF(8, 93, 194, 14), QStringLiteral("Сообщение"),
                  d.message.isEmpty() ? QStringLiteral("—") : d.message, QStringLiteral("message"));
    captionedCell(b, QRectF(8, 109, 130, 11), QStringLiteral("Принят: отделение почтовой связи"), d.office,
                  QStringLiteral("office"));
    captionedCell(b, QRectF(138, 109, 64, 11), QStringLiteral("Дата"), d.date, QStringLiteral("date"));
    b.line(QPointF(8, 136), QPointF(98, 136), 0.2);
    b.caption(QRectF(8, 136.5, 90, 3), QStringLiteral("подпись плательщика"), 5.5);
    b.line(QPointF(112, 136), QPointF(202, 136), 0.2);
    b.caption(QRectF(112, 136.5, 90, 3), QStringLiteral("подпись работника, оттиск КПШ"), 5.5);
    if (b.error())
        return *b.error();
    return doc;
}

} // namespace pc::forms
