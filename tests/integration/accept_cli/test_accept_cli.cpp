// postcounter-cli accept / import-list / business-list as an admin or a script uses them, on the
// built-in sample office (no configuration file: no shift needed there).
#include "../CliRunner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {
using Run = pc::testing::CliRun;

Run cli(const QStringList& args, const QString& home)
{
    return pc::testing::runCli(home, args, {}, {QStringLiteral("QT_QPA_PLATFORM=offscreen")});
}

void write(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

// A registered letter to St Petersburg and a parcel with declared value, COD and an inventory.
const char* kLetter = R"({"object": 2010, "weight_g": 20,
  "sender": {"name": "Орлов Павел Сергеевич", "postcode": "101000", "place": "Москва", "street": "ул. Мясницкая", "house": "26"},
  "recipient": {"name": "Кузнецов Андрей", "postcode": "190000", "place": "Санкт-Петербург", "street": "ул. Большая Морская", "house": "8"}})";
const char* kParcel =
    R"({"object": 4040, "weight_g": 2350, "declared_value_kop": 500000, "cod_kop": 450000, "services": [23],
  "sender": {"name": "Орлов Павел Сергеевич", "postcode": "101000", "place": "Москва", "street": "ул. Мясницкая", "house": "26", "phone": "+79161234567"},
  "recipient": {"name": "Смирнова Екатерина", "postcode": "630099", "place": "Новосибирск", "street": "ул. Ленина", "house": "45", "room": "118"},
  "inventory": [{"description": "Книга", "quantity": 2, "declared_value_kop": 150000},
                {"description": "Лампа", "quantity": 1, "declared_value_kop": 350000}]})";
} // namespace

class TestAcceptCli : public QObject {
    Q_OBJECT
    QTemporaryDir m_home;

private slots:
    void acceptsABasketAndWritesItsDocuments()
    {
        write(m_home.filePath(QStringLiteral("letter.json")), kLetter);
        write(m_home.filePath(QStringLiteral("parcel.json")), kParcel);
        const QString docs = m_home.filePath(QStringLiteral("docs"));
        const Run r =
            cli({QStringLiteral("accept"), QStringLiteral("--item"),
                 m_home.filePath(QStringLiteral("letter.json")), QStringLiteral("--item"),
                 m_home.filePath(QStringLiteral("parcel.json")), QStringLiteral("--pay"),
                 QStringLiteral("cash:5000"), QStringLiteral("--documents"), docs, QStringLiteral("--json")},
                m_home.path());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("receipt")).toInt(), 1);
        const QJsonArray items = o.value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), 2);
        qint64 sum = 0;
        for (const auto& v : items) {
            const QJsonObject it = v.toObject();
            QCOMPARE(cli({QStringLiteral("id"), QStringLiteral("check"),
                          it.value(QStringLiteral("id")).toString()},
                         m_home.path())
                         .exitCode,
                     0);
            sum += it.value(QStringLiteral("total_kop")).toInteger();
            for (const auto& d : it.value(QStringLiteral("documents")).toArray()) {
                QFile f(docs + u'/' + d.toObject().value(QStringLiteral("file")).toString());
                QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
                QVERIFY(f.read(4) == "%PDF");
            }
        }
        QCOMPARE(o.value(QStringLiteral("total_kop")).toInteger(), sum);
        QCOMPARE(o.value(QStringLiteral("change_kop")).toInteger(), 500000 - sum);
        QVERIFY(QFile::exists(docs + u'/' + o.value(QStringLiteral("receipt_file")).toString()));
        // The parcel printed its inventory and COD transfer form too.
        QStringList forms;
        for (const auto& d : items[1].toObject().value(QStringLiteral("documents")).toArray())
            forms << d.toObject().value(QStringLiteral("form")).toString();
        QVERIFY(forms.contains(QStringLiteral("f107")) && forms.contains(QStringLiteral("f112")));
    }

    void refusesWithTheReasonAndCommitsNothing()
    {
        QByteArray bad = kLetter;
        bad.replace("\"190000\"", "\"19000\"");
        write(m_home.filePath(QStringLiteral("bad.json")), bad);
        Run r = cli(
            {QStringLiteral("accept"), QStringLiteral("--item"), m_home.filePath(QStringLiteral("bad.json"))},
            m_home.path());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("19000"), r.err.constData());
        write(m_home.filePath(QStringLiteral("letter.json")), kLetter);
        r = cli({QStringLiteral("accept"), QStringLiteral("--item"),
                 m_home.filePath(QStringLiteral("letter.json")), QStringLiteral("--pay"),
                 QStringLiteral("cash:1")},
                m_home.path());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("payment.insufficient"), r.err.constData());
        // The next good sale takes the next receipt number: the refusals took none.
        r = cli({QStringLiteral("accept"), QStringLiteral("--item"),
                 m_home.filePath(QStringLiteral("letter.json")), QStringLiteral("--json")},
                m_home.path());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("receipt")).toInt(), 2);
    }

    void importListReportsEachBadLine()
    {
        const Run r = cli({QStringLiteral("import-list"),
                           QStringLiteral(PC_TEST_DATA_DIR "/acceptance/business-list-bad.json"),
                           QStringLiteral("--json")},
                          m_home.path());
        QVERIFY2(r.exitCode == 0 || r.exitCode == 1, r.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        const QJsonArray rejected = o.value(QStringLiteral("rejected")).toArray();
        QVERIFY(!rejected.isEmpty());
        for (const auto& v : rejected) {
            QVERIFY(v.toObject().value(QStringLiteral("line")).toInt() > 0);
            QVERIFY(!v.toObject().value(QStringLiteral("reasons")).toArray().isEmpty());
        }
        QCOMPARE(o.value(QStringLiteral("imported")).toInt() + rejected.size(),
                 o.value(QStringLiteral("lines")).toInt());

        const Run good =
            cli({QStringLiteral("import-list"),
                 QStringLiteral(PC_TEST_DATA_DIR "/acceptance/business-list-20.json"),
                 QStringLiteral("--client"), QStringLiteral("ООО «Книжный двор»"), QStringLiteral("--json")},
                m_home.path());
        QCOMPARE(good.exitCode, 0);
        const qint64 list =
            QJsonDocument::fromJson(good.out).object().value(QStringLiteral("list_id")).toInteger();
        QCOMPARE(QJsonDocument::fromJson(good.out).object().value(QStringLiteral("imported")).toInt(), 20);
        // The same list again: every line is already imported, nothing new, exit 1.
        const Run again = cli({QStringLiteral("import-list"),
                               QStringLiteral(PC_TEST_DATA_DIR "/acceptance/business-list-20.json")},
                              m_home.path());
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.out.contains("already"));
        const Run show = cli({QStringLiteral("business-list"), QStringLiteral("show"), QString::number(list),
                              QStringLiteral("--json")},
                             m_home.path());
        QCOMPARE(QJsonDocument::fromJson(show.out).object().value(QStringLiteral("missing")).toArray().size(),
                 20);
        QCOMPARE(cli({QStringLiteral("business-list"), QStringLiteral("close"), QString::number(list)},
                     m_home.path())
                     .exitCode,
                 1);
    }
};

QTEST_GUILESS_MAIN(TestAcceptCli)
#include "test_accept_cli.moc"
