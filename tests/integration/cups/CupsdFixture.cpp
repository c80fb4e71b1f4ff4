#include "CupsdFixture.h"

#include "drivers/printer/CupsClient.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QTcpServer>
#include <QThread>
#include <csignal>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {
bool writeFile(const QString& path, const QByteArray& text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(text) == text.size();
}

int freePort()
{
    QTcpServer s;
    if (!s.listen(QHostAddress::LocalHost, 0))
        return 0;
    return s.serverPort();
}
} // namespace

CupsdFixture::CupsdFixture()
{
    // The child dies with us: a crashed test never leaves a cupsd behind.
    m_cupsd.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    m_cupsd.setProcessChannelMode(QProcess::MergedChannels);
}

CupsdFixture::~CupsdFixture()
{
    stop();
}

QString CupsdFixture::errorLog() const
{
    QFile f(m_root.filePath(QStringLiteral("log/error_log")));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll().right(20000)) : QString();
}

bool CupsdFixture::writeConfig()
{
    const QString r = m_root.path();
    for (const char* d :
         {"conf", "conf/ppd", "conf/ssl", "spool", "spool/tmp", "cache", "state", "log", "capture"})
        if (!QDir().mkpath(r + u'/' + QLatin1String(d)))
            return false;
    // Backends run as lp: every folder on the way must be traversable, the capture folder writable.
    QFile::setPermissions(r, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup |
                                 QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);
    ::chmod(QFile::encodeName(captureDir()).constData(), 0777);
    ::chmod(QFile::encodeName(r + QStringLiteral("/spool/tmp")).constData(), 01777);

    // ServerBin: the system's filters and backends, plus the capture backend.
    const QString bin = r + QStringLiteral("/serverbin");
    QProcess cp;
    cp.start(QStringLiteral("cp"), {QStringLiteral("-a"), QStringLiteral("/usr/lib/cups"), bin});
    if (!cp.waitForFinished(30000) || cp.exitCode() != 0) {
        m_error =
            QStringLiteral("copying /usr/lib/cups failed: ") + QString::fromUtf8(cp.readAllStandardError());
        return false;
    }
    const QString backend = bin + QStringLiteral("/backend/capture");
    QFile::remove(backend);
    if (!QFile::copy(QStringLiteral(PC_TEST_DATA_DIR "/printers/capture-backend"), backend)) {
        m_error = QStringLiteral("cannot install the capture backend");
        return false;
    }
    ::chmod(QFile::encodeName(backend).constData(), 0755);

    const QByteArray files = QStringLiteral("FileDevice Yes\n"
                                            "ServerRoot %1/conf\n"
                                            "ServerBin %1/serverbin\n"
                                            "DataDir /usr/share/cups\n"
                                            "RequestRoot %1/spool\n"
                                            "TempDir %1/spool/tmp\n"
                                            "CacheDir %1/cache\n"
                                            "StateDir %1/state\n"
                                            "AccessLog %1/log/access_log\n"
                                            "ErrorLog %1/log/error_log\n"
                                            "PageLog %1/log/page_log\n"
                                            "User lp\nGroup lp\nSystemGroup root\n"
                                            "Sandboxing Relaxed\n")
                                 .arg(r)
                                 .toUtf8();
    const QByteArray conf =
        QStringLiteral("LogLevel debug\n"
                       "Listen 127.0.0.1:%1\n"
                       "Browsing Off\nWebInterface No\nDefaultAuthType None\nDefaultEncryption Never\n"
                       "MaxLogSize 0\nPreserveJobFiles No\nPreserveJobHistory Yes\n"
                       "<Location />\n  Order allow,deny\n  Allow all\n</Location>\n"
                       "<Policy default>\n  JobPrivateAccess all\n  JobPrivateValues none\n"
                       "  SubscriptionPrivateAccess all\n  SubscriptionPrivateValues none\n"
                       "  <Limit All>\n    Order deny,allow\n    Allow all\n  </Limit>\n</Policy>\n")
            .arg(m_port)
            .toUtf8();
    return writeFile(r + QStringLiteral("/conf/cups-files.conf"), files) &&
           writeFile(r + QStringLiteral("/conf/cupsd.conf"), conf);
}

bool CupsdFixture::start()
{
    if (::geteuid() != 0) {
        m_error = QStringLiteral("the private cupsd needs root (FileDevice and backends as lp)");
        return false;
    }
    if (!m_root.isValid() || (m_port = freePort()) == 0) {
        m_error = QStringLiteral("no temporary directory or free port");
        return false;
    }
    if (!writeConfig()) {
        if (m_error.isEmpty())
            m_error = QStringLiteral("cannot write the cupsd configuration in ") + m_root.path();
        return false;
    }
    m_cupsd.start(QStringLiteral("/usr/sbin/cupsd"),
                  {QStringLiteral("-f"), QStringLiteral("-c"),
                   m_root.filePath(QStringLiteral("conf/cupsd.conf")), QStringLiteral("-s"),
                   m_root.filePath(QStringLiteral("conf/cups-files.conf"))});
    if (!m_cupsd.waitForStarted(5000)) {
        m_error = QStringLiteral("cupsd did not start: ") + m_cupsd.errorString();
        return false;
    }
    const pc::drivers::CupsClient client(server());
    QDeadlineTimer deadline(15000);
    while (!deadline.hasExpired()) {
        if (m_cupsd.state() != QProcess::Running) {
            m_error = QStringLiteral("cupsd exited: ") + QString::fromUtf8(m_cupsd.readAll()) + errorLog();
            return false;
        }
        if (client.destinations().ok())
            return true;
        QThread::msleep(50);
    }
    m_error = QStringLiteral("cupsd did not answer on ") + server() + u'\n' + errorLog();
    return false;
}

void CupsdFixture::stop()
{
    if (m_cupsd.state() == QProcess::NotRunning)
        return;
    m_cupsd.terminate();
    if (!m_cupsd.waitForFinished(5000)) {
        m_cupsd.kill();
        m_cupsd.waitForFinished(5000);
    }
}

bool CupsdFixture::admin(const QString& tool, const QStringList& args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CUPS_SERVER"), server());
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(tool, args);
    if (!p.waitForFinished(20000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        m_error =
            QStringLiteral("%1 %2 failed: %3").arg(tool, args.join(u' '), QString::fromUtf8(p.readAll()));
        return false;
    }
    return true;
}

bool CupsdFixture::addRawQueue(const QString& name)
{
    return admin(QStringLiteral("/usr/sbin/lpadmin"),
                 {QStringLiteral("-p"), name, QStringLiteral("-E"), QStringLiteral("-v"),
                  QStringLiteral("capture:") + captureDir(), QStringLiteral("-m"), QStringLiteral("raw")});
}

bool CupsdFixture::addPdfQueue(const QString& name, const QString& ppd)
{
    return admin(QStringLiteral("/usr/sbin/lpadmin"),
                 {QStringLiteral("-p"), name, QStringLiteral("-E"), QStringLiteral("-v"),
                  QStringLiteral("capture:") + captureDir(), QStringLiteral("-P"), ppd});
}
