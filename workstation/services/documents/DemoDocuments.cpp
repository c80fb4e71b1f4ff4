#include "DemoDocuments.h"

#include "forms/FormRegistry.h"
#include "forms/render/Renderer.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcDemoDocs, "pc.forms.demo")

namespace pc::services {

using namespace demo_documents;
using forms::OutputLanguage;

namespace {

struct DocumentKind {
    const char* key;
    const char* form; // nullptr: the label form chosen by the item
    OutputLanguage language;
    const char* ext;
};
constexpr DocumentKind kKinds[] = {
    {"label_pdf", nullptr, OutputLanguage::Pdf, "pdf"},
    {"label_zpl", nullptr, OutputLanguage::Zpl, "zpl"},
    {"label_tspl", nullptr, OutputLanguage::Tspl, "tspl"},
    {"receipt_escpos", "receipt", OutputLanguage::EscPos, "escpos"},
    {"receipt_pdf", "receipt", OutputLanguage::Pdf, "pdf"},
    {"cn22_pdf", "cn22", OutputLanguage::Pdf, "pdf"},
    {"cn23_pdf", "cn23", OutputLanguage::Pdf, "pdf"},
    {"f107_pdf", "f107", OutputLanguage::Pdf, "pdf"},
    {"f112_pdf", "f112", OutputLanguage::Pdf, "pdf"},
    {"f116_pdf", "f116", OutputLanguage::Pdf, "pdf"},
    {"f22_pdf", "f22", OutputLanguage::Pdf, "pdf"},
};

QJsonObject dataFor(const QString& form, const DemoDocumentItem& item)
{
    if (form == QStringLiteral("receipt"))
        return receiptData(item);
    if (form == QStringLiteral("cn22") || form == QStringLiteral("cn23"))
        return customsData(item, form == QStringLiteral("cn23"));
    if (form == QStringLiteral("f107"))
        return f107Data(item);
    if (form == QStringLiteral("f112"))
        return f112Data(item);
    if (form == QStringLiteral("f116"))
        return f116Data(item);
    if (form == QStringLiteral("f22"))
        return f22Data(item);
    return labelData(item);
}

} // namespace

QStringList demoDocumentKeys(const DemoDocumentItem& item)
{
    const bool abroad = isInternational(item);
    const bool parcel = isParcel(item);
    const int category = (item.object / 10) % 10;
    QStringList keys{QStringLiteral("label_pdf"), QStringLiteral("label_zpl"), QStringLiteral("label_tspl")};
    if (item.totalKop > 0)
        keys << QStringLiteral("receipt_escpos") << QStringLiteral("receipt_pdf");
    if (abroad)
        keys << (parcel ? QStringLiteral("cn23_pdf") : QStringLiteral("cn22_pdf"));
    if (item.inventory && item.declaredValueKop > 0)
        keys << QStringLiteral("f107_pdf");
    if (!abroad && item.codKop > 0)
        keys << QStringLiteral("f112_pdf");
    if (!abroad && parcel)
        keys << QStringLiteral("f116_pdf");
    // The arrival notice the destination office prints for registered items and parcels.
    if (!abroad && (parcel || category > 0))
        keys << QStringLiteral("f22_pdf");
    return keys;
}

Result<QJsonObject> renderDemoDocuments(const DemoDocumentItem& item, const QString& outDir)
{
    QDir dir(outDir);
    if (!dir.mkpath(QStringLiteral(".")))
        return Error{
            QStringLiteral("forms.demo_dir"),
            QStringLiteral("cannot create the documents folder %1").arg(QDir::toNativeSeparators(outDir))};
    const QStringList keys = demoDocumentKeys(item);
    const QString labelForm = isParcel(item) ? QStringLiteral("label") : QStringLiteral("label-small");
    QJsonObject out;
    for (const DocumentKind& kind : kKinds) {
        const QString key = QString::fromLatin1(kind.key);
        if (!keys.contains(key))
            continue;
        const QString form = kind.form ? QString::fromLatin1(kind.form) : labelForm;
        auto doc = forms::buildForm(form, QJsonDocument(dataFor(form, item)).toJson(QJsonDocument::Compact));
        if (!doc)
            return Error{doc.error().code,
                         QStringLiteral("%1 for item %2: %3").arg(key, item.id, doc.error().message)};
        auto rendered = forms::render::renderDocument(*doc, kind.language, {203, 1});
        if (!rendered)
            return Error{rendered.error().code,
                         QStringLiteral("%1 for item %2: %3").arg(key, item.id, rendered.error().message)};
        const QString name =
            QStringLiteral("%1-%2.%3").arg(item.id, key.section(u'_', 0, 0), QString::fromLatin1(kind.ext));
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(rendered->bytes) != rendered->bytes.size())
            return Error{QStringLiteral("forms.demo_write"),
                         QStringLiteral("cannot write %1: %2")
                             .arg(QDir::toNativeSeparators(f.fileName()), f.errorString())};
        qCDebug(lcDemoDocs) << "wrote" << name;
        out.insert(key, name);
    }
    return out;
}

} // namespace pc::services
