#include "PrinterRegistry.h"

#include "drivers/printer/CupsPrinter.h"
#include "drivers/printer/SimulatedPrinter.h"
#include "drivers/printer/UsbPrinter.h"

#include <QDir>

namespace pc::services {

std::unique_ptr<drivers::Printer> PrinterRegistry::makePrinter(const PrinterConfig& c)
{
    if (c.kind == u"usb")
        return std::make_unique<drivers::UsbPrinter>(
            c.name, drivers::UsbPrinterAddress{c.vendorId, c.productId}, c.language);
    if (c.kind == u"cups")
        return std::make_unique<drivers::CupsPrinter>(c.name, c.queue, c.server);
    const QString dir = c.directory.isEmpty()
                            ? QDir::temp().filePath(QStringLiteral("postcounter-printer-%1").arg(c.name))
                            : c.directory;
    return std::make_unique<drivers::SimulatedPrinter>(c.name, dir);
}

void PrinterRegistry::configure(const PrintingConfig& config)
{
    for (const auto& p : config.printers) {
        add(makePrinter(p));
        setOutput(p.name, {p.language, p.dpi, p.media, p.codeTable});
    }
    for (auto it = config.roles.begin(); it != config.roles.end(); ++it)
        setRole(it.key(), it.value());
}

void PrinterRegistry::add(std::shared_ptr<drivers::Printer> printer)
{
    QMutexLocker lock(&m_mutex);
    m_printers.removeIf([&](const auto& p) { return p->name() == printer->name(); });
    m_printers << std::move(printer);
}

std::shared_ptr<drivers::Printer> PrinterRegistry::find(const QString& name) const
{
    QMutexLocker lock(&m_mutex);
    for (const auto& p : m_printers)
        if (p->name() == name)
            return p;
    return nullptr;
}

QStringList PrinterRegistry::names() const
{
    QMutexLocker lock(&m_mutex);
    QStringList out;
    for (const auto& p : m_printers)
        out << p->name();
    return out;
}

void PrinterRegistry::setRole(const QString& documentKind, const QString& printer)
{
    QMutexLocker lock(&m_mutex);
    m_roles.insert(documentKind, printer);
}

QString PrinterRegistry::printerFor(const QString& documentKind) const
{
    QMutexLocker lock(&m_mutex);
    return m_roles.value(documentKind);
}

void PrinterRegistry::setOutput(const QString& printer, const PrinterOutput& output)
{
    QMutexLocker lock(&m_mutex);
    m_outputs.insert(printer, output);
}

PrinterOutput PrinterRegistry::outputOf(const QString& printer) const
{
    QMutexLocker lock(&m_mutex);
    return m_outputs.value(printer);
}

} // namespace pc::services
