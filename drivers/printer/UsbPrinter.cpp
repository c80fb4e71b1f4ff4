#include "UsbPrinter.h"

#include "StatusParsers.h"

namespace pc::drivers {

UsbPrinter::UsbPrinter(QString name, UsbPrinterAddress address, PrintLanguage language,
                       UsbTransportOptions options)
    : m_name(std::move(name)), m_address(address), m_language(language), m_options(options)
{}

PrinterResult<PrinterState> UsbPrinter::queryStatus(UsbPrinterTransport& t)
{
    if (!t.hasStatusChannel())
        return PrinterState::readyState(); // one-way printer: nothing to ask, assume ready
    auto ask = [&](const QByteArray& query, int expect) -> PrinterResult<QByteArray> {
        if (auto w = t.write(query); !w)
            return w.error();
        QByteArray answer;
        while (answer.size() < expect) {
            auto r = t.read(expect - int(answer.size()) + 64, m_statusTimeoutMs);
            if (!r)
                return r.error();
            if (r->isEmpty())
                break;
            answer += *r;
        }
        return answer;
    };
    switch (m_language) {
    case PrintLanguage::Zpl: {
        auto a = ask(zplHostStatusQuery(), 3); // three lines; read until quiet
        if (!a)
            return a.error();
        if (a->isEmpty())
            return noAnswerState();
        while (a->count('\x03') < 3) {
            auto more = t.read(256, m_statusTimeoutMs);
            if (!more || more->isEmpty())
                break;
            *a += *more;
        }
        return parseZplHostStatus(*a);
    }
    case PrintLanguage::Tspl: {
        auto a = ask(tsplStatusQuery(), 1);
        if (!a)
            return a.error();
        return a->isEmpty() ? noAnswerState() : parseTsplStatus(a->left(1));
    }
    case PrintLanguage::EscPos: {
        QByteArray four;
        for (int n = 1; n <= 4; ++n) {
            auto a = ask(escPosStatusQuery(n), 1);
            if (!a)
                return a.error();
            if (a->isEmpty())
                return noAnswerState();
            four += a->left(1);
        }
        return parseEscPosStatusSet(four);
    }
    case PrintLanguage::Pdf:
    case PrintLanguage::Raster:
        break;
    }
    return PrinterState::readyState();
}

PrinterResult<PrinterState> UsbPrinter::status()
{
    auto t = UsbPrinterTransport::open(m_address, m_options);
    if (!t) {
        if (t.error().code == u"usb.not_found")
            return PrinterState::with(PrinterCondition::Offline, t.error().message);
        return t.error();
    }
    return queryStatus(**t);
}

PrinterStatus UsbPrinter::print(const PrintJob& job)
{
    auto t = UsbPrinterTransport::open(m_address, m_options);
    if (!t)
        return t.error().code == u"usb.not_found"
                   ? PrinterError{QStringLiteral("printer.offline"), t.error().message}
                   : t.error();
    auto st = queryStatus(**t);
    if (st && !st->canPrint())
        return notReadyError(m_name, *st);
    // A malformed status answer is not a reason to refuse: the data path may still work.
    QByteArray data;
    for (int i = 0; i < std::max(1, job.copies); ++i)
        data += job.bytes;
    return (*t)->write(data);
}

} // namespace pc::drivers
