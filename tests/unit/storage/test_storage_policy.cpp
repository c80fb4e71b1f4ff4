// Storage periods counted by hand on a calendar: from the first working day after arrival, the last
// day inclusive (DOMAIN.md §6). 2026-12-25 is a Friday; 2027-01-01..08 are holidays.
#include "domain/storage/OfficeCalendar.h"
#include "domain/storage/RecipientKeys.h"
#include "domain/storage/StoragePolicy.h"

#include <QTest>

using namespace pc::storage;

class TestStoragePolicy : public QObject {
    Q_OBJECT

    static OfficeCalendar newYear()
    {
        OfficeCalendar cal;
        for (int d = 1; d <= 8; ++d)
            cal.addHoliday(QDate(2027, 1, d));
        return cal;
    }

private slots:
    void weekdaysAreWorkingDaysByDefault()
    {
        const OfficeCalendar cal;
        QVERIFY(cal.isWorkingDay(QDate(2026, 11, 27)));  // Friday
        QVERIFY(!cal.isWorkingDay(QDate(2026, 11, 28))); // Saturday
        QVERIFY(!cal.isWorkingDay(QDate(2026, 11, 29))); // Sunday
        QCOMPARE(cal.nextWorkingDay(QDate(2026, 11, 27)), QDate(2026, 11, 30));
        QCOMPARE(cal.nextWorkingDay(QDate(2026, 11, 25)), QDate(2026, 11, 26));
    }

    void holidaysAndWorkingSaturdays()
    {
        OfficeCalendar cal = newYear();
        QCOMPARE(cal.nextWorkingDay(QDate(2026, 12, 31)), QDate(2027, 1, 11)); // Thu → past the holidays
        cal.addWorkingWeekendDay(QDate(2027, 1, 9));                           // a working Saturday
        QCOMPARE(cal.nextWorkingDay(QDate(2026, 12, 31)), QDate(2027, 1, 9));
    }

    void periodsByCategoryAcrossTheWeekend()
    {
        const OfficeCalendar cal = newYear();
        const QDate friday(2026, 12, 25);
        // Counted from Monday 28 December.
        auto parcel = storagePeriod(StorageCategory::Parcel, 0, friday, cal);
        QCOMPARE(parcel.from, QDate(2026, 12, 28));
        QCOMPARE(parcel.until, QDate(2027, 1, 11));
        QCOMPARE(parcel.days, 15);
        auto letter = storagePeriod(StorageCategory::Letter, 0, friday, cal);
        QCOMPARE(letter.until, QDate(2027, 1, 26));
        QCOMPARE(letter.days, 30);
        QCOMPARE(storagePeriod(StorageCategory::CourtLetter, 0, friday, cal).until, QDate(2027, 1, 3));
        QCOMPARE(storagePeriod(StorageCategory::MoneyTransfer, 0, friday, cal).days, 30);
    }

    void periodAcrossTheHolidays()
    {
        // Thursday 31 December: the first working day is Monday 11 January.
        auto parcel = storagePeriod(StorageCategory::Parcel, 0, QDate(2026, 12, 31), newYear());
        QCOMPARE(parcel.from, QDate(2027, 1, 11));
        QCOMPARE(parcel.until, QDate(2027, 1, 25));
        auto letter = storagePeriod(StorageCategory::Letter, 0, QDate(2026, 12, 31), newYear());
        QCOMPARE(letter.until, QDate(2027, 2, 9));
    }

    void businessShelfLifeReplacesTheStandardPeriod()
    {
        auto p = storagePeriod(StorageCategory::Parcel, 20, QDate(2026, 11, 25), OfficeCalendar{});
        QCOMPARE(p.from, QDate(2026, 11, 26));
        QCOMPARE(p.until, QDate(2026, 12, 15));
        QCOMPARE(p.days, 20);
    }

    void extensionsUpToTheLimit()
    {
        const StoragePeriod p{QDate(2026, 11, 26), QDate(2026, 12, 10), 15};
        auto longer = extendPeriod(p, 30, false);
        QVERIFY(longer);
        QCOMPARE(longer->until, QDate(2027, 1, 9));
        QCOMPARE(longer->days, 45);
        auto intl = extendPeriod(p, 45, true);
        QVERIFY(intl);
        QCOMPARE(intl->days, 60);
        auto tooLong = extendPeriod(p, 46, true);
        QVERIFY(!tooLong);
        QCOMPARE(tooLong.error().code, QStringLiteral("storage.extension_limit"));
        QVERIFY(tooLong.error().message.contains(QStringLiteral("45")));
        QVERIFY(!extendPeriod(p, 0, false));
        QVERIFY(!extendPeriod(p, 10, false, ExtensionLimits{20, 60}));
    }

    void categoriesFromObjectCodesAndIdentifiers()
    {
        QCOMPARE(categoryForObject(27030), StorageCategory::Parcel);
        QCOMPARE(categoryForObject(7031), StorageCategory::Parcel);
        QCOMPARE(categoryForObject(2010), StorageCategory::Letter);
        QCOMPARE(categoryForObject(3020), StorageCategory::Letter);
        QCOMPARE(categoryForObject(1040), StorageCategory::MoneyTransfer);
        QVERIFY(!categoryForObject(9999));
        QCOMPARE(categoryForIdentifier(u"CP123456785RU"), StorageCategory::Parcel);
        QCOMPARE(categoryForIdentifier(u"RA410342249RU"), StorageCategory::Letter);
        QVERIFY(!categoryForIdentifier(u"80082240994512"));
    }

    void recipientKeys()
    {
        QCOMPARE(phoneDigits(u"+7 (912) 345-67-89"), QStringLiteral("9123456789"));
        QCOMPARE(phoneDigits(u"89123456789"), QStringLiteral("9123456789"));
        QCOMPARE(phoneDigits(u"912 345 67 89"), QStringLiteral("9123456789"));
        QCOMPARE(nameKey(u"  Иванова   Анна "), QStringLiteral("иванова анна"));
        QCOMPARE(nameKey(u"Ёлкин"), QStringLiteral("елкин"));
    }
};

QTEST_GUILESS_MAIN(TestStoragePolicy)
#include "test_storage_policy.moc"
