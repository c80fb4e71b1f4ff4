// The "postcounter-cli tariff" contract of issue 3, run as a separate process on a fresh database:
// answer shapes, exit codes, stdin input, import refusal with the line, versions.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

class TestTariffCli : public QObject {
    Q_OBJECT
    QTemporaryDir m_home;

    Run cli(QStringList args, const QByteArray& input = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        p.setProcessEnvironment(env);
        args.prepend(m_home.filePath(QStringLiteral("t.db")));
        args.prepend(QStringLiteral("--db"));
        p.start(QStringLiteral(PC_BIN_DIR "/postcounter-cli"), args);
        p.waitForStarted();
        p.write(input);
        p.closeWriteChannel();
        p.waitForFinished(60000);
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

private slots:
    void quoteAnswerShape()
    {
        // Zone 3 (Moscow → Novosibirsk), 1 200 g: 212 + 2 × 29 = 270 ₽; fragile 30 % = 81 ₽; VAT 20 % in
        // 2025.
        const Run r = cli({QStringLiteral("tariff"), QStringLiteral("quote"),
                           QStringLiteral(R"({"object":4030,"from":"101000","to":"630000","weight_g":1200,)"
                                          R"("services":[4],"date":"2025-06-01"})")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = r.json();
        QCOMPARE(o.value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(o.value(QStringLiteral("tariff_version")).toString(), QStringLiteral("sample"));
        QCOMPARE(o.value(QStringLiteral("zone")).toInt(), 3);
        const QJsonArray lines = o.value(QStringLiteral("lines")).toArray();
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines[0].toObject().value(QStringLiteral("ex_vat_kop")).toInteger(), 27000);
        QCOMPARE(lines[1].toObject().value(QStringLiteral("code")).toString(), QStringLiteral("service.4"));
        QCOMPARE(lines[1].toObject().value(QStringLiteral("total_kop")).toInteger(), 9720);
        QCOMPARE(o.value(QStringLiteral("total_ex_vat_kop")).toInteger(), 35100);
        QCOMPARE(o.value(QStringLiteral("vat_kop")).toInteger(), 7020);
        QCOMPARE(o.value(QStringLiteral("total_kop")).toInteger(), 42120);
        QCOMPARE(o.value(QStringLiteral("cod_fee_kop")).toInteger(), 0);
        QCOMPARE(o.value(QStringLiteral("cod_fee_payer")).toString(), QStringLiteral("recipient"));
        QVERIFY(o.value(QStringLiteral("delivery_days")).toObject().contains(QStringLiteral("min")));
    }

    void quoteFromStandardInput()
    {
        const Run r =
            cli({QStringLiteral("tariff"), QStringLiteral("quote"), QStringLiteral("-")},
                R"({"object":4040,"from":"101000","to":"101000","weight_g":500,"declared_value_kop":100000,)"
                R"("cod_kop":100000,"services":[24],"date":"2025-06-01"})");
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(QStringLiteral("cod_fee_kop")).toInteger(),
                 13000); // 80 ₽ + 5 % of 1 000 ₽
        QCOMPARE(r.json().value(QStringLiteral("cod_fee_payer")).toString(), QStringLiteral("sender"));
    }

    void refusalShape()
    {
        const Run r =
            cli({QStringLiteral("tariff"), QStringLiteral("quote"),
                 QStringLiteral(R"({"object":4030,"from":"101000","to":"101000","weight_g":20001})")});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.json().value(QStringLiteral("ok")).toBool(true), false);
        const QJsonObject e = r.json().value(QStringLiteral("errors")).toArray().at(0).toObject();
        QCOMPARE(e.value(QStringLiteral("code")).toString(), QStringLiteral("tariff.weight_over_limit"));
        QVERIFY(!e.value(QStringLiteral("message")).toString().isEmpty());
        QCOMPARE(cli({QStringLiteral("tariff"), QStringLiteral("quote"), QStringLiteral("{")}).exitCode, 1);
        QCOMPARE(cli({QStringLiteral("tariff"), QStringLiteral("quote")}).exitCode, 2);
    }

    void importRefusedKeepsVersions()
    {
        QFile f(QStringLiteral(PC_TEST_DATA_DIR "/../../db/tariffs/sample.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray text = f.readAll();
        text.replace("\"name\": \"sample\"", "\"name\": \"v2\"");
        text.replace("\"effective_from\": \"2023-01-01\"", "\"effective_from\": \"2030-01-01\"");
        const qsizetype at = text.indexOf("\"zone_count\": 5");
        text.replace(at, 15, "\"zone_count\": 5,,");
        const int line = int(text.left(at).count('\n')) + 1;
        QFile bad(m_home.filePath(QStringLiteral("bad.json")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write(text);
        bad.close();
        const Run r = cli({QStringLiteral("tariff"), QStringLiteral("import"), bad.fileName()});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QByteArray("line ") + QByteArray::number(line)), r.err.constData());
        const Run v = cli({QStringLiteral("tariff"), QStringLiteral("versions"), QStringLiteral("--json")});
        QCOMPARE(v.exitCode, 0);
        const QJsonArray list = QJsonDocument::fromJson(v.out).array();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list[0].toObject().value(QStringLiteral("name")).toString(), QStringLiteral("sample"));
        QCOMPARE(list[0].toObject().value(QStringLiteral("in_force")).toBool(), true);
    }
};

} // namespace

QTEST_GUILESS_MAIN(TestTariffCli)
#include "test_tariff_cli.moc"
