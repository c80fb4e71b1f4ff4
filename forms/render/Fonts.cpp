#include "Fonts.h"

#include <QCoreApplication>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcFonts, "pc.forms")

namespace pc::forms::render {

namespace {

QString registeredFamily()
{
    static const QString family = [] {
        QString f;
        for (const char* path : {":/pc/forms/fonts/DejaVuSans.ttf", ":/pc/forms/fonts/DejaVuSans-Bold.ttf"}) {
            const int id = QFontDatabase::addApplicationFont(QString::fromLatin1(path));
            if (id < 0) {
                qCWarning(lcFonts) << "cannot register font" << path;
                continue;
            }
            const QStringList families = QFontDatabase::applicationFontFamilies(id);
            if (f.isEmpty() && !families.isEmpty())
                f = families.first();
        }
        return f;
    }();
    return family;
}

} // namespace

Status fontsReady()
{
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return Status::fail(QStringLiteral("forms.no_gui"),
                            QStringLiteral("rendering forms needs a QGuiApplication (fonts); "
                                           "create one, e.g. with QT_QPA_PLATFORM=offscreen"));
    if (registeredFamily().isEmpty())
        return Status::fail(QStringLiteral("forms.font_missing"),
                            QStringLiteral("the embedded DejaVu Sans font could not be registered"));
    return {};
}

QFont formFont(double sizePt, bool bold)
{
    QFont f(registeredFamily());
    f.setPointSizeF(sizePt);
    f.setBold(bold);
    f.setHintingPreference(QFont::PreferNoHinting);
    f.setKerning(false); // renderers place whole lines; printer fonts do not kern either
    f.setStyleStrategy(QFont::PreferAntialias);
    return f;
}

} // namespace pc::forms::render
