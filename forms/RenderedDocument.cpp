#include "RenderedDocument.h"

#include <array>
#include <utility>

namespace pc::forms {

namespace {
constexpr std::array<std::pair<OutputLanguage, const char*>, 5> kNames{{{OutputLanguage::Pdf, "pdf"},
                                                                        {OutputLanguage::Png, "png"},
                                                                        {OutputLanguage::Zpl, "zpl"},
                                                                        {OutputLanguage::Tspl, "tspl"},
                                                                        {OutputLanguage::EscPos, "escpos"}}};
}

QString languageName(OutputLanguage language)
{
    for (const auto& [l, n] : kNames)
        if (l == language)
            return QString::fromLatin1(n);
    return {};
}

bool languageFromName(const QString& name, OutputLanguage* out)
{
    for (const auto& [l, n] : kNames)
        if (name == QLatin1StringView(n)) {
            *out = l;
            return true;
        }
    return false;
}

} // namespace pc::forms
