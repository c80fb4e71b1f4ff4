#pragma once
// A printer behind a CUPS queue. A job is submitted and followed to its end; when the queue is
// stopped or the job is cancelled/aborted the CUPS job is cancelled and the error returned, so our
// print queue stays the one owner of a job that still has to be printed.
#include "CupsClient.h"
#include "Printer.h"

namespace pc::drivers {

class CupsPrinter : public Printer {
public:
    CupsPrinter(QString name, QString queue, QString server = {}, int jobTimeoutMs = 120000);
    QString name() const override { return m_name; }
    QString kind() const override { return QStringLiteral("cups"); }
    PrinterResult<PrinterState> status() override;
    PrinterStatus print(const PrintJob& job) override;
    QString queue() const { return m_queue; }

private:
    QString m_name;
    QString m_queue;
    CupsClient m_client;
    int m_jobTimeoutMs;
};

} // namespace pc::drivers
