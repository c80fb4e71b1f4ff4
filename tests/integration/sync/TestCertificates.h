#pragma once
// A throw-away certificate authority and a server certificate it signed for 127.0.0.1, made with the
// openssl command line (Qt cannot generate keys), for the HTTPS tests of the tracking client.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QString>

namespace pc::synctest {

struct TestCertificates {
    QString caCert;     // PEM: what [sync] ca_file names
    QString serverCert; // PEM, CN and subjectAltName 127.0.0.1 / localhost
    QString serverKey;  // PEM, unencrypted
    QString error;      // non-empty when openssl failed

    bool ok() const { return error.isEmpty(); }
};

inline bool runOpenssl(const QString& dir, const QStringList& args, QString* error)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("openssl"), args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error = QStringLiteral("openssl %1: %2").arg(args.join(u' '), QString::fromLocal8Bit(p.readAll()));
        return false;
    }
    return true;
}

// Writes ca.pem, ca.key, server.pem and server.key into dir, with `name` in the CA's subject so two
// authorities made by one test differ.
inline TestCertificates makeTestCertificates(const QString& dir, const QString& name = QStringLiteral("ca"))
{
    TestCertificates t;
    const QString ca = name + QStringLiteral(".pem"), caKey = name + QStringLiteral(".key");
    const QString srv = name + QStringLiteral("-server.pem"), srvKey = name + QStringLiteral("-server.key");
    const QString csr = name + QStringLiteral("-server.csr"), ext = name + QStringLiteral("-server.ext");
    {
        QFile f(QDir(dir).filePath(ext));
        if (!f.open(QIODevice::WriteOnly)) {
            t.error = f.errorString();
            return t;
        }
        f.write("subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\n"
                "keyUsage=critical,digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\n");
    }
    const QString subject = QStringLiteral("/CN=PostCounter test CA %1").arg(name);
    if (!runOpenssl(dir,
                    {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                     QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"), caKey,
                     QStringLiteral("-out"), ca, QStringLiteral("-days"), QStringLiteral("2"),
                     QStringLiteral("-subj"), subject, QStringLiteral("-addext"),
                     QStringLiteral("basicConstraints=critical,CA:TRUE"), QStringLiteral("-addext"),
                     QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")},
                    &t.error) ||
        !runOpenssl(dir,
                    {QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                     QStringLiteral("-nodes"), QStringLiteral("-keyout"), srvKey, QStringLiteral("-out"), csr,
                     QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1")},
                    &t.error) ||
        !runOpenssl(dir,
                    {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), csr,
                     QStringLiteral("-CA"), ca, QStringLiteral("-CAkey"), caKey,
                     QStringLiteral("-CAcreateserial"), QStringLiteral("-out"), srv, QStringLiteral("-days"),
                     QStringLiteral("2"), QStringLiteral("-extfile"), ext},
                    &t.error))
        return t;
    const QDir d(dir);
    t.caCert = d.filePath(ca);
    t.serverCert = d.filePath(srv);
    t.serverKey = d.filePath(srvKey);
    return t;
}

} // namespace pc::synctest
