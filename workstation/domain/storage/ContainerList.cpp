#include "ContainerList.h"

#include "domain/acceptance/BusinessListText.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSet>

namespace pc::storage {

namespace {
std::optional<qint64> positiveNumber(const QString& text, qint64 max)
{
    bool ok = false;
    const qint64 v = text.toLongLong(&ok);
    if (!ok || v <= 0 || v > max)
        return std::nullopt;
    return v;
}
} // namespace

Result<ContainerList> parseContainerList(const QByteArray& raw)
{
    QByteArray bytes = raw;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    if (bytes.count('\n') > kMaxContainerLines)
        return Error{QStringLiteral("container.too_long"),
                     QCoreApplication::translate("ContainerList",
                                                 "The container list has more than %1 lines: split it.")
                         .arg(kMaxContainerLines)};
    auto records = acceptance::detail::readCsvOrders(bytes);
    if (!records)
        return Error{QStringLiteral("container.syntax"),
                     QCoreApplication::translate("ContainerList", "The container list cannot be read: %1")
                         .arg(records.error().message)};
    // The header is checked through the first record's keys; a list with only a header is empty.
    const QString headerLine = QString::fromUtf8(bytes.left(bytes.indexOf('\n'))).toLower();
    if (!headerLine.contains(QStringLiteral("barcode")))
        return Error{
            QStringLiteral("container.header"),
            QCoreApplication::translate("ContainerList",
                                        "The container list has no \"barcode\" column in its first line "
                                        "(expected e.g. barcode;weight_g;object;cod_kop;recipient;phone).")};

    ContainerList out;
    QSet<QString> seen;
    for (const auto& r : *records) {
        const QJsonObject& o = r.order;
        ContainerProblem problem{r.line, {}, {}};
        QStringList cells;
        for (auto it = o.begin(); it != o.end(); ++it)
            cells << it.value().toString();
        problem.text = cells.join(u';').left(80);
        auto fail = [&](const QString& reason) {
            problem.reason = reason;
            out.problems << problem;
        };
        if (!r.columnIssue.isEmpty()) {
            fail(r.columnIssue);
            continue;
        }
        const QString barcode = o.value(u"barcode").toString();
        if (barcode.isEmpty()) {
            fail(QCoreApplication::translate("ContainerList", "no barcode"));
            continue;
        }
        auto id = parseItemId(barcode);
        if (!id) {
            fail(id.error().message);
            continue;
        }
        if (seen.contains(id->text)) {
            fail(QCoreApplication::translate("ContainerList", "%1 is listed twice").arg(id->text));
            continue;
        }
        ContainerLine line;
        line.line = r.line;
        line.barcode = id->text;
        if (const QString w = o.value(u"weight_g").toString(); !w.isEmpty()) {
            line.weightG = positiveNumber(w, 100'000); // over 100 kg is not a postal item
            if (!line.weightG) {
                fail(QCoreApplication::translate("ContainerList",
                                                 "weight_g \"%1\" is not a weight in grams (1–100000)")
                         .arg(w));
                continue;
            }
        }
        if (const QString obj = o.value(u"object").toString(); !obj.isEmpty()) {
            auto code = positiveNumber(obj, 99'999);
            if (!code) {
                fail(QCoreApplication::translate("ContainerList", "object \"%1\" is not a tariff object code")
                         .arg(obj));
                continue;
            }
            line.objectCode = int(*code);
        }
        if (const QString cod = o.value(u"cod_kop").toString(); !cod.isEmpty()) {
            line.codKop = positiveNumber(cod, 100'000'000'00); // up to 100 million roubles
            if (!line.codKop) {
                fail(
                    QCoreApplication::translate("ContainerList", "cod_kop \"%1\" is not an amount in kopecks")
                        .arg(cod));
                continue;
            }
        }
        line.recipientName = o.value(u"recipient").toString();
        line.recipientPhone = o.value(u"phone").toString();
        seen.insert(id->text);
        out.lines << line;
    }
    return out;
}

} // namespace pc::storage
