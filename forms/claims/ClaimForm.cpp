// The claim on A4 portrait: heading with the number as Code 128, the claimant, the item and its
// acceptance, sender and recipient, value and contents, the route as known, the deadline of the
// answer, and the signatures of the claimant and the operator.
#include "ClaimForms.h"
#include "forms/layout/FormBlocks.h"

namespace pc::forms {

using namespace layout;

namespace {
QString roleText(const QString& role)
{
    return role == u"sender" ? QStringLiteral("отправитель") : QStringLiteral("адресат");
}
QString orDash(const QString& s)
{
    return s.isEmpty() ? QStringLiteral("—") : s;
}
QString joined(const QStringList& parts)
{
    QStringList kept;
    for (const QString& p : parts)
        if (!p.trimmed().isEmpty())
            kept << p;
    return kept.join(QStringLiteral(", "));
}
} // namespace

Result<Document> buildClaimForm(const ClaimFormData& d)
{
    Document doc{QStringLiteral("Заявление на розыск %1").arg(d.number), QSizeF(210, 297), {}};
    PageBuilder b(doc);
    const double L = 15, W = 180;
    b.text(QRectF(L, 12, 110, 8), QStringLiteral("ЗАЯВЛЕНИЕ"), {15, true, Align::Left, false, 0});
    b.text(QRectF(L, 20, 110, 6), QStringLiteral("на розыск почтового отправления"),
           {10, false, Align::Left, false, 0});
    b.text(QRectF(L, 27, 110, 6), QStringLiteral("№ %1").arg(d.number), {11, true, Align::Left, false, 8},
           QStringLiteral("number"));
    b.barcode(QPointF(130, 12), Symbology::Code128, d.number, 0.33, 12, true, QStringLiteral("number"), 65);
    b.text(QRectF(L, 34, W, 5), d.office, {9, false, Align::Left, false, 6}, QStringLiteral("office"));

    double y = 42;
    const auto cell = [&](double x, double w, double h, const QString& caption, const QString& value,
                          const QString& field, bool bold = false) {
        captionedCell(b, QRectF(x, y, w, h), caption, value, field, 9, bold);
    };
    cell(L, W, 16,
         QStringLiteral("Заявитель (%1): фамилия, имя, отчество, адрес, телефон")
             .arg(roleText(d.claimantRole)),
         joined({d.claimant.name, d.claimant.address, d.claimant.phone}), QStringLiteral("claimant"), true);
    y += 17;
    cell(L, 70, 12, QStringLiteral("Почтовое отправление (ШПИ)"), d.id.text, QStringLiteral("id"), true);
    cell(L + 70, 110, 12, QStringLiteral("Вид отправления"), orDash(d.product), QStringLiteral("product"));
    y += 13;
    cell(L, 50, 12, QStringLiteral("Дата приёма"), orDash(d.acceptedOn), QStringLiteral("accepted_on"));
    cell(L + 50, 130, 12, QStringLiteral("Место приёма (ОПС)"), orDash(d.acceptedOffice),
         QStringLiteral("accepted_office"));
    y += 13;
    cell(L, W, 14, QStringLiteral("Отправитель"), orDash(joined({d.sender.name, d.sender.address})),
         QStringLiteral("sender"));
    y += 15;
    cell(L, W, 14, QStringLiteral("Адресат"), orDash(joined({d.recipient.name, d.recipient.address})),
         QStringLiteral("recipient"));
    y += 15;
    cell(L, 60, 12, QStringLiteral("Объявленная ценность"),
         d.declaredValue.isZero() ? QStringLiteral("без объявленной ценности") : rub(d.declaredValue),
         QStringLiteral("declared_value"), true);
    cell(L + 60, 120, 12, QStringLiteral("Вложение"), orDash(d.contents), QStringLiteral("contents"));
    y += 13;
    // The route as the office knows it: one line per event, small type, as many as fit.
    captionedCell(b, QRectF(L, y, W, 62), QStringLiteral("Известные сведения о прохождении отправления"),
                  QString(), QString());
    const int shown = std::min<int>(int(d.route.size()), 10);
    if (d.route.isEmpty())
        b.text(QRectF(L + 2, y + 5, W - 4, 5), QStringLiteral("сведений о прохождении нет"),
               {8, false, Align::Left, false, 6}, QStringLiteral("route"));
    for (int i = 0; i < shown; ++i) {
        // The latest events matter most: when there are more than fit, the first ones are left out.
        const QString& line = d.route[d.route.size() - shown + i];
        b.text(QRectF(L + 2, y + 5 + i * 5.5, W - 4, 5), line, {8, false, Align::Left, false, 5.5},
               QStringLiteral("route"));
    }
    y += 63;
    cell(L, 60, 12, QStringLiteral("Дата подачи заявления"), d.filedOn, QStringLiteral("date"));
    cell(L + 60, 120, 12, QStringLiteral("Срок ответа на заявление (не позднее)"), d.deadline,
         QStringLiteral("deadline"), true);
    y += 16;
    b.text(QRectF(L, y, W, 10),
           QStringLiteral("Прошу провести розыск указанного почтового отправления. Ответ прошу направить "
                          "по указанному адресу или сообщить по телефону."),
           {8.5, false, Align::Left, true, 6});
    y += 14;
    cell(L, 90, 16, QStringLiteral("Подпись заявителя"), QString(), QString());
    cell(L + 90, 90, 16, QStringLiteral("Заявление принял (подпись, Ф.И.О. работника)"), d.operatorName,
         QStringLiteral("operator"));
    y += 20;
    b.text(QRectF(L, y, W, 5), QStringLiteral("Календарный штемпель ОПС"),
           {7, false, Align::Right, false, 0});
    if (b.error())
        return *b.error();
    return doc;
}

} // namespace pc::forms
