// The first-run setup wizard: each page refuses a wrong value with the service's reason, the finished
// wizard writes the configuration `postcounter-cli setup` would, and when the file cannot be written it
// shows the equivalent `sudo postcounter-cli setup …` line for the admin.
#include "SetupWizard.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using pc::app::SetupWizard;

namespace {
SetupWizard::Environment sampleEnvironment()
{
    return {{QStringLiteral("Dymo M10 (scale, usb 0922:8003)")},
            {QStringLiteral("Zebra_GK420"), QStringLiteral("Office_A4")},
            {}};
}

template <typename T> T* child(SetupWizard& w, const char* name)
{
    return w.findChild<T*>(QString::fromLatin1(name));
}

QString visibleError(SetupWizard& w)
{
    return w.currentPage()->findChild<QLabel*>(QStringLiteral("setupError"))->text();
}

void fillValid(SetupWizard& w)
{
    child<QLineEdit>(w, "postcode")->setText(QStringLiteral("101000"));
    child<QLineEdit>(w, "officeName")->setText(QStringLiteral("Москва 101000"));
    child<QSpinBox>(w, "counter")->setValue(2);
    child<QPlainTextEdit>(w, "ranges")
        ->setPlainText(QStringLiteral("rpo14:10100025:1-99999\n\ns10:RA:10000000-19999999\n"));
    auto* label = child<QComboBox>(w, "labelQueue");
    label->setCurrentIndex(label->findData(QStringLiteral("Zebra_GK420")));
    auto* form = child<QComboBox>(w, "formQueue");
    form->setCurrentIndex(form->findData(QStringLiteral("Office_A4")));
    child<QLineEdit>(w, "trackingUrl")->setText(QStringLiteral("https://tracking.example.ru/api"));
}

void goToLastPage(SetupWizard& w)
{
    for (int i = 0; i < 10 && w.currentId() != w.pageIds().last(); ++i)
        w.next();
}
} // namespace

class TestSetupWizardGui : public QObject {
    Q_OBJECT
private slots:
    void eachPageRefusesAWrongValue()
    {
        QTemporaryDir dir;
        SetupWizard w(dir.filePath(QStringLiteral("p.conf")), sampleEnvironment());
        w.show();
        child<QLineEdit>(w, "postcode")->setText(QStringLiteral("1010"));
        child<QLineEdit>(w, "officeName")->setText(QStringLiteral("Москва"));
        w.next();
        QCOMPARE(w.currentId(), 0); // stays on the office page
        QVERIFY2(visibleError(w).contains(QStringLiteral("6 digits")), qPrintable(visibleError(w)));

        child<QLineEdit>(w, "postcode")->setText(QStringLiteral("101000"));
        w.next();
        QCOMPARE(w.currentId(), 1);
        w.next();
        QCOMPARE(w.currentId(), 2);
        child<QPlainTextEdit>(w, "ranges")->setPlainText(QStringLiteral("rpo14:20200025:1-10"));
        w.next();
        QCOMPARE(w.currentId(), 2);
        QVERIFY2(visibleError(w).contains(QStringLiteral("101000")), qPrintable(visibleError(w)));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("p.conf"))));
    }

    void finishingWritesTheConfiguration()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("w.conf"));
        SetupWizard w(path, sampleEnvironment());
        w.show();
        fillValid(w);
        goToLastPage(w);
        QCOMPARE(w.currentId(), w.pageIds().last());
        w.accept();
        QCOMPARE(w.result(), int(QDialog::Accepted));
        QSettings s(path, QSettings::IniFormat);
        QCOMPARE(s.value(QStringLiteral("office/postcode")).toString(), QStringLiteral("101000"));
        QCOMPARE(s.value(QStringLiteral("counter/id")).toString(), QStringLiteral("2"));
        QCOMPARE(s.value(QStringLiteral("counter/name")).toString(), QStringLiteral("Окно 2"));
        QCOMPARE(s.value(QStringLiteral("identifiers/ranges")).toStringList().size(), 2);
        QCOMPARE(s.value(QStringLiteral("printing/label")).toString(), QStringLiteral("Zebra_GK420"));
        QCOMPARE(s.value(QStringLiteral("printer.Zebra_GK420/language")).toString(), QStringLiteral("zpl"));
        QCOMPARE(s.value(QStringLiteral("printing/form")).toString(), QStringLiteral("Office_A4"));
        QVERIFY(!s.contains(QStringLiteral("printing/receipt"))); // "(none)" chosen
        QCOMPARE(s.value(QStringLiteral("sync/endpoint")).toString(),
                 QStringLiteral("https://tracking.example.ru/api"));
    }

    void anUnwritableFileShowsTheAdminCommand()
    {
        QTemporaryDir dir;
        // A regular file where the folder should be: the configuration cannot be created (also as root).
        QFile blocker(dir.filePath(QStringLiteral("etc")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        SetupWizard w(dir.filePath(QStringLiteral("etc/postcounter.conf")), sampleEnvironment());
        w.show();
        fillValid(w);
        goToLastPage(w);
        w.accept();
        QVERIFY(w.isVisible());
        const QString shown = visibleError(w);
        QVERIFY2(shown.contains(QStringLiteral("sudo postcounter-cli setup --office 101000 --office-name "
                                               "'Москва 101000' --counter 2 --range rpo14:10100025:1-99999")),
                 qPrintable(shown));
        QVERIFY(shown.contains(QStringLiteral("--printer label=Zebra_GK420:zpl")));
    }
};

QTEST_MAIN(TestSetupWizardGui)
#include "test_setup_wizard_gui.moc"
