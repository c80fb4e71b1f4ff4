#include "CupsPrinter.h"

namespace pc::drivers {

CupsPrinter::CupsPrinter(QString name, QString queue, QString server, int jobTimeoutMs)
    : m_name(std::move(name)), m_queue(std::move(queue)), m_client(std::move(server)),
      m_jobTimeoutMs(jobTimeoutMs)
{}

PrinterResult<PrinterState> CupsPrinter::status()
{
    auto d = m_client.destination(m_queue);
    if (!d)
        return d.error();
    return d->state;
}

PrinterStatus CupsPrinter::print(const PrintJob& job)
{
    auto id = m_client.submit(m_queue, job);
    if (!id)
        return id.error();
    auto js = m_client.waitForJob(m_queue, *id, m_jobTimeoutMs);
    if (!js) {
        (void)m_client.cancel(*id);
        return js.error();
    }
    switch (js->state) {
    case CupsJobState::Completed:
        return {};
    case CupsJobState::Cancelled:
        return PrinterStatus::fail(QStringLiteral("printer.job_cancelled"),
                                   QStringLiteral("job %1 on %2 was cancelled").arg(*id).arg(m_queue));
    default:
        return PrinterStatus::fail(QStringLiteral("printer.job_aborted"),
                                   QStringLiteral("job %1 on %2 was aborted by CUPS (%3)")
                                       .arg(*id)
                                       .arg(m_queue, js->reasons.join(QStringLiteral(", "))));
    }
}

} // namespace pc::drivers
