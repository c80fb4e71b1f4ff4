#pragma once
// The far end of a pseudo-terminal pair, playing a scale: every byte the driver writes is recorded,
// and a script maps a request to the bytes to answer (or to silence).
#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QSocketNotifier>
#include <QString>
#include <memory>

class PtyPeer : public QObject {
    Q_OBJECT
public:
    PtyPeer();
    ~PtyPeer() override;
    bool isOpen() const { return m_master >= 0; }
    QString slavePath() const { return m_slavePath; }

    // When the driver has written `request` (since the last answer), reply with `answer`.
    void onRequest(const QByteArray& request, const QByteArray& answer) { m_script[request] = answer; }
    void clearScript() { m_script.clear(); }
    void send(const QByteArray& bytes);
    void hangUp(); // closes the master: the driver sees the cable pulled
    QByteArray written() const { return m_written; }
    void clearWritten()
    {
        m_written.clear();
        m_pending.clear();
    }

private:
    void onReadable();

    int m_master = -1;
    int m_slave = -1; // kept open so the pair stays up until the driver opens it
    QString m_slavePath;
    std::unique_ptr<QSocketNotifier> m_notifier;
    QHash<QByteArray, QByteArray> m_script;
    QByteArray m_written;
    QByteArray m_pending;
};
