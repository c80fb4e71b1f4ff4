// postcounter-cli render FORM --data FILE.json --format pdf|png|zpl|tspl|escpos [--dpi N] --out FILE
// postcounter-cli render --list
#include "CliContext.h"
#include "forms/FormRegistry.h"
#include "forms/render/Renderer.h"

#include <QFile>
#include <QSaveFile>

namespace pc::cli {

namespace {

int list(CliContext& ctx)
{
    for (const forms::FormInfo& f : forms::formRegistry())
        ctx.out << f.name << "\t" << f.description << "\n";
    for (const forms::FormInfo& f : forms::formRegistry())
        ctx.out << "\n# example data for " << f.name << "\n" << QString::fromUtf8(forms::exampleData(f.name));
    return ExitOk;
}

} // namespace

int runRenderCommand(CliContext& ctx)
{
    if (ctx.takeFlag(QStringLiteral("--list")))
        return list(ctx);
    bool usageError = false;
    const auto data = ctx.takeOption(QStringLiteral("--data"), &usageError);
    const auto format = ctx.takeOption(QStringLiteral("--format"), &usageError);
    const auto dpiText = ctx.takeOption(QStringLiteral("--dpi"), &usageError);
    const auto outPath = ctx.takeOption(QStringLiteral("--out"), &usageError);
    if (usageError)
        return ExitUsage;
    if (ctx.args.size() != 1 || !data || !format || !outPath)
        return ctx.usage(QStringLiteral(
            "render FORM --data FILE.json --format pdf|png|zpl|tspl|escpos [--dpi N] --out FILE"
            " | render --list"));
    const QString formName = ctx.args.first();
    if (!forms::findForm(formName))
        return ctx.usage(
            QStringLiteral("unknown form \"%1\"; postcounter-cli render --list names them").arg(formName));
    forms::OutputLanguage language;
    if (!forms::languageFromName(*format, &language))
        return ctx.usage(
            QStringLiteral("--format is pdf, png, zpl, tspl or escpos, not \"%1\"").arg(*format));
    forms::render::RenderOptions options;
    if (dpiText) {
        bool ok = false;
        options.dpi = dpiText->toInt(&ok);
        if (!ok || options.dpi < 100 || options.dpi > 1200)
            return ctx.usage(
                QStringLiteral("--dpi is a number from 100 to 1200 (203 and 300 for label printers)"));
    }
    QFile in(*data);
    if (!in.open(QIODevice::ReadOnly)) {
        ctx.err << "postcounter-cli: cannot read " << *data << ": " << in.errorString() << "\n";
        return ExitEnvironment;
    }
    auto doc = forms::buildForm(formName, in.readAll());
    if (!doc) {
        ctx.err << "postcounter-cli: " << formName << ": " << doc.error().message << " [" << doc.error().code
                << "]\n";
        return ExitRefused;
    }
    auto rendered = forms::render::renderDocument(*doc, language, options);
    if (!rendered) {
        ctx.err << "postcounter-cli: " << rendered.error().message << " [" << rendered.error().code << "]\n";
        return ExitRefused;
    }
    QSaveFile out(*outPath);
    if (!out.open(QIODevice::WriteOnly) || out.write(rendered->bytes) != rendered->bytes.size() ||
        !out.commit()) {
        ctx.err << "postcounter-cli: cannot write " << *outPath << ": " << out.errorString() << "\n";
        return ExitEnvironment;
    }
    return ExitOk;
}

} // namespace pc::cli
