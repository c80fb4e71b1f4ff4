#pragma once
// The durable print queue. Every job is recorded (print_job) before it is sent. Sending happens on a
// worker thread with its own connection to the same database file: it marks the job sending, prints,
// records printed/failed, and only then tells this object (queued signals). So neither a printer nor
// an fsync blocks the GUI thread on the hot path (submit, dispatch).
// queued → sending → printed | failed(reason). Failed jobs stay for Retry or Reprint (optionally on
// another printer). On start, resumeUnfinished() sends what a crash left queued or half-sent.
// Lives on the thread that owns `connection` (the GUI thread).
#include "PrinterRegistry.h"
#include "db/Connection.h"
#include "db/printqueue/PrintQueueRepository.h"

#include <QObject>
#include <QThread>
#include <optional>

namespace pc::services {

struct PrintRequest {
    QString documentRef;                            // "operation:42/label"
    QString documentKind = QStringLiteral("other"); // label | receipt | form | other
    std::optional<qint64> operationId;
    QString printer; // empty: the printer with the role of documentKind
    drivers::PrintJob job;
};

class PrintQueueService : public QObject {
    Q_OBJECT
public:
    PrintQueueService(const db::Connection& connection, PrinterRegistry& printers, QObject* parent = nullptr);
    ~PrintQueueService() override;

    // Records the job (on disk when this returns) and hands it to the worker. The job id.
    Result<qint64> enqueue(const PrintRequest& request);
    // The GUI path: returns at once with a ticket; the worker records the job, emits
    // jobRecorded(ticket, id), then sends it. A crash before the record loses the request, so a
    // document that must survive is recorded in the caller's own transaction and dispatch()ed.
    quint64 submit(const PrintRequest& request);
    // Hands an already recorded job (e.g. inserted in the acceptance transaction) to the worker.
    void dispatch(qint64 jobId);
    // Sends jobs left queued or sending by an earlier run. The number of jobs resumed.
    Result<int> resumeUnfinished();
    Status retry(qint64 jobId, const QString& otherPrinter = {});
    // A new job with the same bytes; reprintOf links it to the original.
    Result<qint64> reprint(qint64 jobId, const QString& otherPrinter = {});
    Result<qint64> reprintLast(const QString& documentKind, const QString& otherPrinter = {});
    Result<QList<qint64>> reprintOperation(qint64 operationId, const QString& otherPrinter = {});

    Result<db::PrintQueueEntry> job(qint64 jobId) const { return m_repo.get(jobId, false); }
    Result<QList<db::PrintQueueEntry>> recent(int limit = 50) const { return m_repo.recent(limit); }
    int inFlight() const { return m_inFlight; }
    // Transient failures (print system or printer not answering) are retried this many extra times.
    void setAutoRetries(int count, int delayMs);
    // Blocks (spinning the event loop) until nothing is in flight; for the CLI and tests.
    bool waitForIdle(int timeoutMs);

signals:
    void jobRecorded(quint64 ticket, qint64 jobId);
    void jobQueued(qint64 jobId);
    void jobSending(qint64 jobId);
    void jobPrinted(qint64 jobId);
    // clerkMessage: what to tell the clerk; reason: the technical detail.
    void jobFailed(qint64 jobId, const QString& code, const QString& clerkMessage, const QString& reason);
    void queueChanged();
    void idle();

private:
    class Worker;
    db::PrintQueueEntry entryFor(const PrintRequest& r) const;
    void send(qint64 jobId, bool requeueFirst);
    void onSent(qint64 jobId, bool ok, const QString& code, const QString& message, const QString& printer);

    db::PrintQueueRepository m_repo;
    PrinterRegistry& m_printers;
    QThread m_thread;
    Worker* m_worker = nullptr; // lives on m_thread
    quint64 m_nextTicket = 1;
    int m_inFlight = 0;
    int m_autoRetries = 2;
    int m_retryDelayMs = 2000;
    QMap<qint64, int> m_autoRetried;
};

} // namespace pc::services
