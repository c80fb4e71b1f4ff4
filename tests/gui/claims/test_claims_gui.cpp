// The claim dialog driven by keys against a real scratch database: the identifier and Enter fill the
// claim from the accepted item, the claimant is typed, F12 opens it (numbered, both documents queued),
// the list shows it with its deadline; later it is overdue and highlighted; F9 answers and F10 closes
// it. A typed-in item too old to claim is refused on screen. "Today" is 25 November 2026 in Moscow.
#include "../CounterGuiFixture.h"
#include "ClaimDialog.h"
#include "db/ItemRepository.h"
#include "domain/acceptance/ShipmentJson.h"
#include "services/acceptance/CounterServices.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QTest>

using namespace pc;

namespace {
const QDateTime kNow(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC);
const QString kParcel = QStringLiteral("80082240994512");
} // namespace

class TestClaimsGui : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    services::AppConfig m_cfg;
    std::optional<db::Connection> m_c;
    FixedClock m_clock{kNow};

    template <typename T> T* child(QWidget* w, const char* name)
    {
        auto* c = w->findChild<T*>(QString::fromLatin1(name));
        if (!c)
            qFatal("no %s", name);
        return c;
    }

private slots:
    void init()
    {
        m_clock.set(kNow);
        m_c = pc::testing::openCounterDb(m_dir, QStringLiteral("claims-gui.db"), &m_cfg);
        QVERIFY(m_c);
        acceptance::Shipment s;
        s.object = 27020;
        s.weightG = 1200;
        s.declaredValueKop = 500000;
        s.sender.name = QStringLiteral("Орлов Павел Сергеевич");
        s.sender.postcode = QStringLiteral("101000");
        s.sender.place = QStringLiteral("Москва");
        s.recipient.name = QStringLiteral("Смирнова Екатерина");
        s.recipient.postcode = QStringLiteral("620014");
        s.recipient.place = QStringLiteral("Екатеринбург");
        s.services = {23};
        s.inventory = {{QStringLiteral("Книга"), 2, 500000}};
        db::ItemRecord item;
        item.id = kParcel;
        item.objectCode = 27020;
        item.weightG = 1200;
        item.declaredValueKop = 500000;
        item.status = QStringLiteral("accepted");
        item.officePostcode = QStringLiteral("101000");
        item.counterId = QStringLiteral("1");
        item.acceptedAtUtc = QDateTime(QDate(2026, 10, 2), QTime(9, 0), Qt::UTC);
        item.details = QString::fromUtf8(QJsonDocument(acceptance::shipmentToJson(s)).toJson());
        QVERIFY(db::ItemRepository(*m_c).insert(item));
    }
    void cleanup() { m_c.reset(); }

    void openAnswerAndCloseByKeys()
    {
        app::ClaimDialog dialog(*m_c, m_clock, services::counterContextFrom(m_cfg),
                                services::officeInfoFrom(m_cfg), nullptr, nullptr);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto* item = child<QLineEdit>(&dialog, "claimItem");
        QTRY_VERIFY(item->hasFocus());
        QTest::keyClicks(item, kParcel);
        QTest::keyClick(item, Qt::Key_Return);
        // Filled from the item; the cursor waits in the claimant's name.
        QCOMPARE(child<QLineEdit>(&dialog, "claimSenderName")->text(),
                 QStringLiteral("Орлов Павел Сергеевич"));
        QCOMPARE(child<QLineEdit>(&dialog, "claimRecipientName")->text(),
                 QStringLiteral("Смирнова Екатерина"));
        QCOMPARE(child<QLineEdit>(&dialog, "claimContents")->text(), QStringLiteral("Книга × 2"));
        QVERIFY(child<QLineEdit>(&dialog, "claimValue")->text().startsWith(QStringLiteral("5")));
        QCOMPARE(child<QDateEdit>(&dialog, "claimAcceptedOn")->date(), QDate(2026, 10, 2));
        auto* name = child<QLineEdit>(&dialog, "claimantName");
        QTRY_VERIFY(name->hasFocus());
        name->insert(QStringLiteral("Орлов Павел Сергеевич")); // QTest types ASCII only: as a wedge would
        QTest::keyClick(name, Qt::Key_Return);                 // on to the phone
        auto* phone = child<QLineEdit>(&dialog, "claimantPhone");
        QTRY_VERIFY(phone->hasFocus());
        QTest::keyClicks(phone, QStringLiteral("+7 916 555-12-34"));
        QTest::keyClick(phone, Qt::Key_F12);

        const QString message = child<QLabel>(&dialog, "claimMessage")->text();
        // 25 Nov + 30 days = 25 Dec.
        QVERIFY2(message.contains(QStringLiteral("101000-2026-000001")) &&
                     message.contains(QStringLiteral("25.12.2026")),
                 qPrintable(message));
        QCOMPARE(pc::testing::queryValue(*m_c, QStringLiteral("SELECT COUNT(*) FROM claim")).toInt(), 1);
        QCOMPARE(pc::testing::queryValue(*m_c, QStringLiteral("SELECT COUNT(*) FROM print_job WHERE form IN "
                                                              "('claim', 'claim-slip')"))
                     .toInt(),
                 2);
        QTRY_VERIFY(item->hasFocus());
        QVERIFY(item->text().isEmpty());
        auto* list = child<QTableWidget>(&dialog, "claimList");
        QCOMPARE(list->rowCount(), 1);
        QCOMPARE(list->item(0, 4)->text(), QStringLiteral("25.12.2026"));
        QVERIFY(!list->item(0, 0)->data(Qt::UserRole).toBool());

        // A month later, unanswered: overdue and highlighted.
        m_clock.set(QDateTime(QDate(2026, 12, 27), QTime(9, 0), Qt::UTC));
        dialog.refreshList();
        QVERIFY(list->item(0, 0)->data(Qt::UserRole).toBool());
        QCOMPARE(list->item(0, 5)->text(), QStringLiteral("overdue"));

        // F9 without a selection tells the clerk to choose one.
        QTest::keyClick(&dialog, Qt::Key_F9);
        QVERIFY(child<QLabel>(&dialog, "claimMessage")->text().contains(QStringLiteral("Select a claim")));
        list->selectRow(0);
        auto* text = child<QLineEdit>(&dialog, "claimActionText");
        text->setFocus();
        text->insert(QStringLiteral("Найдено в СЦ, вручено адресату"));
        QTest::keyClick(text, Qt::Key_F9);
        QCOMPARE(pc::testing::queryValue(*m_c, QStringLiteral("SELECT state FROM claim")).toString(),
                 QStringLiteral("answered"));
        QVERIFY(!list->item(0, 0)->data(Qt::UserRole).toBool()); // answered: no longer overdue

        list->selectRow(0);
        auto* outcome = child<QComboBox>(&dialog, "claimOutcome");
        outcome->setCurrentIndex(outcome->findData(QStringLiteral("found")));
        QTest::keyClick(&dialog, Qt::Key_F10);
        QCOMPARE(pc::testing::queryValue(*m_c, QStringLiteral("SELECT outcome FROM claim")).toString(),
                 QStringLiteral("found"));
        QCOMPARE(list->rowCount(), 0);
        QCOMPARE(pc::testing::queryValue(*m_c, QStringLiteral("SELECT COUNT(*) FROM claim_event")).toInt(),
                 3);
    }

    void typedInItemTooOldIsRefused()
    {
        app::ClaimDialog dialog(*m_c, m_clock, services::counterContextFrom(m_cfg),
                                services::officeInfoFrom(m_cfg), nullptr, nullptr);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto* item = child<QLineEdit>(&dialog, "claimItem");
        QTest::keyClicks(item, QStringLiteral("CP123456785RU"));
        QTest::keyClick(item, Qt::Key_Return);
        QVERIFY(child<QLabel>(&dialog, "claimItemInfo")->text().contains(QStringLiteral("not known here")));
        auto* accepted = child<QDateEdit>(&dialog, "claimAcceptedOn");
        QTRY_VERIFY(accepted->hasFocus());
        QVERIFY(accepted->isEnabled());
        child<QLineEdit>(&dialog, "claimantName")->setText(QStringLiteral("Орлов Павел"));
        // The date was left "not known": refused until it is given.
        QTest::keyClick(&dialog, Qt::Key_F12);
        QVERIFY2(child<QLabel>(&dialog, "claimMessage")->text().contains(QStringLiteral("acceptance date")),
                 qPrintable(child<QLabel>(&dialog, "claimMessage")->text()));
        accepted->setDate(QDate(2026, 5, 24)); // the window closed on 24 November
        QTest::keyClick(&dialog, Qt::Key_F12);
        const QString message = child<QLabel>(&dialog, "claimMessage")->text();
        QVERIFY2(message.contains(QStringLiteral("24.11.2026")), qPrintable(message));
        QCOMPARE(pc::testing::queryValue(*m_c, QStringLiteral("SELECT COUNT(*) FROM claim")).toInt(), 0);
        // One day later is still inside the window.
        accepted->setDate(QDate(2026, 5, 25));
        QTest::keyClick(&dialog, Qt::Key_F12);
        QCOMPARE(pc::testing::queryValue(*m_c, QStringLiteral("SELECT COUNT(*) FROM claim")).toInt(), 1);
    }
};

QTEST_MAIN(TestClaimsGui)
#include "test_claims_gui.moc"
