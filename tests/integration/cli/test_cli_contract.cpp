// The postcounter-cli contract other issues and their checks rely on: output shapes and exit codes
// of --version, id check, id next, db migrate|info and demo, run as a separate process.
#include "../CliRunner.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {
using Run = pc::testing::CliRun;

Run cli(const QStringList& args, const QString& home)
{
    return pc::testing::runCli(home, args, {}, {QStringLiteral("LANG=C.UTF-8"), QStringLiteral("LC_ALL=")});
}

QList<QJsonObject> jsonLines(const QByteArray& out)
{
    QList<QJsonObject> list;
    for (const QByteArray& line : out.split('\n'))
        if (!line.trimmed().isEmpty())
            list << QJsonDocument::fromJson(line).object();
    return list;
}
} // namespace

class TestCliContract : public QObject {
    Q_OBJECT
    QTemporaryDir m_home;

private slots:
    void version()
    {
        const Run r = cli({QStringLiteral("--version")}, m_home.path());
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("postcounter-cli "));
    }

    void usageErrorsExitTwo()
    {
        QCOMPARE(cli({}, m_home.path()).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("frobnicate")}, m_home.path()).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("id"), QStringLiteral("check")}, m_home.path()).exitCode, 2);
        QCOMPARE(
            cli({QStringLiteral("id"), QStringLiteral("next"), QStringLiteral("--kind"), QStringLiteral("x")},
                m_home.path())
                .exitCode,
            2);
        QCOMPARE(cli({QStringLiteral("--db")}, m_home.path()).exitCode, 2);
    }

    void idCheckJson()
    {
        const Run ok = cli({QStringLiteral("id"), QStringLiteral("check"), QStringLiteral("--json"),
                            QStringLiteral("80082240994512"), QStringLiteral("ra 644000005 ru")},
                           m_home.path());
        QCOMPARE(ok.exitCode, 0);
        const auto lines = jsonLines(ok.out);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines[0].value(QStringLiteral("id")).toString(), QStringLiteral("80082240994512"));
        QCOMPARE(lines[0].value(QStringLiteral("valid")).toBool(), true);
        QCOMPARE(lines[0].value(QStringLiteral("kind")).toString(), QStringLiteral("rpo14"));
        QCOMPARE(lines[1].value(QStringLiteral("id")).toString(), QStringLiteral("RA644000005RU"));
        QCOMPARE(lines[1].value(QStringLiteral("kind")).toString(), QStringLiteral("s10"));
        QVERIFY(!lines[0].contains(QStringLiteral("error")));

        const Run bad = cli({QStringLiteral("id"), QStringLiteral("check"), QStringLiteral("--json"),
                             QStringLiteral("RA644000001RU"), QStringLiteral("80082240994512")},
                            m_home.path());
        QCOMPARE(bad.exitCode, 1);
        const auto badLines = jsonLines(bad.out);
        QCOMPARE(badLines.size(), 2);
        QCOMPARE(badLines[0].value(QStringLiteral("valid")).toBool(), false);
        QCOMPARE(badLines[0].value(QStringLiteral("kind")).toString(), QStringLiteral("s10"));
        QVERIFY(
            badLines[0].value(QStringLiteral("error")).toString().contains(QStringLiteral("check digit")));
        QCOMPARE(badLines[1].value(QStringLiteral("valid")).toBool(), true);
    }

    void idNextAllocatesDistinctValidIdentifiers()
    {
        const QString db = m_home.filePath(QStringLiteral("next.db"));
        QSet<QString> seen;
        for (int i = 0; i < 3; ++i) {
            const Run r = cli({QStringLiteral("--db"), db, QStringLiteral("id"), QStringLiteral("next")},
                              m_home.path());
            QCOMPARE(r.exitCode, 0);
            const QString id = QString::fromLatin1(r.out.trimmed());
            QCOMPARE(id.size(), 14);
            QVERIFY(!seen.contains(id));
            seen.insert(id);
            const Run check = cli({QStringLiteral("id"), QStringLiteral("check"), id}, m_home.path());
            QCOMPARE(check.exitCode, 0);
        }
        const Run s10 = cli({QStringLiteral("--db"), db, QStringLiteral("id"), QStringLiteral("next"),
                             QStringLiteral("--kind"), QStringLiteral("s10"), QStringLiteral("--service"),
                             QStringLiteral("R")},
                            m_home.path());
        QCOMPARE(s10.exitCode, 0);
        QVERIFY(s10.out.startsWith("R"));
        QVERIFY(s10.out.trimmed().endsWith("RU"));
        QCOMPARE(cli({QStringLiteral("id"), QStringLiteral("check"), QString::fromLatin1(s10.out.trimmed())},
                     m_home.path())
                     .exitCode,
                 0);
    }

    void dbMigrateAndInfo()
    {
        const QString db = m_home.filePath(QStringLiteral("info.db"));
        const Run m =
            cli({QStringLiteral("--db"), db, QStringLiteral("db"), QStringLiteral("migrate")}, m_home.path());
        QCOMPARE(m.exitCode, 0);
        const Run i = cli({QStringLiteral("--db"), db, QStringLiteral("db"), QStringLiteral("info"),
                           QStringLiteral("--json")},
                          m_home.path());
        QCOMPARE(i.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(i.out).object();
        QVERIFY(o.value(QStringLiteral("schema_version")).toInt() >= 2);
        QCOMPARE(o.value(QStringLiteral("schema_version")).toInt(),
                 o.value(QStringLiteral("latest_schema_version")).toInt());

        const QString foreign = m_home.filePath(QStringLiteral("notes.txt"));
        QFile f(foreign);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a database\n");
        f.close();
        const Run refused =
            cli({QStringLiteral("--db"), foreign, QStringLiteral("db"), QStringLiteral("migrate")},
                m_home.path());
        QCOMPARE(refused.exitCode, 3);
        QVERIFY(refused.err.contains("not a PostCounter database"));
    }

    void demoWritesManifest()
    {
        const QString out = m_home.filePath(QStringLiteral("demo"));
        const Run r = cli({QStringLiteral("demo"), QStringLiteral("--out"), out}, m_home.path());
        QCOMPARE(r.exitCode, 0);
        QFile f(out + QStringLiteral("/manifest.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject manifest = QJsonDocument::fromJson(f.readAll()).object();
        const QJsonArray items = manifest.value(QStringLiteral("items")).toArray();
        QVERIFY(items.size() >= 5);
        for (const QJsonValue& v : items) {
            const QJsonObject item = v.toObject();
            const QString id = item.value(QStringLiteral("id")).toString();
            QCOMPARE(cli({QStringLiteral("id"), QStringLiteral("check"), id}, m_home.path()).exitCode, 0);
            QVERIFY(item.value(QStringLiteral("weight_g")).toInt() > 0);
            QVERIFY(item.value(QStringLiteral("documents")).isObject());
        }
        // The shift closed at the end of the demo reports what the items cost, from the journal, plus
        // the fees collected at hand-over (the COD transfer fee; the COD itself is not revenue).
        qint64 sum = 0;
        for (const QJsonValue& v : items)
            sum += v.toObject().value(QStringLiteral("total_kop")).toInteger();
        const QJsonArray handed = manifest.value(QStringLiteral("issuing"))
                                      .toObject()
                                      .value(QStringLiteral("handed_over"))
                                      .toArray();
        QVERIFY(!handed.isEmpty());
        for (const QJsonValue& v : handed) {
            const QJsonObject h = v.toObject();
            // DOMAIN.md §2 sample brackets: ≤1 000 ₽ 80 ₽ + 5 %, ≤5 000 ₽ 90 ₽ + 4 %, ≤20 000
            // ₽ 190 ₽ + 2 %.
            const qint64 cod = h.value(QStringLiteral("cod_kop")).toInteger();
            const qint64 fee = cod == 0        ? 0
                               : cod <= 100000 ? 8000 + cod * 5 / 100
                               : cod <= 500000 ? 9000 + cod * 4 / 100
                                               : 19000 + cod * 2 / 100;
            QCOMPARE(h.value(QStringLiteral("revenue_kop")).toInteger(), fee);
            sum += fee;
        }
        const QJsonObject totals =
            manifest.value(QStringLiteral("shift")).toObject().value(QStringLiteral("totals")).toObject();
        QCOMPARE(totals.value(QStringLiteral("items_accepted")).toInt(), items.size());
        QCOMPARE(totals.value(QStringLiteral("revenue_kop")).toInteger(), sum);
        QVERIFY(QFile::exists(out + QStringLiteral("/shift-report.json")));
        // Prepared at home: the QR payload is one the counter accepts, the return code was used by the
        // item the manifest names, and the day's returns list was printed.
        const QJsonObject prepared = manifest.value(QStringLiteral("prepared_at_home")).toObject();
        const QJsonObject pre = prepared.value(QStringLiteral("prefill")).toObject();
        QCOMPARE(cli({QStringLiteral("prefill"), QStringLiteral("check"), pre.value(u"payload").toString()},
                     m_home.path())
                     .exitCode,
                 0);
        QVERIFY(QFile::exists(out + u'/' + pre.value(u"qr_png").toString()));
        const QJsonObject ret = prepared.value(QStringLiteral("easy_return")).toObject();
        const Run day = cli({QStringLiteral("--db"), out + QStringLiteral("/postcounter.db"),
                             QStringLiteral("returns"), QStringLiteral("day"), QStringLiteral("--json")},
                            m_home.path());
        QCOMPARE(day.exitCode, 0);
        const QJsonArray shops = QJsonDocument::fromJson(day.out).object().value(u"shops").toArray();
        QCOMPARE(shops.size(), 1);
        const QJsonObject used = shops[0].toObject().value(u"items").toArray().first().toObject();
        QCOMPARE(used.value(u"code").toString(), ret.value(u"return_code").toString());
        QCOMPARE(used.value(u"item").toString(), ret.value(u"id").toString());
        QVERIFY(QFileInfo(out + u'/' + prepared.value(u"returns_day_pdf").toString()).size() > 1000);
        // The demo's database holds what the manifest says.
        const Run info = cli({QStringLiteral("--db"), out + QStringLiteral("/postcounter.db"),
                              QStringLiteral("db"), QStringLiteral("info"), QStringLiteral("--json")},
                             m_home.path());
        // (the items accepted and the items that arrived for delivery)
        const qsizetype arrivals = manifest.value(QStringLiteral("arrivals")).toArray().size();
        QVERIFY(arrivals > 0);
        QCOMPARE(QJsonDocument::fromJson(info.out).object().value(QStringLiteral("items")).toInt(),
                 items.size() + arrivals);
    }

    void guiWithoutDisplayRunsTheHeadlessDemo()
    {
        // The README's first command on a machine without a display.
        const QString out = m_home.filePath(QStringLiteral("gui-demo"));
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char* v : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
            env.remove(QString::fromLatin1(v));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("gui-data")));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(PC_BIN_DIR "/postcounter"),
                {QStringLiteral("--demo"), QStringLiteral("--out"), out});
        QVERIFY(p.waitForFinished(120000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(p.readAllStandardOutput().contains(out.toUtf8()));
        QFile f(out + QStringLiteral("/manifest.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonArray items =
            QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("items")).toArray();
        QVERIFY(items.size() >= 6);
        int documents = 0;
        for (const QJsonValue& v : items) {
            const QJsonObject item = v.toObject();
            QVERIFY(item.value(QStringLiteral("total_kop")).toInteger() > 0);
            const QJsonObject docs = item.value(QStringLiteral("documents")).toObject();
            QVERIFY(docs.contains(QStringLiteral("label_pdf")));
            for (auto it = docs.begin(); it != docs.end(); ++it) {
                QFile doc(out + u'/' + it.value().toString());
                QVERIFY2(doc.open(QIODevice::ReadOnly), qPrintable(doc.fileName()));
                const QByteArray head = doc.read(8);
                if (it.key().endsWith(QStringLiteral("_pdf")))
                    QVERIFY2(head.startsWith("%PDF"), qPrintable(doc.fileName()));
                else
                    QVERIFY(!head.isEmpty());
                ++documents;
            }
        }
        QVERIFY(documents > items.size() * 3);
    }
};

QTEST_GUILESS_MAIN(TestCliContract)
#include "test_cli_contract.moc"
