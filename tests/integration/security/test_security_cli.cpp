// docs/security.md, through postcounter-cli as separate processes on the built-in sample office:
// - a row of the journal changed with a raw UPDATE through a separate connection is reported the next
//   time a counter session opens (stderr, pc.security critical line, the alert log), sales continue;
// - names and addresses made of SQL and other awkward text round-trip exactly, the schema intact;
// - every file with personal data or secrets is owner-only although the process umask is 0022;
// - with every log category on, no password, SMS code, ID number, card number or key byte is printed.
#include "../CliRunner.h"
#include "db/Connection.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

namespace {
using Run = pc::testing::CliRun;

const QStringList kEnv{QStringLiteral("QT_QPA_PLATFORM=offscreen"),
                       QStringLiteral("QT_LOGGING_RULES=*.debug=true"),
                       QStringLiteral("QT_MESSAGE_PATTERN=%{category}: %{message}")};

QString dbPath(const QString& home)
{
    return home + QStringLiteral("/data/postcounter/postcounter.db");
}

int mode(const QString& path)
{
    struct stat st {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 0777) : -1;
}

QString modeText(int m)
{
    return QStringLiteral("%1").arg(m, 4, 8, QLatin1Char('0'));
}

// A scratch connection of the test's own, as an attacker with the file would open it.
class RawDb {
public:
    explicit RawDb(const QString& path) : m_name(QStringLiteral("raw-%1").arg(quintptr(this)))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.open();
    }
    ~RawDb()
    {
        QSqlDatabase::database(m_name).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    QVariant scalar(const QString& sql) const
    {
        QSqlQuery q(QSqlDatabase::database(m_name));
        return q.exec(sql) && q.next() ? q.value(0) : QVariant();
    }
    bool exec(const QString& sql) const { return QSqlQuery(QSqlDatabase::database(m_name)).exec(sql); }
    QStringList column(const QString& sql) const
    {
        QStringList out;
        QSqlQuery q(QSqlDatabase::database(m_name));
        if (q.exec(sql))
            while (q.next())
                out << q.value(0).toString();
        return out;
    }

private:
    QString m_name;
};

QString writeItem(const QString& dir, const QString& name, const QJsonObject& item)
{
    const QString path = dir + u'/' + name;
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(QJsonDocument(item).toJson());
    return path;
}

QJsonObject party(const QString& name, const QString& postcode, const QString& place, const QString& street)
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("postcode"), postcode},
            {QStringLiteral("place"), place},
            {QStringLiteral("street"), street},
            {QStringLiteral("house"), QStringLiteral("1")}};
}

QJsonObject letter(const QJsonObject& sender, const QJsonObject& recipient)
{
    return {{QStringLiteral("object"), 2010},
            {QStringLiteral("weight_g"), 20},
            {QStringLiteral("sender"), sender},
            {QStringLiteral("recipient"), recipient}};
}

QString acceptedId(const Run& r)
{
    return QJsonDocument::fromJson(r.out)
        .object()
        .value(u"items")
        .toArray()
        .at(0)
        .toObject()
        .value(u"id")
        .toString();
}

bool luhn(const QString& digits)
{
    int sum = 0;
    for (qsizetype i = 0; i < digits.size(); ++i) {
        int d = digits[digits.size() - 1 - i].digitValue();
        if (i % 2 == 1)
            d = d * 2 > 9 ? d * 2 - 9 : d * 2;
        sum += d;
    }
    return sum % 10 == 0;
}
} // namespace

class TestSecurityCli : public QObject {
    Q_OBJECT
    QByteArray m_transcript;

    Run run(const QString& home, const QStringList& args, const QByteArray& stdinText = {})
    {
        Run r = pc::testing::runCli(home, args, stdinText, kEnv);
        m_transcript += r.out + r.err;
        return r;
    }
    Run accept(const QString& home, const QJsonObject& item)
    {
        return run(home, {QStringLiteral("accept"), QStringLiteral("--item"),
                          writeItem(home, QStringLiteral("item.json"), item), QStringLiteral("--pay"),
                          QStringLiteral("cash:100000"), QStringLiteral("--json")});
    }

private slots:
    void initTestCase()
    {
        ::umask(022); // a permissive umask: the program, not the umask, must keep the files private
    }

    void tamperedJournalIsReportedWhenACounterOpens()
    {
        QTemporaryDir home;
        const QJsonObject item = letter(party(QStringLiteral("Орлов Павел"), QStringLiteral("101000"),
                                              QStringLiteral("Москва"), QStringLiteral("ул. Мясницкая")),
                                        party(QStringLiteral("Кузнецов Андрей"), QStringLiteral("190000"),
                                              QStringLiteral("Санкт-Петербург"), QStringLiteral("Невский")));
        for (int i = 0; i < 3; ++i) {
            const Run r = accept(home.path(), item);
            QVERIFY2(r.exitCode == 0, r.err.constData());
            QVERIFY(!r.err.contains("WARNING"));
        }
        // The attacker lowers the weight of the second operation, bypassing the program.
        qint64 victim = 0;
        {
            RawDb raw(dbPath(home.path()));
            victim = raw.scalar(QStringLiteral("SELECT id FROM operation ORDER BY id LIMIT 1 OFFSET 1"))
                         .toLongLong();
            QVERIFY(victim > 0);
            QVERIFY(raw.exec(QStringLiteral("UPDATE operation SET weight_g = 1 WHERE id = %1").arg(victim)));
        }
        const Run after = accept(home.path(), item);
        QVERIFY2(after.exitCode == 0, after.err.constData()); // sales continue
        const QString err = QString::fromUtf8(after.err);
        QVERIFY2(err.contains(QStringLiteral("WARNING: The operation journal was changed")),
                 after.err.constData());
        QVERIFY2(err.contains(QStringLiteral("operation %1 ").arg(victim)), after.err.constData());
        QVERIFY2(
            err.contains(QStringLiteral("pc.security: journal chain BROKEN at operation %1").arg(victim)),
            after.err.constData());
        // The administrator's record: owner-only, one line for this break however often it is seen.
        const QString alerts = home.filePath(QStringLiteral("data/postcounter/security-alerts.log"));
        QCOMPARE(modeText(mode(alerts)), QStringLiteral("0600"));
        (void)accept(home.path(), item);
        QFile f(alerts);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 1);
        QVERIFY(lines[0].contains(QStringLiteral("operation=%1 kind=edited").arg(victim).toUtf8()));
        // journal verify names the same row.
        const Run verify =
            run(home.path(), {QStringLiteral("journal"), QStringLiteral("verify"), QStringLiteral("--json")});
        QCOMPARE(verify.exitCode, 1);
        const QJsonObject b = QJsonDocument::fromJson(verify.out.trimmed().split('\n').back())
                                  .object()
                                  .value(u"first_break")
                                  .toObject();
        QCOMPARE(b.value(u"operation_id").toInteger(), victim);
    }

    void injectionStringsRoundTripExactly()
    {
        QTemporaryDir home;
        const QString drop = QStringLiteral("'); DROP TABLE item;--");
        const QString quote = QStringLiteral("O\"Brien \"Jr\" 'Hank'");
        const QString nul = QStringLiteral("Nul") + QChar(u'\0') + QStringLiteral("Byte");
        const QString emoji = QStringLiteral("Анна 📦🚚 Smith \U0001F600");
        const QString big = QString(10 * 1024, u'Ж');
        const Run warmUp = accept(home.path(), letter(party(QStringLiteral("A"), QStringLiteral("101000"),
                                                            QStringLiteral("Москва"), QStringLiteral("B")),
                                                      party(QStringLiteral("C"), QStringLiteral("190000"),
                                                            QStringLiteral("СПб"), QStringLiteral("D"))));
        QVERIFY2(warmUp.exitCode == 0, warmUp.err.constData());
        QStringList schemaBefore;
        {
            RawDb raw(dbPath(home.path()));
            schemaBefore = raw.column(QStringLiteral("SELECT type || ' ' || name || ' ' || IFNULL(sql, '') "
                                                     "FROM sqlite_master ORDER BY type, name"));
        }
        QVERIFY(schemaBefore.size() > 10);

        const QList<std::pair<QString, QString>> cases{{drop, drop},   {quote, drop}, {nul, quote},
                                                       {emoji, emoji}, {big, big},    {drop, big}};
        QStringList ids;
        for (const auto& [name, street] : cases) {
            const QJsonObject sender =
                party(name, QStringLiteral("101000"), QStringLiteral("Москва"), street);
            const QJsonObject recipient = party(street, QStringLiteral("190000"), name, QStringLiteral("x"));
            const Run r = accept(home.path(), letter(sender, recipient));
            QVERIFY2(r.exitCode == 0, qPrintable(QString::fromUtf8(r.err).left(400)));
            ids << acceptedId(r);
        }
        RawDb raw(dbPath(home.path()));
        QCOMPARE(raw.column(QStringLiteral("SELECT type || ' ' || name || ' ' || IFNULL(sql, '') "
                                           "FROM sqlite_master ORDER BY type, name")),
                 schemaBefore);
        QCOMPARE(raw.scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
        QCOMPARE(raw.scalar(QStringLiteral("SELECT COUNT(*) FROM item")).toInt(), int(cases.size()) + 1);
        for (qsizetype i = 0; i < cases.size(); ++i) {
            QSqlQuery q(QSqlDatabase::database(QStringLiteral("raw-%1").arg(quintptr(&raw))));
            q.prepare(QStringLiteral("SELECT details FROM item WHERE id = ?"));
            q.addBindValue(ids[i]);
            QVERIFY(q.exec() && q.next());
            const QJsonObject details = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
            const QJsonObject s = details.value(u"sender").toObject(),
                              rc = details.value(u"recipient").toObject();
            QCOMPARE(s.value(u"name").toString(), cases[i].first);
            QCOMPARE(s.value(u"street").toString(), cases[i].second);
            QCOMPARE(rc.value(u"name").toString(), cases[i].second);
            QCOMPARE(rc.value(u"place").toString(), cases[i].first);
        }
        // The journal the items went through is intact too.
        const Run verify = run(home.path(), {QStringLiteral("journal"), QStringLiteral("verify")});
        QVERIFY2(verify.exitCode == 0, verify.out.constData());
    }

    void personalDataFilesAreOwnerOnly()
    {
        QTemporaryDir home;
        const QString docs = home.filePath(QStringLiteral("documents"));
        const Run acc = run(
            home.path(), {QStringLiteral("accept"), QStringLiteral("--item"),
                          writeItem(home.path(), QStringLiteral("item.json"),
                                    letter(party(QStringLiteral("Орлов Павел"), QStringLiteral("101000"),
                                                 QStringLiteral("Москва"), QStringLiteral("ул. Мясницкая")),
                                           party(QStringLiteral("Кузнецов"), QStringLiteral("190000"),
                                                 QStringLiteral("СПб"), QStringLiteral("Невский")))),
                          QStringLiteral("--pay"), QStringLiteral("cash:100000"),
                          QStringLiteral("--documents"), docs, QStringLiteral("--json")});
        QVERIFY2(acc.exitCode == 0, acc.err.constData());
        Run arrived =
            run(home.path(), {QStringLiteral("arrive"), QStringLiteral("CP000000028RU"),
                              QStringLiteral("--weight"), QStringLiteral("900"), QStringLiteral("--phone"),
                              QStringLiteral("+7 912 345-67-89"), QStringLiteral("--json")});
        QVERIFY2(arrived.exitCode == 0, arrived.err.constData());
        Run sms = run(home.path(), {QStringLiteral("issue"), QStringLiteral("CP000000028RU"),
                                    QStringLiteral("--send-sms"), QStringLiteral("--json")});
        QVERIFY2(sms.exitCode == 0, sms.err.constData());
        Run handOver =
            run(home.path(),
                {QStringLiteral("issue"), QStringLiteral("CP000000028RU"), QStringLiteral("--id-doc"),
                 QStringLiteral("ru_passport:4517938271:2015-03-01"), QStringLiteral("--json")});
        QVERIFY2(handOver.exitCode == 0, handOver.err.constData());

        const QString data = home.filePath(QStringLiteral("data/postcounter"));
        QStringList wrong;
        auto expect = [&](const QString& path, int want) {
            const int m = mode(path);
            if (m != want)
                wrong << QStringLiteral("%1 is %2, want %3").arg(path, modeText(m), modeText(want));
        };
        expect(dbPath(home.path()), 0600);
        expect(data + QStringLiteral("/personal-data.key"), 0600);
        expect(data + QStringLiteral("/sms-spool"), 0700);
        QDirIterator spool(data + QStringLiteral("/sms-spool"), QDir::Files);
        int messages = 0;
        while (spool.hasNext()) {
            expect(spool.next(), 0600);
            ++messages;
        }
        QVERIFY(messages > 0);
        QDirIterator written(docs, QDir::Files);
        int documents = 0;
        while (written.hasNext()) {
            expect(written.next(), 0600);
            ++documents;
        }
        QVERIFY(documents > 0);
        // While a process has the database open its WAL and shared-memory files exist: same rule.
        {
            RawDb raw(dbPath(home.path()));
            QVERIFY(raw.exec(QStringLiteral("PRAGMA journal_mode=WAL")));
            QVERIFY(raw.scalar(QStringLiteral("SELECT COUNT(*) FROM item")).toInt() >= 1);
            for (const char* suffix : {"-wal", "-shm"})
                if (QFile::exists(dbPath(home.path()) + QLatin1StringView(suffix)))
                    expect(dbPath(home.path()) + QLatin1StringView(suffix), 0600);
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u'\n')));
    }

    void freshDatabaseIsOwnerOnlyWhileOpen()
    {
        // The first start of a workstation: the file, its WAL and shared memory exist for the whole
        // session, created under the process umask unless the program sees to them.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("data/postcounter.db"));
        auto c = pc::db::openSqlite({path});
        QVERIFY2(c, c ? "" : qPrintable(c.error().message));
        QSqlQuery q(c->db());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM schema_version")) && q.next());
        for (const char* suffix : {"", "-wal", "-shm"}) {
            const QString file = path + QLatin1StringView(suffix);
            if (*suffix && !QFile::exists(file))
                continue;
            QCOMPARE(modeText(mode(file)) + u' ' + file, QStringLiteral("0600 ") + file);
        }
    }

    void noSecretInTheLogs()
    {
        QTemporaryDir home;
        // An administrator with a password (stdin), a sale paid by card, an SMS-code hand-over.
        const QByteArray password = "Wq7-corr3ct-h0rse";
        Run add = run(home.path(),
                      {QStringLiteral("operator"), QStringLiteral("add"), QStringLiteral("--id"),
                       QStringLiteral("adm"), QStringLiteral("--name"), QStringLiteral("Админ"),
                       QStringLiteral("--role"), QStringLiteral("admin")},
                      password + '\n');
        QVERIFY2(add.exitCode == 0, add.err.constData());
        Run passwd =
            run(home.path(), {QStringLiteral("operator"), QStringLiteral("passwd"), QStringLiteral("adm")},
                password + "-2\n");
        QVERIFY2(passwd.exitCode == 0, passwd.err.constData());
        Run card =
            run(home.path(), {QStringLiteral("accept"), QStringLiteral("--item"),
                              writeItem(home.path(), QStringLiteral("item.json"),
                                        letter(party(QStringLiteral("Орлов"), QStringLiteral("101000"),
                                                     QStringLiteral("Москва"), QStringLiteral("Мясницкая")),
                                               party(QStringLiteral("Кузнецов"), QStringLiteral("190000"),
                                                     QStringLiteral("СПб"), QStringLiteral("Невский")))),
                              QStringLiteral("--pay"), QStringLiteral("card"), QStringLiteral("--json")});
        QVERIFY2(card.exitCode == 0, card.err.constData());
        const QString item = QStringLiteral("CP000000031RU"), other = QStringLiteral("CP000000028RU");
        QVERIFY(run(home.path(),
                    {QStringLiteral("arrive"), item, QStringLiteral("--weight"), QStringLiteral("900"),
                     QStringLiteral("--phone"), QStringLiteral("+7 912 345-67-89")})
                    .exitCode == 0);
        QVERIFY(run(home.path(), {QStringLiteral("issue"), item, QStringLiteral("--send-sms")}).exitCode ==
                0);
        QString code;
        QDirIterator spool(home.filePath(QStringLiteral("data/postcounter/sms-spool")), QDir::Files);
        while (spool.hasNext()) {
            QFile f(spool.next());
            f.open(QIODevice::ReadOnly);
            const auto m =
                QRegularExpression(QStringLiteral("(\\d{6})\\.")).match(QString::fromUtf8(f.readAll()));
            if (m.hasMatch())
                code = m.captured(1);
        }
        QVERIFY(!code.isEmpty());
        Run issued = run(home.path(), {QStringLiteral("issue"), item, QStringLiteral("--sms-code"), code});
        QVERIFY2(issued.exitCode == 0, issued.err.constData());
        QVERIFY(run(home.path(),
                    {QStringLiteral("arrive"), other, QStringLiteral("--weight"), QStringLiteral("500")})
                    .exitCode == 0);
        Run byPassport = run(home.path(), {QStringLiteral("issue"), other, QStringLiteral("--id-doc"),
                                           QStringLiteral("ru_passport:4517938271:2015-03-01")});
        QVERIFY2(byPassport.exitCode == 0, byPassport.err.constData());

        QFile keyFile(home.filePath(QStringLiteral("data/postcounter/personal-data.key")));
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        const QByteArray key = keyFile.readAll();
        QCOMPARE(key.size(), 32);

        QVERIFY(m_transcript.contains("pc.")); // the logs were really on
        QVERIFY(m_transcript.contains(".debug") || m_transcript.size() > 1000);
        const QByteArray t = m_transcript;
        for (const QByteArray& secret : {password, password + "-2", code.toUtf8(), QByteArray("4517938271"),
                                         QByteArray("4517 938271"), key, key.toHex(), key.toBase64()})
            QVERIFY2(!t.contains(secret), secret.toHex().constData());
        // No card number: the terminal hands over a masked PAN only, and nothing that looks like one
        // (13–19 digits passing the Luhn check) is printed.
        for (auto it = QRegularExpression(QStringLiteral("(?<!\\d)\\d{13,19}(?!\\d)"))
                           .globalMatch(QString::fromUtf8(t));
             it.hasNext();) {
            const QString digits = it.next().captured();
            QVERIFY2(digits.size() == 14 || !luhn(digits), qPrintable(digits)); // 14: RPO item ids
        }
    }
};

QTEST_GUILESS_MAIN(TestSecurityCli)
#include "test_security_cli.moc"
