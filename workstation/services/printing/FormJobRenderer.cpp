#include "FormJobRenderer.h"

#include "drivers/printer/EscPosCommands.h"
#include "forms/FormRegistry.h"
#include "forms/render/Renderer.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace pc::services {

namespace {
forms::OutputLanguage formLanguage(drivers::PrintLanguage l)
{
    switch (l) {
    case drivers::PrintLanguage::Zpl:
        return forms::OutputLanguage::Zpl;
    case drivers::PrintLanguage::Tspl:
        return forms::OutputLanguage::Tspl;
    case drivers::PrintLanguage::EscPos:
        return forms::OutputLanguage::EscPos;
    case drivers::PrintLanguage::Raster:
        return forms::OutputLanguage::Png;
    case drivers::PrintLanguage::Pdf:
        break;
    }
    return forms::OutputLanguage::Pdf;
}
} // namespace

Result<drivers::PrintJob> printJobFor(const db::PrintQueueEntry& e, const PrinterOutput& output)
{
    drivers::PrintJob j;
    j.media = e.media;
    j.copies = e.copies;
    j.title = e.title;
    if (e.form.isEmpty()) {
        j.language = drivers::printLanguageFromName(e.language).value_or(drivers::PrintLanguage::Pdf);
        j.bytes = e.bytes;
        return j;
    }
    auto doc = forms::buildForm(e.form, e.formData);
    if (!doc)
        return Error{QStringLiteral("print.form"),
                     QStringLiteral("the %1 of print job %2 cannot be built: %3")
                         .arg(e.form)
                         .arg(e.id)
                         .arg(doc.error().message)};
    // Copies: ZPL/TSPL carry them in the bytes; the drivers repeat the others.
    forms::render::RenderOptions options{output.dpi, 1};
    if (output.codeTable >= 0)
        options.escPosCodeTable = output.codeTable;
    auto rendered = forms::render::renderDocument(*doc, formLanguage(output.language), options);
    if (!rendered)
        return Error{QStringLiteral("print.render"),
                     QStringLiteral("the %1 of print job %2 cannot be rendered: %3")
                         .arg(e.form)
                         .arg(e.id)
                         .arg(rendered.error().message)};
    j.language = output.language;
    j.bytes = rendered->bytes;
    if (j.media.isEmpty() && !rendered->mediaMm.isEmpty())
        j.media = drivers::customMediaName(rendered->mediaMm.width(), rendered->mediaMm.height());
    if (output.language == drivers::PrintLanguage::EscPos &&
        QJsonDocument::fromJson(e.formData).object().value(QStringLiteral("open_drawer")).toBool())
        j.bytes += drivers::escpos::drawerKick();
    return j;
}

Result<QString> writePrintJobFile(const db::Connection& c, qint64 jobId, const QString& dir,
                                  const QString& baseName, const PrinterOutput& output)
{
    auto e = db::PrintQueueRepository(c).get(jobId, true);
    if (!e)
        return e.error();
    auto job = printJobFor(*e, output);
    if (!job)
        return job.error();
    QString ext = drivers::printLanguageName(job->language);
    if (job->language == drivers::PrintLanguage::EscPos)
        ext = QStringLiteral("bin");
    else if (job->language == drivers::PrintLanguage::Raster)
        ext = QStringLiteral("png");
    const QString name = QStringLiteral("%1.%2").arg(baseName, ext);
    if (!QDir().mkpath(dir))
        return Error{QStringLiteral("print.file"), QStringLiteral("cannot create the folder %1").arg(dir)};
    QSaveFile f(QDir(dir).filePath(name));
    // Forms carry names and addresses: owner-only (docs/security.md), whatever the umask.
    if (!f.open(QIODevice::WriteOnly) ||
        !f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) || f.write(job->bytes) < 0 ||
        !f.commit())
        return Error{QStringLiteral("print.file"),
                     QStringLiteral("cannot write %1: %2").arg(f.fileName(), f.errorString())};
    return name;
}

} // namespace pc::services
