#include "ReportDocuments.h"

#include "ShiftReportFormat.h"
#include "db/Transaction.h"
#include "forms/FormRegistry.h"
#include "forms/render/Renderer.h"
#include "services/printing/PrintQueueService.h"

#include <QJsonDocument>

namespace pc::services {

PlannedDocument reportDocument(const QString& form, QJsonObject data, const QString& officeName,
                               const QString& title, const QString& kind)
{
    if (!officeName.isEmpty())
        data.insert(QStringLiteral("office"), officeName);
    return {kind, form, title, data};
}

QList<PlannedDocument> shiftReportDocuments(const ShiftReport& r, const QString& officeName)
{
    const QJsonObject data = shiftReportJson(r);
    const QString title = QStringLiteral("%1-report shift %2")
                              .arg(r.final ? QStringLiteral("Z") : QStringLiteral("X"))
                              .arg(r.shiftId);
    return {reportDocument(QStringLiteral("shift-report"), data, officeName, title),
            reportDocument(QStringLiteral("shift-report-80"), data, officeName, title,
                           QStringLiteral("receipt"))};
}

Result<QByteArray> renderReportPdf(const PlannedDocument& d)
{
    auto doc = forms::buildForm(d.form, QJsonDocument(d.data).toJson(QJsonDocument::Compact));
    if (!doc)
        return doc.error();
    auto pdf = forms::render::renderDocument(*doc, forms::OutputLanguage::Pdf, {203, 1});
    if (!pdf)
        return pdf.error();
    return pdf->bytes;
}

Result<QList<qint64>> printReportDocuments(const db::Connection& c, PrinterRegistry* printers,
                                           PrintQueueService& queue, const QList<PlannedDocument>& documents)
{
    QList<qint64> ids;
    {
        auto tx = db::Transaction::begin(c);
        if (!tx)
            return tx.error();
        for (const PlannedDocument& d : documents) {
            auto id = recordPlannedDocument(c, printers, d, std::nullopt);
            if (!id)
                return id.error();
            ids << *id;
        }
        if (auto st = tx->commit(); !st)
            return st.error();
    }
    for (qint64 id : ids)
        queue.dispatch(id);
    return ids;
}

} // namespace pc::services
