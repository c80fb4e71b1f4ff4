#pragma once
// Which printers a workstation has and which one prints what. Read from the workstation's INI file:
//
//   [printing]
//   label=label            ; printer for address labels
//   receipt=receipt
//   form=office
//   [printer.label]
//   kind=usb               ; usb | cups | sim
//   language=zpl           ; zpl | tspl | escpos | pdf
//   vendor=0a5f
//   product=0000           ; 0 = any printer-class device of the vendor
//   dpi=203
//   media=Custom.100x150mm
//   [printer.office]
//   kind=cups
//   queue=Office_A4
//   server=                ; empty = the system's CUPS
//   [printer.receipt]
//   kind=sim
//   directory=/var/tmp/postcounter-receipts
#include "domain/Result.h"
#include "drivers/printer/PrintJob.h"

#include <QList>
#include <QMap>
#include <QString>

namespace pc::services {

struct PrinterConfig {
    QString name;
    QString kind = QStringLiteral("sim");
    drivers::PrintLanguage language = drivers::PrintLanguage::Pdf;
    QString queue;  // cups
    QString server; // cups
    quint16 vendorId = 0;
    quint16 productId = 0;
    int dpi = 203;
    QString media;
    QString directory;  // sim
    int codeTable = -1; // escpos ESC t n for Cyrillic, per model
};

struct PrintingConfig {
    QList<PrinterConfig> printers;
    QMap<QString, QString> roles; // document kind (label, receipt, form) → printer name
};

// A missing file or section gives no printers. An unknown kind or language is an error naming the key.
Result<PrintingConfig> loadPrintingConfig(const QString& iniPath);

} // namespace pc::services
