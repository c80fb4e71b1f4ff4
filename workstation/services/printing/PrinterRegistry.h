#pragma once
// The printers of this workstation by name. Built from PrintingConfig, or by hand in tests and demo
// mode. Thread-safe lookups: the print worker resolves printers while the GUI may add one.
#include "PrinterConfig.h"
#include "drivers/printer/Printer.h"

#include <QMutex>
#include <memory>

namespace pc::services {

// What a printer takes: the print thread renders a form job for it with these.
struct PrinterOutput {
    drivers::PrintLanguage language = drivers::PrintLanguage::Pdf;
    int dpi = 203;
    QString media;
    int codeTable = -1; // ESC/POS ESC t n for Cyrillic; -1 = the renderer's default
};

class PrinterRegistry {
public:
    PrinterRegistry() = default;
    static std::unique_ptr<drivers::Printer> makePrinter(const PrinterConfig& config);
    // Adds every configured printer; the roles say which prints labels, receipts and forms.
    void configure(const PrintingConfig& config);

    void add(std::shared_ptr<drivers::Printer> printer);
    std::shared_ptr<drivers::Printer> find(const QString& name) const;
    QStringList names() const;
    void setRole(const QString& documentKind, const QString& printer);
    QString printerFor(const QString& documentKind) const; // "" when no printer has that role
    void setOutput(const QString& printer, const PrinterOutput& output);
    PrinterOutput outputOf(const QString& printer) const; // defaults (PDF, 203 dpi) when never set

private:
    mutable QMutex m_mutex;
    QList<std::shared_ptr<drivers::Printer>> m_printers;
    QMap<QString, QString> m_roles;
    QMap<QString, PrinterOutput> m_outputs;
};

} // namespace pc::services
