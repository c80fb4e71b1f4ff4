// postcounter-cli issue as separate processes on the built-in sample office: two counters racing to
// hand over the same item (exactly one wins), an SMS-code hand-over with the code read from the
// simulated gateway's spool, a COD parcel paid in cash, and a search for a known passport number in
// everything the workstation writes: logs, output, events, the journal export and the database file.
#include "../CliRunner.h"

#include <QDateTime>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {
using Run = pc::testing::CliRun;

const QStringList kEnv{QStringLiteral("QT_QPA_PLATFORM=offscreen"),
                       QStringLiteral("QT_LOGGING_RULES=pc.*=true"),
                       QStringLiteral("QT_MESSAGE_PATTERN=%{category}: %{message}")};
const QByteArray kPassport = "4517938271"; // typed as "4517 938271"
const QByteArray kRepresentative = "4003555666";

Run cli(const QString& home, const QStringList& args)
{
    return pc::testing::runCli(home, args, {}, kEnv);
}

QJsonObject json(const QByteArray& out)
{
    const QList<QByteArray> lines = out.trimmed().split('\n');
    return QJsonDocument::fromJson(lines.back()).object();
}

// UPU S10 check digit (weights 8 6 4 2 3 5 9 7).
QString s10(int serial)
{
    const QString d = QStringLiteral("%1").arg(serial, 8, 10, QChar(u'0'));
    const int w[] = {8, 6, 4, 2, 3, 5, 9, 7};
    int sum = 0;
    for (int i = 0; i < 8; ++i)
        sum += d[i].digitValue() * w[i];
    int c = 11 - sum % 11;
    c = c == 10 ? 0 : c == 11 ? 5 : c;
    return QStringLiteral("CP%1%2RU").arg(d).arg(c);
}

QByteArray allFilesUnder(const QString& dir, const QStringList& patterns)
{
    QByteArray all;
    QDirIterator it(dir, patterns, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
}

QString findDir(const QString& root, const QString& name)
{
    QDirIterator it(root, {name}, QDir::Dirs, QDirIterator::Subdirectories);
    return it.hasNext() ? it.next() : QString();
}
} // namespace

class TestIssuingCli : public QObject {
    Q_OBJECT
    QTemporaryDir m_home;
    QByteArray m_transcript; // everything the CLI printed, logs included
    int m_serial = 5000;

    QString arrive(const QString& extra = {})
    {
        const QString id = s10(++m_serial);
        QStringList args{QStringLiteral("arrive"),   id,
                         QStringLiteral("--weight"), QStringLiteral("900"),
                         QStringLiteral("--phone"),  QStringLiteral("+7 912 345-67-89"),
                         QStringLiteral("--json")};
        if (!extra.isEmpty())
            args << extra;
        Run r = run(args);
        return r.exitCode == 0 ? id : QString();
    }
    Run run(const QStringList& args)
    {
        Run r = cli(m_home.path(), args);
        m_transcript += r.out + r.err;
        return r;
    }

private slots:
    void twoCountersRaceForOneItem()
    {
        // Several rounds: each time both processes start together; exactly one may hand the item over.
        for (int round = 0; round < 4; ++round) {
            const QString id = arrive();
            QVERIFY(!id.isEmpty());
            QProcess a, b;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
            env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
            const QStringList args{QStringLiteral("issue"), id, QStringLiteral("--id-doc"),
                                   QStringLiteral("ru_passport:4517 938271:2017-04-12"),
                                   QStringLiteral("--json")};
            for (QProcess* p : {&a, &b}) {
                p->setProcessEnvironment(env);
                p->start(QStringLiteral(PC_BIN_DIR "/postcounter-cli"), args);
            }
            QVERIFY(a.waitForFinished(60000) && b.waitForFinished(60000));
            const QByteArray outA = a.readAllStandardOutput(), outB = b.readAllStandardOutput();
            const QByteArray errA = a.readAllStandardError(), errB = b.readAllStandardError();
            m_transcript += outA + outB + errA + errB;
            QCOMPARE(int(a.exitCode() == 0) + int(b.exitCode() == 0), 1);
            const QJsonObject loser = json(a.exitCode() == 0 ? outB : outA);
            QCOMPARE(loser.value(u"status").toString(), QStringLiteral("refused"));
            QCOMPARE(loser.value(u"error_code").toString(), QStringLiteral("storage.not_stored"));
            QVERIFY(loser.value(u"error").toString().contains(id));
            const QJsonObject winner = json(a.exitCode() == 0 ? outA : outB);
            QCOMPARE(winner.value(u"op").toString(), QStringLiteral("2.1"));
            QCOMPARE(winner.value(u"document").toString(), QStringLiteral("45 17 ****71"));
        }
    }
    void smsNoticeAtArrival()
    {
        // Service 20: the recipient's phone gets the item, the office and the last day of storage.
        const QString id = s10(++m_serial);
        Run r = run({QStringLiteral("arrive"), id, QStringLiteral("--weight"), QStringLiteral("300"),
                     QStringLiteral("--phone"), QStringLiteral("8 (921) 000-11-22"), QStringLiteral("--sms"),
                     QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject a = json(r.out);
        QCOMPARE(a.value(u"sms_sent").toBool(), true);
        const QString spool = findDir(m_home.path(), QStringLiteral("sms-spool"));
        QVERIFY(!spool.isEmpty());
        const QByteArray sent = allFilesUnder(spool, {QStringLiteral("*-9210001122-*.json")});
        const QJsonObject msg = QJsonDocument::fromJson(sent).object();
        QCOMPARE(msg.value(u"to").toString(), QStringLiteral("9210001122"));
        const QString text = msg.value(u"text").toString();
        QVERIFY2(text.contains(id), qPrintable(text));
        const QDate until = QDate::fromString(a.value(u"storage_until").toString(), Qt::ISODate);
        QVERIFY(until.isValid());
        QVERIFY2(text.contains(until.toString(QStringLiteral("dd.MM.yyyy"))), qPrintable(text));

        // No mobile number: the arrival stands, the clerk is told the SMS did not go.
        const QString noPhone = s10(++m_serial);
        r = run({QStringLiteral("arrive"), noPhone, QStringLiteral("--weight"), QStringLiteral("300"),
                 QStringLiteral("--sms"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject b = json(r.out);
        QCOMPARE(b.value(u"status").toString(), QStringLiteral("arrived"));
        QCOMPARE(b.value(u"sms_sent").toBool(), false);
        QVERIFY(b.value(u"sms_problem").toString().contains(QStringLiteral("mobile number")));
        QVERIFY(r.err.contains(noPhone.toUtf8()));
    }

    void smsCodeFromTheSimulatedGateway()
    {
        const QString id = arrive();
        Run sent = run({QStringLiteral("issue"), id, QStringLiteral("--send-sms"), QStringLiteral("--json")});
        QVERIFY2(sent.exitCode == 0, sent.err.constData());
        QCOMPARE(json(sent.out).value(u"phone").toString(), QStringLiteral("+7 912 ***-**-89"));
        const QString spool = findDir(m_home.path(), QStringLiteral("sms-spool"));
        QVERIFY(!spool.isEmpty());
        const QByteArray sms = allFilesUnder(spool, {QStringLiteral("*.json")});
        const auto m = QRegularExpression(QStringLiteral("(\\d{6})\\.")).match(QString::fromUtf8(sms));
        QVERIFY(m.hasMatch());
        // A wrong code first: refused with the attempts left, the item stays.
        const QString wrong =
            m.captured(1) == u"000000" ? QStringLiteral("999999") : QStringLiteral("000000");
        Run bad =
            run({QStringLiteral("issue"), id, QStringLiteral("--sms-code"), wrong, QStringLiteral("--json")});
        QCOMPARE(bad.exitCode, 1);
        QCOMPARE(json(bad.out).value(u"error_code").toString(), QStringLiteral("sms.wrong_code"));
        Run ok = run({QStringLiteral("issue"), id, QStringLiteral("--sms-code"), m.captured(1),
                      QStringLiteral("--json")});
        QVERIFY2(ok.exitCode == 0, ok.err.constData());
        QCOMPARE(json(ok.out).value(u"op").toString(), QStringLiteral("2.13"));
    }
    void codParcelPaidInCashByARepresentative()
    {
        QFile f(m_home.filePath(QStringLiteral("parcel.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"object": 4040, "weight_g": 2350, "declared_value_kop": 500000, "cod_kop": 150000,
  "sender": {"name": "Орлов Павел", "postcode": "101000", "place": "Москва", "street": "ул. Мясницкая", "house": "26"},
  "recipient": {"name": "Смирнова Екатерина", "postcode": "101000", "place": "Москва", "street": "ул. Ленина", "house": "45", "phone": "+7 916 555-44-33"}})");
        f.close();
        Run acc = run({QStringLiteral("accept"), QStringLiteral("--item"), f.fileName(),
                       QStringLiteral("--pay"), QStringLiteral("cash:100000"), QStringLiteral("--json")});
        QVERIFY2(acc.exitCode == 0, acc.err.constData());
        const QString id = QJsonDocument::fromJson(acc.out)
                               .object()
                               .value(u"items")
                               .toArray()
                               .at(0)
                               .toObject()
                               .value(u"id")
                               .toString();
        QVERIFY2(run({QStringLiteral("arrive"), id}).exitCode == 0, "arrive");
        Run due = run({QStringLiteral("issue"), QStringLiteral("due"), id, QStringLiteral("--json")});
        QCOMPARE(json(due.out).value(u"total_kop").toInteger(), 165000); // 1 500 ₽ + 90 ₽ + 4 %
        const QString poa =
            QStringLiteral("77АА123:%1::Смирнова Е.").arg(QDate::currentDate().toString(Qt::ISODate));
        Run unpaid =
            run({QStringLiteral("issue"), id, QStringLiteral("--poa"), poa, QStringLiteral("--rep-doc"),
                 QStringLiteral("ru_passport:4003555666:2012-05-05"), QStringLiteral("--json")});
        QCOMPARE(json(unpaid.out).value(u"error_code").toString(),
                 QStringLiteral("issuing.payment_required"));
        Run paid = run({QStringLiteral("issue"), id, QStringLiteral("--poa"), poa,
                        QStringLiteral("--rep-doc"), QStringLiteral("ru_passport:4003555666:2012-05-05"),
                        QStringLiteral("--pay"), QStringLiteral("cash:2000"), QStringLiteral("--json")});
        QVERIFY2(paid.exitCode == 0, paid.err.constData());
        const QJsonObject o = json(paid.out);
        QCOMPARE(o.value(u"change_kop").toInteger(), 35000);
        QCOMPARE(o.value(u"method").toString(), QStringLiteral("power_of_attorney"));
        const QJsonObject item = o.value(u"items").toArray().at(0).toObject();
        QVERIFY(item.contains(QStringLiteral("cod_transfer_id")));
        QVERIFY(!item.value(u"f112_number").toString().isEmpty());
        Run again = run({QStringLiteral("issue"), id, QStringLiteral("--refuse"), QStringLiteral("late")});
        QCOMPARE(again.exitCode, 1);
    }
    void refusalAndFailedAttempt()
    {
        const QString a = arrive(), b = arrive();
        Run r = run({QStringLiteral("issue"), a, QStringLiteral("--refuse"), QStringLiteral("не заказывал"),
                     QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(json(r.out).value(u"op").toString(), QStringLiteral("3.4"));
        Run f = run({QStringLiteral("issue"), b, QStringLiteral("--failed"), QStringLiteral("12.1"),
                     QStringLiteral("--json")});
        QVERIFY2(f.exitCode == 0, f.err.constData());
        QCOMPARE(json(f.out).value(u"state").toString(), QStringLiteral("stored"));
    }
    void thePassportNumberIsNowhere()
    {
        // Runs last: everything above handed items over with the two known numbers.
        const QString today = QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate);
        Run exp = run({QStringLiteral("journal"), QStringLiteral("export"), QStringLiteral("--from"), today,
                       QStringLiteral("--to"),
                       QDateTime::currentDateTimeUtc().date().addDays(1).toString(Qt::ISODate),
                       QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(exp.exitCode == 0, exp.err.constData());
        QVERIFY(exp.out.contains("\"2.1\"") || exp.out.contains("2.1") || exp.out.size() > 100);
        const QByteArray files = allFilesUnder(m_home.path(), {QStringLiteral("*")});
        QVERIFY(files.contains("45 17 ****71")); // the masked form is stored
        for (const QByteArray& secret :
             {kPassport, kRepresentative, QByteArray("4517 938271"), QByteArray("938271")}) {
            QVERIFY2(!m_transcript.contains(secret), secret.constData());
            QVERIFY2(!exp.out.contains(secret), secret.constData());
            QVERIFY2(!files.contains(secret), secret.constData());
        }
        QVERIFY(m_transcript.contains("pc.services.issuing")); // the logs were captured, not silenced
    }
};

QTEST_GUILESS_MAIN(TestIssuingCli)
#include "test_issuing_cli.moc"
