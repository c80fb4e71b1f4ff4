// The print queue widget with a real queue and a simulated printer: a job that failed for lack of
// paper shows the clerk what to do; Retry after loading paper prints it; Reprint goes to the printer
// chosen in the list.
#include "DocumentPreview.h"
#include "PrintQueueWidget.h"
#include "db/Connection.h"
#include "drivers/printer/SimulatedPrinter.h"
#include "forms/FormRegistry.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace pc;

class TestPrintQueueWidget : public QObject {
    Q_OBJECT
private slots:
    void failedJobRetryAndReprint()
    {
        QTemporaryDir dir;
        auto c = db::openSqlite({dir.filePath(QStringLiteral("q.db"))});
        QVERIFY(c.ok());
        services::PrinterRegistry printers;
        auto label = std::make_shared<drivers::SimulatedPrinter>(QStringLiteral("label"),
                                                                 dir.filePath(QStringLiteral("l")));
        auto spare = std::make_shared<drivers::SimulatedPrinter>(QStringLiteral("spare"),
                                                                 dir.filePath(QStringLiteral("s")));
        label->setState(drivers::PrinterState::with(drivers::PrinterCondition::PaperOut));
        printers.add(label);
        printers.add(spare);
        services::PrintQueueService queue(*c, printers);
        app::PrintQueueWidget w(queue, printers);
        w.show();

        QSignalSpy failed(&queue, &services::PrintQueueService::jobFailed);
        services::PrintRequest r;
        r.documentRef = QStringLiteral("operation:3/label");
        r.documentKind = QStringLiteral("label");
        r.printer = QStringLiteral("label");
        r.job = {drivers::PrintLanguage::Zpl, "^XA^XZ", {}, 1, QStringLiteral("Label RA000000001RU")};
        auto id = queue.enqueue(r);
        QVERIFY(id.ok());
        QVERIFY(failed.wait(5000));

        auto* table = w.findChild<QTableWidget*>(QStringLiteral("printQueueTable"));
        QCOMPARE(table->rowCount(), 1);
        table->selectRow(0);
        QVERIFY(table->item(0, 4)->text().contains(QStringLiteral("out of paper")));
        auto* message = w.findChild<QLabel*>(QStringLiteral("printQueueMessage"));
        QVERIFY(message->text().contains(QStringLiteral("Load paper")));
        auto* retry = w.findChild<QPushButton*>(QStringLiteral("retryButton"));
        QVERIFY(retry->isEnabled());

        label->setState(drivers::PrinterState::readyState());
        QSignalSpy printed(&queue, &services::PrintQueueService::jobPrinted);
        QTest::mouseClick(retry, Qt::LeftButton);
        QVERIFY(printed.wait(5000));
        QTRY_COMPARE(table->item(0, 3)->text(), QStringLiteral("Printed"));
        QCOMPARE(label->printedCount(), 1);

        auto* target = w.findChild<QComboBox*>(QStringLiteral("reprintPrinter"));
        target->setCurrentIndex(target->findData(QStringLiteral("spare")));
        table->selectRow(0);
        QTest::mouseClick(w.findChild<QPushButton*>(QStringLiteral("reprintButton")), Qt::LeftButton);
        QVERIFY(queue.waitForIdle(5000));
        QCOMPARE(spare->printedCount(), 1);
        QCOMPARE(table->rowCount(), 2);
        // A bytes-only job has nothing to preview.
        table->selectRow(0);
        QVERIFY(!w.findChild<QPushButton*>(QStringLiteral("previewButton"))->isEnabled());
    }

    void formJobOpensInThePreview()
    {
        // A job recorded as a form and its data (as a sale records its label) previews on screen,
        // page by page, the same layout the printer gets.
        QTemporaryDir dir;
        auto c = db::openSqlite({dir.filePath(QStringLiteral("q.db"))});
        QVERIFY(c.ok());
        services::PrinterRegistry printers;
        printers.add(std::make_shared<drivers::SimulatedPrinter>(QStringLiteral("office"),
                                                                 dir.filePath(QStringLiteral("o"))));
        services::PrintQueueService queue(*c, printers);
        db::PrintQueueEntry e;
        e.documentRef = QStringLiteral("operation:1/cn23");
        e.documentKind = QStringLiteral("form");
        e.printer = QStringLiteral("office");
        e.language = QStringLiteral("pdf");
        e.title = QStringLiteral("CP123456785RU CN 23");
        e.form = QStringLiteral("cn23");
        e.formData = forms::exampleData(QStringLiteral("cn23"));
        QVERIFY(db::PrintQueueRepository(*c).insert(e).ok());
        app::PrintQueueWidget w(queue, printers);
        w.show();
        w.refresh();
        auto* table = w.findChild<QTableWidget*>(QStringLiteral("printQueueTable"));
        QCOMPARE(table->rowCount(), 1);
        table->selectRow(0);
        auto* preview = w.findChild<QPushButton*>(QStringLiteral("previewButton"));
        QVERIFY(preview->isEnabled());
        QTest::mouseClick(preview, Qt::LeftButton);
        app::DocumentPreview* dialog = nullptr;
        QTRY_VERIFY((dialog = w.findChild<app::DocumentPreview*>()) && dialog->isVisible());
        QVERIFY(dialog->pageCount() >= 1);
        QVERIFY(!dialog->pageImage().isNull());
        dialog->close();
    }
};

QTEST_MAIN(TestPrintQueueWidget)
#include "test_print_queue_widget.moc"
