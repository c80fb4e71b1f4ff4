// The claimant's acknowledgement: an 80 mm slip from the receipt printer with the claim number (also
// as Code 128), the item, the filing date and the date the answer is due. Only CP866 characters:
// ESC/POS printers print it line by line.
#include "ClaimForms.h"
#include "forms/layout/PageBuilder.h"

namespace pc::forms {

using namespace layout;

Result<Document> buildClaimSlip(const ClaimFormData& d)
{
    constexpr double kWidth = 80, kLeft = 4, kText = kWidth - 2 * kLeft, kPt = 8;
    Document doc{QStringLiteral("Талон к заявлению %1").arg(d.number), QSizeF(kWidth, 100), {}};
    PageBuilder b(doc);
    double y = 3;
    const auto line = [&](const QString& s, TextStyle st, const QString& field = {}, int lines = 1) {
        const double h = st.sizePt * 0.46 * lines;
        b.text(QRectF(kLeft, y, kText, h), s, st, field);
        y += h;
    };
    const TextStyle plain{kPt, false, Align::Left, true, kPt - 2.5};
    line(d.office, {kPt, true, Align::Center, true, kPt - 2.5}, QStringLiteral("office"), 2);
    line(QStringLiteral("ТАЛОН"), {kPt + 3, true, Align::Center, false, kPt}, {});
    line(QStringLiteral("о приёме заявления на розыск"), {kPt, false, Align::Center, false, kPt - 2}, {});
    y += 1;
    line(QStringLiteral("Заявление № %1").arg(d.number), {kPt + 1, true, Align::Left, false, kPt - 1},
         QStringLiteral("number"));
    line(QStringLiteral("Отправление %1 от %2").arg(d.id.text, d.acceptedOn), plain, QStringLiteral("id"));
    line(QStringLiteral("Заявитель: %1").arg(d.claimant.name), plain, QStringLiteral("claimant"), 2);
    line(QStringLiteral("Дата подачи: %1").arg(d.filedOn), plain, QStringLiteral("date"));
    line(QStringLiteral("Ответ не позднее: %1").arg(d.deadline), {kPt + 1, true, Align::Left, false, kPt - 1},
         QStringLiteral("deadline"));
    y += 2;
    b.barcode(QPointF(kLeft + 4, y), Symbology::Code128, d.number, 0.33, 10, true, QStringLiteral("number"),
              kText - 4);
    y += 16;
    line(QStringLiteral("Сохраните талон: по номеру заявления узнают о ходе розыска."), plain, {}, 2);
    if (!d.operatorName.isEmpty())
        line(QStringLiteral("Принял: %1").arg(d.operatorName), plain, QStringLiteral("operator"));
    doc.mediaMm.setHeight(y + 4);
    if (b.error())
        return *b.error();
    return doc;
}

} // namespace pc::forms
