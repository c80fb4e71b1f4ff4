#pragma once
// Runs the built postcounter-cli as a separate process, as a script or an admin would, with its
// configuration and data under `home` (a scratch user) and optional standard input.
#include <QProcess>
#include <QStringList>

namespace pc::testing {

struct CliRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

inline CliRun runCli(const QString& home, const QStringList& args, const QByteArray& stdinText = {},
                     const QStringList& extraEnv = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    for (const QString& kv : extraEnv)
        env.insert(kv.section(u'=', 0, 0), kv.section(u'=', 1));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(PC_BIN_DIR "/postcounter-cli"), args);
    p.waitForStarted();
    p.write(stdinText);
    p.closeWriteChannel();
    p.waitForFinished(60000);
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

} // namespace pc::testing
