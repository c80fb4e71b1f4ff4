#pragma once
// libcups, with an explicit connection per call so it is safe on any thread: list queues with their
// state and media, submit PDF or raw jobs, follow a job to its end, cancel it.
// server "" = the system default (CUPS_SERVER, client.conf, the local socket); "host:port" otherwise.
#include "PrintJob.h"
#include "PrinterResult.h"
#include "PrinterState.h"

#include <QStringList>

namespace pc::drivers {

struct CupsDestination {
    QString name;
    QString info;
    QString makeAndModel;
    QString deviceUri;
    int ippState = 3; // 3 idle, 4 processing, 5 stopped
    bool accepting = true;
    QStringList reasons; // printer-state-reasons, "none" left out
    QString message;     // printer-state-message
    QStringList media;   // media-supported
    QString defaultMedia;
    PrinterState state; // the above mapped into our vocabulary
};

enum class CupsJobState {
    Pending = 3,
    Held = 4,
    Processing = 5,
    Stopped = 6,
    Cancelled = 7,
    Aborted = 8,
    Completed = 9
};

struct CupsJobStatus {
    int id = 0;
    CupsJobState state = CupsJobState::Pending;
    QStringList reasons;
    bool terminal() const { return int(state) >= int(CupsJobState::Cancelled); }
};

QString cupsJobStateName(CupsJobState s); // "pending", "held", "processing", "stopped", "cancelled", …

// CUPS printer-state + printer-state-reasons + accepting → PrinterState. Pure: tested on its own.
PrinterState printerStateFromCups(int ippState, const QStringList& reasons, bool accepting,
                                  const QString& message = {});

class CupsClient {
public:
    explicit CupsClient(QString server = {}) : m_server(std::move(server)) {}
    QString server() const; // what is actually used, for messages

    PrinterResult<QList<CupsDestination>> destinations() const;
    PrinterResult<CupsDestination> destination(const QString& name) const; // printer.not_found when missing
    // Creates the job and sends the bytes (raw for label/receipt languages, PDF otherwise). Job id.
    PrinterResult<int> submit(const QString& queue, const PrintJob& job) const;
    PrinterResult<CupsJobStatus> jobStatus(int jobId) const;
    // Follows the job until it ends, or until its queue is stopped (job not terminal, printer.stopped),
    // or timeoutMs passes (printer.timeout).
    PrinterResult<CupsJobStatus> waitForJob(const QString& queue, int jobId, int timeoutMs) const;
    PrinterStatus cancel(int jobId) const;

private:
    QString m_server;
};

} // namespace pc::drivers
