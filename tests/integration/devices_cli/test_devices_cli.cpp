// postcounter-cli devices zero|tare: exit 0 and a message when the command went to the scale, exit 1
// with the reason when no scale is connected or its protocol has no such command.
#include "PtyPeer.h"

#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

namespace {
struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};
} // namespace

class TestDevicesCli : public QObject {
    Q_OBJECT
    QTemporaryDir m_home;

    QString writeConfig(const QString& name, const QList<QPair<QString, QString>>& keys)
    {
        const QString path = m_home.filePath(name);
        QSettings s(path, QSettings::IniFormat);
        for (const auto& [k, v] : keys)
            s.setValue(k, v);
        return path;
    }

    // `feed` is called while the process runs (a scale streaming on a pty).
    Run cli(const QString& config, QStringList args, const std::function<void()>& feed = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.info=false"));
        p.setProcessEnvironment(env);
        args = QStringList{QStringLiteral("--config"), config, QStringLiteral("devices")} + args;
        p.start(QStringLiteral(PC_BIN_DIR "/postcounter-cli"), args);
        for (int i = 0; i < 300 && !p.waitForFinished(100); ++i)
            if (feed)
                feed();
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

private slots:
    void simulatedScaleTakesZeroAndTare()
    {
        const QString cfg = writeConfig(QStringLiteral("sim.conf"), {});
        Run r = cli(cfg, {QStringLiteral("zero"), QStringLiteral("--sim")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("zero sent to Simulated scale"));
        r = cli(cfg, {QStringLiteral("tare"), QStringLiteral("--sim")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("tare sent to Simulated scale"));
    }

    void noScaleIsExitOne()
    {
        const QString cfg = writeConfig(QStringLiteral("none.conf"),
                                        {{QStringLiteral("devices/scale"), QStringLiteral("none")},
                                         {QStringLiteral("devices/scanner"), QStringLiteral("none")}});
        const Run r = cli(cfg, {QStringLiteral("zero"), QStringLiteral("--wait"), QStringLiteral("0.2")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("no scale is connected"), r.err.constData());
    }

    void scaleWithoutTheCommandIsExitOne()
    {
        PtyPeer peer; // a CAS indicator streaming header lines; that format has no remote zero
        QVERIFY(peer.isOpen());
        const QString cfg = writeConfig(QStringLiteral("cas.conf"),
                                        {{QStringLiteral("devices/scale"), QStringLiteral("serial")},
                                         {QStringLiteral("devices/scale_port"), peer.slavePath()},
                                         {QStringLiteral("devices/scale_protocol"), QStringLiteral("cas")},
                                         {QStringLiteral("devices/scanner"), QStringLiteral("none")}});
        const Run r = cli(cfg, {QStringLiteral("zero"), QStringLiteral("--wait"), QStringLiteral("10")},
                          [&] { peer.send("ST,GS,+  1.500kg\r\n"); });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("has no zero command"), r.err.constData());
    }

    void usage()
    {
        const QString cfg = writeConfig(QStringLiteral("u.conf"), {});
        QCOMPARE(cli(cfg, {QStringLiteral("zero"), QStringLiteral("extra")}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestDevicesCli)
#include "test_devices_cli.moc"
