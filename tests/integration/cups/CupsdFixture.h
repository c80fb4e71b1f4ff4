#pragma once
// A private cupsd for tests: its own cupsd.conf / cups-files.conf (FileDevice Yes), a free port on
// 127.0.0.1, spool/log/cache/state in a temporary directory, and a ServerBin copied from
// /usr/lib/cups with the capture backend added (raw queues write nothing to file: devices; the
// backend copies each job's bytes to a folder). Needs root. Always stopped by the destructor, also
// when a test fails; the child gets SIGTERM if the test process dies.
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

class CupsdFixture {
public:
    CupsdFixture();
    ~CupsdFixture();
    CupsdFixture(const CupsdFixture&) = delete;
    CupsdFixture& operator=(const CupsdFixture&) = delete;

    // Starts cupsd and waits until it answers. false with error() explaining why.
    bool start();
    void stop();
    QString error() const { return m_error; }
    QString server() const { return QStringLiteral("localhost:%1").arg(m_port); }
    QString captureDir() const { return m_root.filePath(QStringLiteral("capture")); }
    QString errorLog() const;

    // Runs an admin tool (lpadmin, cupsdisable, cupsreject, …) against this server.
    bool admin(const QString& tool, const QStringList& args);
    bool addRawQueue(const QString& name);
    bool addPdfQueue(const QString& name, const QString& ppd);

private:
    bool writeConfig();

    QTemporaryDir m_root;
    QProcess m_cupsd;
    int m_port = 0;
    QString m_error;
};
