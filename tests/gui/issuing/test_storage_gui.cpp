// The storage screen by keys only, offscreen, against a scratch database: an unknown item scanned
// into the arrival field asks for its weight, then is registered with its place and period and
// listed; a second scan is reported, not duplicated; Ctrl+E extends the selected item; Ctrl+R returns
// the expired ones in one batch after a confirmation that lists the "not to be returned" item apart.
// Expected places and dates are worked out by hand from DOMAIN.md §6 and the shelving rule.
#include "../CounterGuiFixture.h"
#include "../GuiKeys.h"
#include "StorageScreen.h"
#include "services/storage/ArrivalService.h"

#include <QApplication>
#include <QFile>
#include <QFontDatabase>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace pc;

namespace {
// S10 identifiers with their check digits computed by hand (weights 8 6 4 2 3 5 9 7, 11 − sum mod 11).
const QString kLetter = QStringLiteral("RA123456785RU");  // R: letter post, 30 days, shelf L-78
const QString kParcel = QStringLiteral("CA876543216RU");  // C: parcel, 15 days, shelf P-21
const QString kKeptOne = QStringLiteral("CA111111115RU"); // parcel marked "not to be returned"

QString text(const db::Connection& c, const QString& sql)
{
    return testing::queryValue(c, sql).toString();
}
} // namespace

class TestStorageGui : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::optional<db::Connection> m_c;
    services::AppConfig m_cfg;
    // Tuesday 24 November 2026, 11:00 in Moscow.
    FixedClock m_clock{QDateTime(QDate(2026, 11, 24), QTime(8, 0), Qt::UTC)};
    std::unique_ptr<services::StorageService> m_storage;
    std::unique_ptr<services::ArrivalService> m_arrival;
    std::unique_ptr<app::StorageScreen> m_screen;

    template <typename T> T* find(const char* name) { return testing::widgetNamed<T>(m_screen.get(), name); }
    bool typeInto(const char* name, const QString& text) { return testing::typeIntoFocused(name, text); }
    void key(Qt::Key k, Qt::KeyboardModifiers m = Qt::NoModifier) { testing::pressKey(m_screen.get(), k, m); }
    int rowOf(const QString& id)
    {
        auto* t = find<QTableWidget>("storageTable");
        for (int r = 0; r < t->rowCount(); ++r)
            if (t->item(r, 0)->text() == id)
                return r;
        return -1;
    }
    QString cell(const QString& id, int column)
    {
        const int r = rowOf(id);
        return r < 0 ? QString() : find<QTableWidget>("storageTable")->item(r, column)->text();
    }
    // The letter scanned in with its weight and recipient, as a clerk does at the arrival field.
    bool arriveLetterByKeys()
    {
        if (!typeInto("arrivalScanEdit", kLetter))
            return false;
        key(Qt::Key_Return);
        if (!typeInto("arrivalWeightEdit", QStringLiteral("120"))) // unknown here: the weight first
            return false;
        key(Qt::Key_Tab);
        if (!typeInto("arrivalNameEdit", QStringLiteral("Смирнова Екатерина")))
            return false;
        key(Qt::Key_Tab);
        if (!typeInto("arrivalPhoneEdit", QStringLiteral("+7 912 345-67-89")))
            return false;
        key(Qt::Key_Return);
        return true;
    }

private slots:
    void initTestCase()
    {
        QFontDatabase::addApplicationFont(QStringLiteral("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"));
    }

    void init()
    {
        m_clock.set(QDateTime(QDate(2026, 11, 24), QTime(8, 0), Qt::UTC));
        m_c = testing::openCounterDb(m_dir, QStringLiteral("storage-gui.db"), &m_cfg);
        QVERIFY(m_c);
        const auto ctx = services::counterContextFrom(m_cfg);
        m_storage = std::make_unique<services::StorageService>(*m_c, m_clock, ctx);
        m_arrival = std::make_unique<services::ArrivalService>(*m_c, m_clock, ctx, services::OfficeInfo{});
        m_screen = std::make_unique<app::StorageScreen>(*m_storage, m_arrival.get(), nullptr);
        m_screen->resize(1200, 600);
        m_screen->show();
        QVERIFY(QTest::qWaitForWindowActive(m_screen.get()));
    }

    void cleanup()
    {
        m_screen.reset();
        m_arrival.reset();
        m_storage.reset();
        m_c.reset();
    }

    void scanRegistersArrivalWithPlaceAndPeriod()
    {
        QVERIFY(typeInto("arrivalScanEdit", kLetter));
        key(Qt::Key_Return);
        // Not known here and no weight: refused with the reason, the cursor in the weight field.
        QVERIFY(find<QLabel>("storageMessageLabel")->text().contains(kLetter));
        QCOMPARE(testing::queryValue(*m_c, QStringLiteral("SELECT COUNT(*) FROM stored_item")).toInt(), 0);
        QVERIFY(typeInto("arrivalWeightEdit", QStringLiteral("120")));
        key(Qt::Key_Tab);
        QVERIFY(typeInto("arrivalNameEdit", QStringLiteral("Смирнова Екатерина")));
        key(Qt::Key_Tab);
        QVERIFY(typeInto("arrivalPhoneEdit", QStringLiteral("+7 912 345-67-89")));
        key(Qt::Key_Return);

        // A letter: section L, the serial's last two digits 78; 30 days from Wednesday 25 November.
        const QString message = find<QLabel>("storageMessageLabel")->text();
        QVERIFY2(message.contains(QStringLiteral("L-78")), qPrintable(message));
        QCOMPARE(
            text(*m_c, QStringLiteral("SELECT place FROM stored_item WHERE item_id = '%1'").arg(kLetter)),
            QStringLiteral("L-78"));
        QCOMPARE(text(*m_c, QStringLiteral("SELECT storage_from FROM stored_item")),
                 QStringLiteral("2026-11-25"));
        QCOMPARE(text(*m_c, QStringLiteral("SELECT storage_until FROM stored_item")),
                 QStringLiteral("2026-12-24"));
        // Listed with its place, the phone masked, 30 days left.
        QCOMPARE(cell(kLetter, 1), QStringLiteral("L-78"));
        QCOMPARE(cell(kLetter, 2), QStringLiteral("Смирнова Екатерина"));
        QCOMPARE(cell(kLetter, 3), QStringLiteral("+7 *** ***-67-89"));
        QCOMPARE(cell(kLetter, 8), QStringLiteral("30"));
        QVERIFY(find<QLineEdit>("arrivalScanEdit")->hasFocus()); // ready for the next item

        // The same item scanned again: reported, not duplicated.
        QVERIFY(typeInto("arrivalScanEdit", kLetter));
        key(Qt::Key_Return);
        QVERIFY(find<QLabel>("storageMessageLabel")->text().contains(QStringLiteral("L-78")));
        QCOMPARE(testing::queryValue(*m_c, QStringLiteral("SELECT COUNT(*) FROM stored_item")).toInt(), 1);
        QCOMPARE(
            testing::queryValue(*m_c, QStringLiteral("SELECT COUNT(*) FROM operation WHERE item_id = '%1' "
                                                     "AND op_type = 8 AND op_attr = 2")
                                          .arg(kLetter))
                .toInt(),
            1);
    }

    void containerListArrivesAllButTheBadLines()
    {
        // The list the bag came with (the file dialog behind Ctrl+L is bypassed): two good lines, one
        // with a wrong check digit; the good ones are listed, the bad one stays on screen with its line.
        const QString path = m_dir.filePath(QStringLiteral("container.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("barcode;weight_g;recipient\n%1;120;Смирнова Екатерина\nCA876543217RU;900;\n"
                               "%2;1500;Ким Алексей\n")
                    .arg(kLetter, kParcel)
                    .toUtf8());
        f.close();
        QVERIFY(find<QPushButton>("containerListButton")->isEnabled());
        QVERIFY(m_screen->arriveFromList(path));
        const QString message = find<QLabel>("storageMessageLabel")->text();
        QVERIFY2(message.contains(QStringLiteral("2")) && message.contains(QStringLiteral("line 3")),
                 qPrintable(message));
        QCOMPARE(cell(kLetter, 1), QStringLiteral("L-78"));
        QCOMPARE(cell(kParcel, 1), QStringLiteral("P-21"));
        QCOMPARE(cell(kParcel, 2), QStringLiteral("Ким Алексей"));
        QCOMPARE(testing::queryValue(*m_c, QStringLiteral("SELECT COUNT(*) FROM stored_item")).toInt(), 2);
        QCOMPARE(testing::queryValue(*m_c,
                                     QStringLiteral("SELECT weight_g FROM item WHERE id = '%1'").arg(kParcel))
                     .toInt(),
                 1500);
    }

    void searchAndExtendByKeys()
    {
        QVERIFY(arriveLetterByKeys());
        key(Qt::Key_F3);
        QVERIFY(typeInto("storageSearchEdit", QStringLiteral("9123456789")));
        QCOMPARE(find<QTableWidget>("storageTable")->rowCount(), 1);
        key(Qt::Key_Return); // into the list, first row selected
        key(Qt::Key_E, Qt::ControlModifier);
        auto* days = m_screen->findChild<QSpinBox*>(QStringLiteral("extendDaysSpin"));
        QVERIFY(days);
        QVERIFY(QTest::qWaitFor([days] { return days->hasFocus(); }, 1000));
        QTest::keyClicks(days, QStringLiteral("10"));
        key(Qt::Key_Return);
        // 24 December + 10 days, by the addressee (6.4).
        QCOMPARE(text(*m_c, QStringLiteral("SELECT storage_until FROM stored_item")),
                 QStringLiteral("2027-01-03"));
        QCOMPARE(testing::queryValue(*m_c, QStringLiteral("SELECT COUNT(*) FROM operation WHERE op_type = 6 "
                                                          "AND op_attr = 4"))
                     .toInt(),
                 1);
    }

    void returnExpiredInOneBatch()
    {
        QVERIFY(arriveLetterByKeys());
        QVERIFY(typeInto("arrivalScanEdit", kParcel));
        key(Qt::Key_Tab);
        QVERIFY(typeInto("arrivalWeightEdit", QStringLiteral("2500")));
        key(Qt::Key_Return);
        QCOMPARE(cell(kParcel, 1), QStringLiteral("P-21"));
        services::ArrivalRequest kept;
        kept.barcode = kKeptOne;
        kept.weightG = 900;
        kept.noReturn = true;
        QVERIFY(m_arrival->arrive(kept).ok());

        // Parcels are kept 25 November – 9 December. On 10 December: both parcels are expired.
        m_clock.set(QDateTime(QDate(2026, 12, 10), QTime(8, 0), Qt::UTC));
        m_screen->refresh();
        const int parcelRow = rowOf(kParcel);
        QVERIFY(parcelRow >= 0);
        QCOMPARE(cell(kParcel, 8), QStringLiteral("-1"));
        QVERIFY(find<QTableWidget>("storageTable")->item(parcelRow, 0)->background().color().red() > 200);
        QVERIFY(rowOf(kParcel) < rowOf(kLetter)); // sorted by last day

        key(Qt::Key_R, Qt::ControlModifier);
        auto* box = m_screen->findChild<QMessageBox*>(QStringLiteral("returnExpiredBox"));
        QVERIFY(box);
        QVERIFY(QTest::qWaitFor([box] { return box->isVisible(); }, 1000));
        const QString shown = box->text();
        QVERIFY2(shown.contains(kParcel) && shown.contains(kKeptOne), qPrintable(shown));
        QVERIFY(shown.indexOf(kKeptOne) > shown.indexOf(QStringLiteral("not to be returned")));
        QVERIFY(!shown.contains(kLetter));
        QTest::keyClick(box, Qt::Key_Return);

        QCOMPARE(
            text(*m_c, QStringLiteral("SELECT state FROM stored_item WHERE item_id = '%1'").arg(kParcel)),
            QStringLiteral("returned"));
        QCOMPARE(
            text(*m_c, QStringLiteral("SELECT state FROM stored_item WHERE item_id = '%1'").arg(kKeptOne)),
            QStringLiteral("unclaimed"));
        QCOMPARE(
            text(*m_c, QStringLiteral("SELECT state FROM stored_item WHERE item_id = '%1'").arg(kLetter)),
            QStringLiteral("stored"));
        QCOMPARE(testing::queryValue(*m_c, QStringLiteral("SELECT COUNT(*) FROM operation WHERE op_type = 3 "
                                                          "AND op_attr = 1"))
                     .toInt(),
                 1);
        QVERIFY(find<QLabel>("storageMessageLabel")->text().contains(QStringLiteral("1")));
        QCOMPARE(rowOf(kParcel), -1); // the list shows what is stored
    }
};

QTEST_MAIN(TestStorageGui)
#include "test_storage_gui.moc"
