// DocumentPreview shows the PNG renderer's pages: page count, navigation, zoom by dpi.
#include "DocumentPreview.h"
#include "forms/FormRegistry.h"

#include <QApplication>
#include <QFile>
#include <QPushButton>
#include <QTest>

using namespace pc;

class TestDocumentPreview : public QObject {
    Q_OBJECT
private slots:
    void pagesAndZoom()
    {
        QFile f(QStringLiteral(PC_TEST_DATA_DIR "/forms/f22.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        auto doc = forms::buildForm(QStringLiteral("f22"), f.readAll());
        QVERIFY(doc.ok());
        app::DocumentPreview preview(*doc);
        preview.show();
        QCOMPARE(preview.pageCount(), 2); // Ф.22 front and back
        QCOMPARE(preview.currentPage(), 0);
        // 148×105 mm at 100 dpi: 148 / 25.4 × 100 = 582.7, 105 / 25.4 × 100 = 413.4 pixels.
        QCOMPARE(preview.pageImage().size(), QSize(583, 413));
        QPushButton* next = nullptr;
        for (auto* b : preview.findChildren<QPushButton*>())
            if (b->text().contains(QStringLiteral("Next")))
                next = b;
        QVERIFY(next);
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(preview.currentPage(), 1);
        QVERIFY(!next->isEnabled());
        preview.setDpi(203);
        QCOMPARE(preview.pageImage().width(), qRound(148 / 25.4 * 203));
    }
};

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    TestDocumentPreview t;
    return QTest::qExec(&t, argc, argv);
}

#include "test_document_preview.moc"
