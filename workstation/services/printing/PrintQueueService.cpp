#include "PrintQueueService.h"

#include "ClerkMessages.h"
#include "FormJobRenderer.h"
#include "drivers/core/QueuedCall.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcPrintQueue, "pc.printing.queue")

namespace pc::services {

namespace {
bool transient(const QString& code)
{
    return code == u"cups.unavailable" || code == u"printer.timeout" || code == u"usb.timeout" ||
           code == u"usb.busy";
}

} // namespace

// Runs on the print thread: owns a second connection to the queue's database file and the printers'
// blocking calls. Reports to the service with queued calls only.
class PrintQueueService::Worker : public QObject {
public:
    Worker(QString dbPath, PrinterRegistry& printers, PrintQueueService* service)
        : m_path(std::move(dbPath)), m_printers(printers), m_service(service)
    {}

    void record(quint64 ticket, const db::PrintQueueEntry& e)
    {
        if (!open())
            return report(0, false, m_openError.code, m_openError.message, e.printer);
        auto id = db::PrintQueueRepository(*m_c).insert(e);
        if (!id) {
            qCWarning(lcPrintQueue) << "print request" << ticket << "not recorded:" << id.error().message;
            return report(0, false, id.error().code, id.error().message, e.printer);
        }
        threads::callOnThreadOf(
            m_service,
            [s = m_service, ticket, id = *id] {
                emit s->jobRecorded(ticket, id);
                emit s->jobQueued(id);
            },
            Qt::QueuedConnection);
        send(*id, false);
    }

    void send(qint64 jobId, bool requeueFirst)
    {
        if (!open())
            return report(jobId, false, m_openError.code, m_openError.message, {});
        db::PrintQueueRepository repo(*m_c);
        if (requeueFirst)
            (void)repo.requeue(jobId);
        auto e = repo.get(jobId, true);
        if (!e)
            return report(jobId, false, e.error().code, e.error().message, {});
        // Recorded while no printer had the role (e.g. a sale before the printers were set up): the
        // printer with the role now takes it.
        if (e->printer == u"?" && !m_printers.printerFor(e->documentKind).isEmpty()) {
            e->printer = m_printers.printerFor(e->documentKind);
            (void)repo.assignPrinter(jobId, e->printer);
        }
        auto printer = m_printers.find(e->printer);
        if (!printer) {
            const QString msg = QStringLiteral("no printer named \"%1\" is configured").arg(e->printer);
            (void)repo.markFailed(jobId, QStringLiteral("print.no_printer"), msg);
            return report(jobId, false, QStringLiteral("print.no_printer"), msg, e->printer);
        }
        if (auto s = repo.markSending(jobId); !s)
            return report(jobId, false, s.error().code, s.error().message, e->printer);
        threads::callOnThreadOf(
            m_service,
            [s = m_service, jobId] {
                emit s->jobSending(jobId);
                emit s->queueChanged();
            },
            Qt::QueuedConnection);

        auto job = printJobFor(*e, m_printers.outputOf(e->printer));
        if (!job) {
            (void)repo.markFailed(jobId, job.error().code, job.error().message);
            return report(jobId, false, job.error().code, job.error().message, e->printer);
        }
        const drivers::PrinterStatus st = printer->print(*job);
        if (st.ok()) {
            if (auto m = repo.markPrinted(jobId); !m)
                qCWarning(lcPrintQueue) << "job" << jobId << "printed but not recorded:" << m.error().message;
            return report(jobId, true, {}, {}, e->printer);
        }
        qCInfo(lcPrintQueue) << "job" << jobId << "failed:" << st.error().code << st.error().message;
        (void)repo.markFailed(jobId, st.error().code, st.error().message);
        report(jobId, false, st.error().code, st.error().message, e->printer);
    }

private:
    bool open()
    {
        if (m_c)
            return true;
        auto c = db::openSqlite({m_path, false});
        if (!c) {
            m_openError = c.error();
            return false;
        }
        m_c.emplace(std::move(*c));
        return true;
    }

    void report(qint64 jobId, bool ok, const QString& code, const QString& msg, const QString& printer)
    {
        threads::callOnThreadOf(
            m_service,
            [s = m_service, jobId, ok, code, msg, printer] { s->onSent(jobId, ok, code, msg, printer); },
            Qt::QueuedConnection);
    }

    QString m_path;
    PrinterRegistry& m_printers;
    PrintQueueService* m_service;
    std::optional<db::Connection> m_c; // opened, used and closed on the print thread
    Error m_openError;
};

PrintQueueService::PrintQueueService(const db::Connection& connection, PrinterRegistry& printers,
                                     QObject* parent)
    : QObject(parent), m_repo(connection), m_printers(printers)
{
    m_thread.setObjectName(QStringLiteral("pc-print"));
    m_worker = new Worker(connection.filePath(), printers, this);
    m_worker->moveToThread(&m_thread);
    // The worker (and its connection) is destroyed on its own thread.
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

PrintQueueService::~PrintQueueService()
{
    // Joins the worker (a print in progress finishes or times out) before QObject's destructor drops
    // the results it posted, so no result outlives the service.
    m_thread.quit();
    m_thread.wait();
}

void PrintQueueService::setAutoRetries(int count, int delayMs)
{
    m_autoRetries = count;
    m_retryDelayMs = delayMs;
}

db::PrintQueueEntry PrintQueueService::entryFor(const PrintRequest& r) const
{
    db::PrintQueueEntry e;
    e.documentRef = r.documentRef;
    e.documentKind = r.documentKind;
    e.operationId = r.operationId;
    e.printer = r.printer.isEmpty() ? m_printers.printerFor(r.documentKind) : r.printer;
    if (e.printer.isEmpty())
        e.printer = QStringLiteral("?");
    e.language = drivers::printLanguageName(r.job.language);
    e.title = r.job.title;
    e.media = r.job.media;
    e.copies = std::max(1, r.job.copies);
    e.bytes = r.job.bytes;
    return e;
}

Result<qint64> PrintQueueService::enqueue(const PrintRequest& r)
{
    auto id = m_repo.insert(entryFor(r));
    if (!id)
        return id.error();
    emit jobQueued(*id);
    dispatch(*id);
    return id;
}

quint64 PrintQueueService::submit(const PrintRequest& r)
{
    const quint64 ticket = m_nextTicket++;
    ++m_inFlight;
    threads::callOnThreadOf(
        m_worker, [w = m_worker, ticket, e = entryFor(r)] { w->record(ticket, e); }, Qt::QueuedConnection);
    return ticket;
}

void PrintQueueService::send(qint64 jobId, bool requeueFirst)
{
    ++m_inFlight;
    threads::callOnThreadOf(
        m_worker, [w = m_worker, jobId, requeueFirst] { w->send(jobId, requeueFirst); },
        Qt::QueuedConnection);
}

void PrintQueueService::dispatch(qint64 jobId)
{
    send(jobId, false);
}

void PrintQueueService::onSent(qint64 jobId, bool ok, const QString& code, const QString& message,
                               const QString& printer)
{
    --m_inFlight;
    if (ok) {
        m_autoRetried.remove(jobId);
        emit jobPrinted(jobId);
    } else if (jobId != 0) {
        emit jobFailed(jobId, code, clerkPrintMessage(code, printer), message);
        if (transient(code) && m_autoRetried.value(jobId) < m_autoRetries) {
            m_autoRetried[jobId] += 1;
            ++m_inFlight; // the pending retry keeps the queue busy
            QTimer::singleShot(m_retryDelayMs, this, [this, jobId] {
                --m_inFlight;
                send(jobId, true);
            });
        }
    }
    emit queueChanged();
    if (m_inFlight == 0)
        emit idle();
}

Result<int> PrintQueueService::resumeUnfinished()
{
    auto ids = m_repo.unfinished();
    if (!ids)
        return ids.error();
    for (qint64 id : *ids) {
        auto e = m_repo.get(id, false);
        // A job caught "sending" by a crash may or may not have printed; labels and receipts are
        // better printed twice than lost, so it is sent again.
        send(id, e && e->state == u"sending");
    }
    return int(ids->size());
}

Status PrintQueueService::retry(qint64 jobId, const QString& otherPrinter)
{
    if (auto s = m_repo.requeue(jobId, otherPrinter); !s)
        return s;
    m_autoRetried.remove(jobId);
    emit queueChanged();
    dispatch(jobId);
    return {};
}

Result<qint64> PrintQueueService::reprint(qint64 jobId, const QString& otherPrinter)
{
    auto e = m_repo.get(jobId, true);
    if (!e)
        return e.error();
    db::PrintQueueEntry copy = *e;
    copy.reprintOf = jobId;
    if (!otherPrinter.isEmpty())
        copy.printer = otherPrinter;
    auto id = m_repo.insert(copy);
    if (!id)
        return id.error();
    emit jobQueued(*id);
    dispatch(*id);
    return id;
}

Result<qint64> PrintQueueService::reprintLast(const QString& documentKind, const QString& otherPrinter)
{
    auto last = m_repo.lastOfKind(documentKind);
    if (!last)
        return last.error();
    if (!*last)
        return Error{QStringLiteral("print.nothing_to_reprint"),
                     QCoreApplication::translate("PrintQueue", "Nothing of this kind has been printed yet.")};
    return reprint(**last, otherPrinter);
}

Result<QList<qint64>> PrintQueueService::reprintOperation(qint64 operationId, const QString& otherPrinter)
{
    auto ids = m_repo.forOperation(operationId);
    if (!ids)
        return ids.error();
    QList<qint64> out;
    for (qint64 id : *ids) {
        auto e = m_repo.get(id, false);
        if (!e || e->reprintOf) // reprint the originals only
            continue;
        auto r = reprint(id, otherPrinter);
        if (!r)
            return r.error();
        out << *r;
    }
    return out;
}

bool PrintQueueService::waitForIdle(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (m_inFlight > 0 && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 20);
    // Deliver what the last result queued (queueChanged) before returning.
    QCoreApplication::processEvents();
    return m_inFlight == 0;
}

} // namespace pc::services
