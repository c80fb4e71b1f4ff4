#include "CupsClient.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QThread>
#include <cups/cups.h>
#include <memory>

Q_LOGGING_CATEGORY(lcCups, "pc.drivers.cups", QtInfoMsg)

namespace pc::drivers {

namespace {
struct HttpCloser {
    void operator()(http_t* h) const { httpClose(h); }
};
using Http = std::unique_ptr<http_t, HttpCloser>;
struct IppDeleter {
    void operator()(ipp_t* i) const { ippDelete(i); }
};
using Ipp = std::unique_ptr<ipp_t, IppDeleter>;

QString lastError()
{
    return QString::fromUtf8(cupsLastErrorString());
}

PrinterError ippError(ipp_status_t st, const QString& what, const QString& queue, const QString& server)
{
    if (st == IPP_STATUS_ERROR_NOT_FOUND)
        return {QStringLiteral("printer.not_found"),
                QStringLiteral("there is no printer queue \"%1\" on CUPS server %2").arg(queue, server)};
    if (st == IPP_STATUS_ERROR_NOT_ACCEPTING_JOBS)
        return {QStringLiteral("printer.not_accepting"),
                QStringLiteral("printer queue \"%1\" is not accepting jobs (cupsaccept %1 re-enables it)")
                    .arg(queue)};
    if (st == IPP_STATUS_ERROR_SERVICE_UNAVAILABLE || st == IPP_STATUS_ERROR_INTERNAL)
        return {QStringLiteral("cups.unavailable"),
                QStringLiteral("%1: CUPS server %2 is not available: %3").arg(what, server, lastError())};
    return {QStringLiteral("cups.error"), QStringLiteral("%1: %2").arg(what, lastError())};
}

QStringList strings(ipp_attribute_t* a)
{
    QStringList out;
    for (int i = 0; i < ippGetCount(a); ++i)
        out << QString::fromUtf8(ippGetString(a, i, nullptr));
    return out;
}

void readPrinterAttribute(CupsDestination& d, ipp_attribute_t* a)
{
    const QByteArray n = ippGetName(a);
    if (n == "printer-name")
        d.name = QString::fromUtf8(ippGetString(a, 0, nullptr));
    else if (n == "printer-info")
        d.info = QString::fromUtf8(ippGetString(a, 0, nullptr));
    else if (n == "printer-make-and-model")
        d.makeAndModel = QString::fromUtf8(ippGetString(a, 0, nullptr));
    else if (n == "device-uri")
        d.deviceUri = QString::fromUtf8(ippGetString(a, 0, nullptr));
    else if (n == "printer-state")
        d.ippState = ippGetInteger(a, 0);
    else if (n == "printer-is-accepting-jobs")
        d.accepting = ippGetBoolean(a, 0) != 0;
    else if (n == "printer-state-reasons")
        d.reasons = strings(a);
    else if (n == "printer-state-message")
        d.message = QString::fromUtf8(ippGetString(a, 0, nullptr));
    else if (n == "media-supported")
        d.media = strings(a);
    else if (n == "media-default")
        d.defaultMedia = QString::fromUtf8(ippGetString(a, 0, nullptr));
}

const char* const kPrinterAttrs[] = {"printer-name",           "printer-info",
                                     "printer-make-and-model", "device-uri",
                                     "printer-state",          "printer-is-accepting-jobs",
                                     "printer-state-reasons",  "printer-state-message",
                                     "media-supported",        "media-default"};

void finish(CupsDestination& d)
{
    d.reasons.removeAll(QStringLiteral("none"));
    d.state = printerStateFromCups(d.ippState, d.reasons, d.accepting, d.message);
}

ipp_t* newRequest(ipp_op_t op)
{
    ipp_t* req = ippNewRequest(op);
    ippAddString(req, IPP_TAG_OPERATION, IPP_TAG_NAME, "requesting-user-name", nullptr, cupsUser());
    return req;
}
} // namespace

QString cupsJobStateName(CupsJobState s)
{
    switch (s) {
    case CupsJobState::Pending:
        return QStringLiteral("pending");
    case CupsJobState::Held:
        return QStringLiteral("held");
    case CupsJobState::Processing:
        return QStringLiteral("processing");
    case CupsJobState::Stopped:
        return QStringLiteral("stopped");
    case CupsJobState::Cancelled:
        return QStringLiteral("cancelled");
    case CupsJobState::Aborted:
        return QStringLiteral("aborted");
    case CupsJobState::Completed:
        return QStringLiteral("completed");
    }
    return QStringLiteral("unknown");
}

PrinterState printerStateFromCups(int ippState, const QStringList& reasons, bool accepting,
                                  const QString& message)
{
    PrinterState st;
    for (const QString& full : reasons) {
        QString r = full;
        for (const char* suffix : {"-error", "-warning", "-report"})
            if (r.endsWith(QLatin1String(suffix)))
                r.chop(int(qstrlen(suffix)));
        const bool isError = full.endsWith(QLatin1String("-error"));
        if (r == u"none" || r.isEmpty())
            continue;
        if (r == u"media-empty" || r == u"media-needed")
            st.set(PrinterCondition::PaperOut);
        else if (r == u"media-low")
            st.set(PrinterCondition::PaperNearEnd);
        else if (r == u"marker-supply-empty" || r == u"toner-empty" || r == u"ink-empty")
            st.set(PrinterCondition::RibbonOut);
        else if (r == u"cover-open" || r == u"door-open" || r == u"interlock-open")
            st.set(PrinterCondition::CoverOpen);
        else if (r == u"offline" || r == u"shutdown" || r == u"connecting-to-device" || r == u"timed-out")
            st.set(PrinterCondition::Offline);
        else if (r == u"paused" || r == u"moving-to-paused")
            st.set(PrinterCondition::Paused);
        else if (r == u"media-jam") {
            st.set(PrinterCondition::Error);
            st.addReason(QStringLiteral("paper jam"));
            continue;
        } else if (isError)
            st.set(PrinterCondition::Error);
        else
            continue; // informational (e.g. cups-waiting-for-job-completed, toner-low-report)
        st.addReason(full);
    }
    if (ippState == IPP_PSTATE_STOPPED && !st.has(PrinterCondition::Paused)) {
        st.set(PrinterCondition::Paused);
        st.addReason(QStringLiteral("queue stopped"));
    }
    if (!accepting) {
        st.set(PrinterCondition::Error);
        st.addReason(QStringLiteral("queue not accepting jobs"));
    }
    if (!st.isReady() && !message.isEmpty())
        st.addReason(message);
    return st;
}

QString CupsClient::server() const
{
    if (!m_server.isEmpty())
        return m_server;
    return QStringLiteral("%1:%2").arg(QString::fromUtf8(cupsServer())).arg(ippPort());
}

namespace {
PrinterResult<Http> connectTo(const QString& server)
{
    QByteArray host;
    int port = ippPort();
    if (server.isEmpty()) {
        host = cupsServer();
    } else {
        const qsizetype colon = server.lastIndexOf(u':');
        host = (colon > 0 ? server.left(colon) : server).toUtf8();
        if (colon > 0)
            port = server.mid(colon + 1).toInt();
    }
    http_t* h = httpConnect2(host.constData(), port, nullptr, AF_UNSPEC, cupsEncryption(), 1, 5000, nullptr);
    if (!h)
        return PrinterError{QStringLiteral("cups.unavailable"),
                            QStringLiteral("cannot connect to the CUPS server %1:%2 (is cupsd running?)")
                                .arg(QString::fromUtf8(host))
                                .arg(port)};
    return Http(h);
}
} // namespace

PrinterResult<QList<CupsDestination>> CupsClient::destinations() const
{
    auto http = connectTo(m_server);
    if (!http)
        return http.error();
    ipp_t* req = newRequest(IPP_OP_CUPS_GET_PRINTERS);
    ippAddStrings(req, IPP_TAG_OPERATION, IPP_TAG_KEYWORD, "requested-attributes",
                  int(std::size(kPrinterAttrs)), nullptr, kPrinterAttrs);
    Ipp resp(cupsDoRequest(http->get(), req, "/"));
    const ipp_status_t st = cupsLastError();
    QList<CupsDestination> out;
    if (st == IPP_STATUS_ERROR_NOT_FOUND)
        return out; // no queues at all
    if (!resp || st > IPP_STATUS_OK_CONFLICTING)
        return ippError(st, QStringLiteral("listing printers"), {}, server());
    ipp_attribute_t* a = ippFirstAttribute(resp.get());
    while (a) {
        while (a && ippGetGroupTag(a) != IPP_TAG_PRINTER)
            a = ippNextAttribute(resp.get());
        if (!a)
            break;
        CupsDestination d;
        for (; a && ippGetGroupTag(a) == IPP_TAG_PRINTER; a = ippNextAttribute(resp.get()))
            readPrinterAttribute(d, a);
        finish(d);
        if (!d.name.isEmpty())
            out << d;
    }
    return out;
}

PrinterResult<CupsDestination> CupsClient::destination(const QString& name) const
{
    auto http = connectTo(m_server);
    if (!http)
        return http.error();
    char uri[HTTP_MAX_URI];
    httpAssembleURIf(HTTP_URI_CODING_ALL, uri, sizeof uri, "ipp", nullptr, "localhost", ippPort(),
                     "/printers/%s", name.toUtf8().constData());
    ipp_t* req = newRequest(IPP_OP_GET_PRINTER_ATTRIBUTES);
    ippAddString(req, IPP_TAG_OPERATION, IPP_TAG_URI, "printer-uri", nullptr, uri);
    ippAddStrings(req, IPP_TAG_OPERATION, IPP_TAG_KEYWORD, "requested-attributes",
                  int(std::size(kPrinterAttrs)), nullptr, kPrinterAttrs);
    Ipp resp(cupsDoRequest(http->get(), req, "/"));
    const ipp_status_t st = cupsLastError();
    if (!resp || st > IPP_STATUS_OK_CONFLICTING)
        return ippError(st, QStringLiteral("reading printer %1").arg(name), name, server());
    CupsDestination d;
    for (ipp_attribute_t* a = ippFirstAttribute(resp.get()); a; a = ippNextAttribute(resp.get()))
        if (ippGetGroupTag(a) == IPP_TAG_PRINTER)
            readPrinterAttribute(d, a);
    if (d.name.isEmpty())
        d.name = name;
    finish(d);
    return d;
}

PrinterResult<int> CupsClient::submit(const QString& queue, const PrintJob& job) const
{
    auto http = connectTo(m_server);
    if (!http)
        return http.error();
    const QByteArray q = queue.toUtf8();
    const QByteArray title = (job.title.isEmpty() ? QStringLiteral("PostCounter") : job.title).toUtf8();
    cups_option_t* opts = nullptr;
    int n = 0;
    if (job.copies > 1)
        n = cupsAddOption("copies", QByteArray::number(job.copies).constData(), n, &opts);
    if (!job.media.isEmpty())
        n = cupsAddOption("media", job.media.toUtf8().constData(), n, &opts);
    // Create-Job by hand rather than cupsCreateJob(): that one resolves the destination through the
    // default server's settings and fails against a server given by host:port.
    char uri[HTTP_MAX_URI];
    httpAssembleURIf(HTTP_URI_CODING_ALL, uri, sizeof uri, "ipp", nullptr, "localhost", ippPort(),
                     "/printers/%s", q.constData());
    ipp_t* req = newRequest(IPP_OP_CREATE_JOB);
    ippAddString(req, IPP_TAG_OPERATION, IPP_TAG_URI, "printer-uri", nullptr, uri);
    ippAddString(req, IPP_TAG_OPERATION, IPP_TAG_NAME, "job-name", nullptr, title.constData());
    cupsEncodeOptions2(req, n, opts, IPP_TAG_OPERATION);
    cupsEncodeOptions2(req, n, opts, IPP_TAG_JOB);
    cupsFreeOptions(n, opts);
    const QByteArray resource = "/printers/" + q;
    Ipp resp(cupsDoRequest(http->get(), req, resource.constData()));
    ipp_attribute_t* idAttr = resp ? ippFindAttribute(resp.get(), "job-id", IPP_TAG_INTEGER) : nullptr;
    const int id = idAttr ? ippGetInteger(idAttr, 0) : 0;
    if (cupsLastError() > IPP_STATUS_OK_CONFLICTING || id <= 0)
        return ippError(cupsLastError(), QStringLiteral("creating a job on %1").arg(queue), queue, server());

    const char* format = isRawLanguage(job.language) ? CUPS_FORMAT_RAW : CUPS_FORMAT_PDF;
    auto abandon = [&](const QString& what) {
        const PrinterError e = ippError(cupsLastError(), what, queue, server());
        cupsCancelJob2(http->get(), q.constData(), id, 0);
        return e;
    };
    if (cupsStartDocument(http->get(), q.constData(), id, title.constData(), format, 1) !=
        HTTP_STATUS_CONTINUE)
        return abandon(QStringLiteral("starting job %1 on %2").arg(id).arg(queue));
    constexpr qsizetype kChunk = 64 * 1024;
    for (qsizetype off = 0; off < job.bytes.size(); off += kChunk) {
        const qsizetype len = std::min(kChunk, job.bytes.size() - off);
        if (cupsWriteRequestData(http->get(), job.bytes.constData() + off, size_t(len)) !=
            HTTP_STATUS_CONTINUE)
            return abandon(QStringLiteral("sending job %1 to %2").arg(id).arg(queue));
    }
    const ipp_status_t st = cupsFinishDocument(http->get(), q.constData());
    if (st > IPP_STATUS_OK_CONFLICTING)
        return abandon(QStringLiteral("finishing job %1 on %2").arg(id).arg(queue));
    qCDebug(lcCups) << "job" << id << "sent to" << queue << job.bytes.size() << "bytes";
    return id;
}

PrinterResult<CupsJobStatus> CupsClient::jobStatus(int jobId) const
{
    auto http = connectTo(m_server);
    if (!http)
        return http.error();
    char uri[HTTP_MAX_URI];
    httpAssembleURIf(HTTP_URI_CODING_ALL, uri, sizeof uri, "ipp", nullptr, "localhost", ippPort(), "/jobs/%d",
                     jobId);
    ipp_t* req = newRequest(IPP_OP_GET_JOB_ATTRIBUTES);
    ippAddString(req, IPP_TAG_OPERATION, IPP_TAG_URI, "job-uri", nullptr, uri);
    static const char* const attrs[] = {"job-state", "job-state-reasons"};
    ippAddStrings(req, IPP_TAG_OPERATION, IPP_TAG_KEYWORD, "requested-attributes", 2, nullptr, attrs);
    Ipp resp(cupsDoRequest(http->get(), req, "/"));
    const ipp_status_t st = cupsLastError();
    if (!resp || st > IPP_STATUS_OK_CONFLICTING) {
        if (st == IPP_STATUS_ERROR_NOT_FOUND)
            return PrinterError{QStringLiteral("printer.job_not_found"),
                                QStringLiteral("CUPS has no job %1").arg(jobId)};
        return ippError(st, QStringLiteral("reading job %1").arg(jobId), {}, server());
    }
    CupsJobStatus js;
    js.id = jobId;
    if (ipp_attribute_t* a = ippFindAttribute(resp.get(), "job-state", IPP_TAG_ENUM))
        js.state = CupsJobState(ippGetInteger(a, 0));
    if (ipp_attribute_t* a = ippFindAttribute(resp.get(), "job-state-reasons", IPP_TAG_KEYWORD))
        js.reasons = strings(a);
    return js;
}

PrinterResult<CupsJobStatus> CupsClient::waitForJob(const QString& queue, int jobId, int timeoutMs) const
{
    QElapsedTimer t;
    t.start();
    unsigned long pollMs = 10;
    for (;;) {
        auto js = jobStatus(jobId);
        if (!js || js->terminal())
            return js;
        if (js->state == CupsJobState::Pending || js->state == CupsJobState::Held) {
            auto d = destination(queue);
            if (d && d->ippState == IPP_PSTATE_STOPPED)
                return PrinterError{
                    QStringLiteral("printer.stopped"),
                    QStringLiteral("printer queue \"%1\" is stopped (cupsenable %1 restarts it)%2")
                        .arg(queue, d->message.isEmpty() ? QString() : QStringLiteral(": ") + d->message)};
        }
        if (t.elapsed() > timeoutMs)
            return PrinterError{QStringLiteral("printer.timeout"),
                                QStringLiteral("job %1 on %2 did not finish within %3 s (still %4)")
                                    .arg(jobId)
                                    .arg(queue)
                                    .arg(timeoutMs / 1000)
                                    .arg(cupsJobStateName(js->state))};
        QThread::msleep(pollMs);
        pollMs = std::min<unsigned long>(pollMs * 2, 200);
    }
}

PrinterStatus CupsClient::cancel(int jobId) const
{
    auto http = connectTo(m_server);
    if (!http)
        return http.error();
    if (cupsCancelJob2(http->get(), nullptr, jobId, 0) > IPP_STATUS_OK_CONFLICTING)
        return ippError(cupsLastError(), QStringLiteral("cancelling job %1").arg(jobId), {}, server());
    return {};
}

} // namespace pc::drivers
