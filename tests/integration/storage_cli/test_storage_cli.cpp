// postcounter-cli arrive / storage as a clerk's script uses them, on the built-in sample office: an
// item accepted here and an unknown one arrive, a second scan and an unweighed unknown item are
// refused, the item is found by phone, its period extended, and expired items go back.
#include "../CliRunner.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTemporaryDir>
#include <QTest>

namespace {
using Run = pc::testing::CliRun;

Run cli(const QStringList& args, const QString& home)
{
    return pc::testing::runCli(home, args, {}, {QStringLiteral("QT_QPA_PLATFORM=offscreen")});
}

QList<QJsonObject> jsonLines(const QByteArray& out)
{
    QList<QJsonObject> lines;
    for (const QByteArray& l : out.split('\n'))
        if (!l.trimmed().isEmpty())
            lines << QJsonDocument::fromJson(l).object();
    return lines;
}

const char* kParcel =
    R"({"object": 4040, "weight_g": 2350, "declared_value_kop": 500000, "cod_kop": 450000, "services": [23],
  "sender": {"name": "Орлов Павел Сергеевич", "postcode": "101000", "place": "Москва", "street": "ул. Мясницкая", "house": "26"},
  "recipient": {"name": "Смирнова Екатерина", "postcode": "101000", "place": "Москва", "street": "ул. Ленина", "house": "45", "phone": "+7 916 555-44-33"},
  "inventory": [{"description": "Книга", "quantity": 2, "declared_value_kop": 500000}]})";
} // namespace

class TestStorageCli : public QObject {
    Q_OBJECT
    QTemporaryDir m_home;

private slots:
    void arrivalFindingExtensionAndReturn()
    {
        const QString home = m_home.path();
        QFile f(m_home.filePath(QStringLiteral("parcel.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(kParcel);
        f.close();
        Run r = cli({QStringLiteral("accept"), QStringLiteral("--item"), f.fileName(),
                     QStringLiteral("--pay"), QStringLiteral("cash:10000"), QStringLiteral("--json")},
                    home);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString parcel = QJsonDocument::fromJson(r.out)
                                   .object()
                                   .value(QStringLiteral("items"))
                                   .toArray()
                                   .at(0)
                                   .toObject()
                                   .value(QStringLiteral("id"))
                                   .toString();
        QCOMPARE(parcel.size(), 14);
        QByteArray all; // everything the commands print, checked for personal data at the end

        r = cli({QStringLiteral("arrive"), parcel, QStringLiteral("CP123456785RU"),
                 QStringLiteral("--weight"), QStringLiteral("900"), QStringLiteral("--place"),
                 QStringLiteral("B-7"), QStringLiteral("--json")},
                home);
        all += r.out + r.err;
        QVERIFY2(r.exitCode == 0, r.err.constData());
        auto lines = jsonLines(r.out);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines[0].value(QStringLiteral("status")).toString(), QStringLiteral("arrived"));
        QCOMPARE(lines[0].value(QStringLiteral("cod_kop")).toInteger(), 450000);
        QCOMPARE(lines[0].value(QStringLiteral("registered_here")).toBool(), false);
        QCOMPARE(lines[1].value(QStringLiteral("registered_here")).toBool(), true);
        QCOMPARE(lines[1].value(QStringLiteral("place")).toString(), QStringLiteral("B-7"));
        // Parcels: 15 days from the working day after arrival, the last day inclusive.
        const QDate from =
            QDate::fromString(lines[1].value(QStringLiteral("storage_from")).toString(), Qt::ISODate);
        const QDate until =
            QDate::fromString(lines[1].value(QStringLiteral("storage_until")).toString(), Qt::ISODate);
        QVERIFY(from.isValid());
        QVERIFY(from.dayOfWeek() <= 5);
        QCOMPARE(from.daysTo(until), 14);

        r = cli({QStringLiteral("arrive"), parcel, QStringLiteral("RR287043775IN"), QStringLiteral("--json")},
                home);
        all += r.out + r.err;
        QCOMPARE(r.exitCode, 1);
        lines = jsonLines(r.out);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines[0].value(QStringLiteral("error_code")).toString(),
                 QStringLiteral("storage.already_arrived"));
        QVERIFY(lines[0].value(QStringLiteral("error")).toString().contains(QStringLiteral("B-7")));
        QCOMPARE(lines[1].value(QStringLiteral("error_code")).toString(),
                 QStringLiteral("storage.weight_required"));

        r = cli({QStringLiteral("storage"), QStringLiteral("find"), QStringLiteral("8 (916) 555-44-33"),
                 QStringLiteral("--json")},
                home);
        all += r.out + r.err;
        QVERIFY2(r.exitCode == 0, r.err.constData());
        lines = jsonLines(r.out);
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines[0].value(QStringLiteral("id")).toString(), parcel);
        QCOMPARE(lines[0].value(QStringLiteral("due_kop")).toInteger(), 450000);

        r = cli({QStringLiteral("storage"), QStringLiteral("expiring"), QStringLiteral("--date"),
                 until.toString(Qt::ISODate), QStringLiteral("--json")},
                home);
        all += r.out + r.err;
        QCOMPARE(jsonLines(r.out).size(), 2);
        r = cli({QStringLiteral("storage"), QStringLiteral("expiring"), QStringLiteral("--date"),
                 until.addDays(-1).toString(Qt::ISODate), QStringLiteral("--json")},
                home);
        QCOMPARE(jsonLines(r.out).size(), 0);

        r = cli({QStringLiteral("storage"), QStringLiteral("extend"), parcel, QStringLiteral("--days"),
                 QStringLiteral("5")},
                home);
        all += r.out + r.err;
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains(until.addDays(5).toString(Qt::ISODate).toUtf8()));
        r = cli({QStringLiteral("storage"), QStringLiteral("extend"), parcel, QStringLiteral("--days"),
                 QStringLiteral("100"), QStringLiteral("--sender")},
                home);
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("storage.extension_limit"));

        // The day after the unknown parcel's last day: it goes back; the extended one stays.
        r = cli({QStringLiteral("storage"), QStringLiteral("return-expired"), QStringLiteral("--date"),
                 until.addDays(1).toString(Qt::ISODate)},
                home);
        all += r.out + r.err;
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("CP123456785RU\treturned"));
        QVERIFY(!r.out.contains(parcel.toUtf8()));

        QVERIFY(!all.contains("Смирнова"));
        QVERIFY(!all.contains("555"));
    }

    void aContainersListArrivesLineByLine()
    {
        // Three items nobody here has seen (weights from the list), one bad check digit, one bad weight.
        QTemporaryDir home;
        const QString path = home.filePath(QStringLiteral("bag-17.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("barcode;weight_g;object;cod_kop;recipient;phone\n"
                "63009912000015;1250;4030;;;+7 913 555-01-02\n"
                "63009912000016;900;;;;\n"
                "RA123456785RU;40;;;;\n"
                "63009912000022;0;;;;\n"
                "63009912000039;2000;27030;350000;;\n");
        f.close();
        Run r = cli({QStringLiteral("arrive"), QStringLiteral("--list"), path, QStringLiteral("--json")},
                    home.path());
        QCOMPARE(r.exitCode, 1); // not everything on the list arrived: the clerk must look
        QList<QJsonObject> lines = jsonLines(r.out);
        QCOMPARE(lines.size(), 5);
        QMap<int, QString> refusedLines;
        QStringList arrived;
        for (const QJsonObject& l : lines) {
            if (l.value(u"status").toString() == u"arrived")
                arrived << l.value(u"id").toString();
            else
                refusedLines.insert(l.value(u"line").toInt(), l.value(u"error").toString());
        }
        QCOMPARE(arrived, (QStringList{QStringLiteral("63009912000015"), QStringLiteral("RA123456785RU"),
                                       QStringLiteral("63009912000039")}));
        QCOMPARE(refusedLines.keys(), (QList<int>{3, 5}));
        QVERIFY(refusedLines.value(5).contains(QStringLiteral("weight_g")));

        // The COD from the list is due at hand-over; the phone from the list finds the item.
        r = cli({QStringLiteral("storage"), QStringLiteral("find"), QStringLiteral("63009912000039"),
                 QStringLiteral("--json")},
                home.path());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(jsonLines(r.out).value(0).value(QStringLiteral("due_kop")).toInteger(), 350000);
        r = cli({QStringLiteral("storage"), QStringLiteral("find"), QStringLiteral("89135550102"),
                 QStringLiteral("--json")},
                home.path());
        QCOMPARE(jsonLines(r.out).value(0).value(QStringLiteral("id")).toString(),
                 QStringLiteral("63009912000015"));

        // The same list again: every item is reported as already arrived, nothing is duplicated.
        r = cli({QStringLiteral("arrive"), QStringLiteral("--list"), path, QStringLiteral("--json")},
                home.path());
        QCOMPARE(r.exitCode, 1);
        int already = 0;
        for (const QJsonObject& l : jsonLines(r.out))
            already += l.value(u"error_code").toString() == u"storage.already_arrived";
        QCOMPARE(already, 3);
    }

    void theCalendarMovesTheStartOfStorage()
    {
        QTemporaryDir home;
        // Holidays for the next two weeks (from yesterday, whatever the time zone): storage starts after.
        const QDate today = QDate::currentDate();
        for (int d = -1; d <= 14; ++d) {
            const Run set = cli({QStringLiteral("storage"), QStringLiteral("calendar"), QStringLiteral("set"),
                                 today.addDays(d).toString(Qt::ISODate), QStringLiteral("holiday")},
                                home.path());
            QVERIFY2(set.exitCode == 0, set.err.constData());
        }
        const Run r = cli({QStringLiteral("arrive"), QStringLiteral("RA644000005RU"),
                           QStringLiteral("--weight"), QStringLiteral("40"), QStringLiteral("--json")},
                          home.path());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject o = jsonLines(r.out).value(0);
        const QDate from = QDate::fromString(o.value(QStringLiteral("storage_from")).toString(), Qt::ISODate);
        QVERIFY(from > today.addDays(14));
        QVERIFY(from.dayOfWeek() <= 5);
        QVERIFY(from <= today.addDays(17)); // the first weekday after the holidays
        QCOMPARE(o.value(QStringLiteral("category")).toString(), QStringLiteral("letter")); // R: letter post
        QCOMPARE(o.value(QStringLiteral("days")).toInt(), 30);
    }
};

QTEST_GUILESS_MAIN(TestStorageCli)
#include "test_storage_cli.moc"
