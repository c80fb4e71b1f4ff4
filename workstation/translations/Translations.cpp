#include "Translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace pc {

const char* installTranslations(QCoreApplication& app)
{
    auto* t = new QTranslator(&app);
    // The locale comes from LANG/LC_ALL/LC_MESSAGES: QLocale() follows them.
    if (t->load(QLocale(), QStringLiteral("postcounter"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(t);
        return "ru";
    }
    delete t;
    return "en";
}

} // namespace pc
