#include "SetupWizard.h"

#include "drivers/core/SerialPortEnumerator.h"
#include "drivers/printer/CupsClient.h"
#include "drivers/usb/UsbEnumerator.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QVBoxLayout>

namespace pc::app {

namespace {
// Which page a validation error belongs to (services/setup error codes).
int pageOf(const QString& code)
{
    if (code == u"setup.bad_postcode" || code == u"setup.bad_office_name")
        return 0;
    if (code == u"setup.bad_counter")
        return 1;
    if (code == u"setup.bad_range")
        return 2;
    if (code == u"setup.bad_printer")
        return 4;
    return 5;
}

QString shellQuoted(const QString& arg)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_./:=@+-]+$"));
    if (plain.match(arg).hasMatch())
        return arg;
    QString q = arg;
    q.replace(u'\'', QStringLiteral("'\\''"));
    return u'\'' + q + u'\'';
}
} // namespace

SetupWizard::Environment SetupWizard::discover()
{
    Environment env;
    QList<drivers::DeviceInfo> found;
    if (auto usb = drivers::enumerateUsbDevices())
        found += *usb;
    found += drivers::enumerateSerialDevices();
    for (const auto& d : found)
        env.devices << QStringLiteral("%1 (%2, %3 %4:%5)")
                           .arg(d.model, drivers::deviceKindName(d.kind), d.transport)
                           .arg(d.vendorId, 4, 16, QLatin1Char('0'))
                           .arg(d.productId, 4, 16, QLatin1Char('0'));
    auto queues = drivers::CupsClient().destinations();
    if (queues)
        for (const auto& q : *queues)
            env.printQueues << q.name;
    else
        env.cupsProblem = queues.error().message;
    return env;
}

SetupWizard::SetupWizard(QString configPath, Environment environment, QWidget* parent)
    : QWizard(parent), m_configPath(std::move(configPath)), m_env(std::move(environment))
{
    setWindowTitle(tr("PostCounter setup"));
    setOption(QWizard::NoBackButtonOnStartPage);
    addOfficePage();
    addCounterPage();
    addRangesPage();
    addDevicesPage();
    addPrintersPage();
    addTrackingPage();
}

QWizardPage* SetupWizard::makePage(const QString& title, const QString& subTitle, QLabel** error)
{
    auto* page = new QWizardPage(this);
    page->setTitle(title);
    page->setSubTitle(subTitle);
    *error = new QLabel(page);
    (*error)->setObjectName(QStringLiteral("setupError"));
    (*error)->setWordWrap(true);
    (*error)->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold"));
    m_errors << *error;
    return page;
}

void SetupWizard::addOfficePage()
{
    QLabel* error = nullptr;
    auto* page = makePage(tr("Office"), tr("The post office this counter belongs to."), &error);
    auto* form = new QFormLayout(page);
    m_postcode = new QLineEdit(page);
    m_postcode->setObjectName(QStringLiteral("postcode"));
    m_postcode->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,6}")), m_postcode));
    m_officeName = new QLineEdit(page);
    m_officeName->setObjectName(QStringLiteral("officeName"));
    m_region = new QLineEdit(page);
    m_region->setObjectName(QStringLiteral("region"));
    form->addRow(tr("Office postcode:"), m_postcode);
    form->addRow(tr("Office name:"), m_officeName);
    form->addRow(tr("Region:"), m_region);
    form->addRow(error);
    addPage(page);
}

void SetupWizard::addCounterPage()
{
    QLabel* error = nullptr;
    auto* page = makePage(tr("Counter"), tr("The number of this counter window in the office."), &error);
    auto* form = new QFormLayout(page);
    m_counter = new QSpinBox(page);
    m_counter->setObjectName(QStringLiteral("counter"));
    m_counter->setRange(1, 999);
    m_counterName = new QLineEdit(page);
    m_counterName->setObjectName(QStringLiteral("counterName"));
    m_counterName->setPlaceholderText(tr("Окно N when empty"));
    form->addRow(tr("Counter number:"), m_counter);
    form->addRow(tr("Counter name:"), m_counterName);
    form->addRow(error);
    addPage(page);
}

void SetupWizard::addRangesPage()
{
    QLabel* error = nullptr;
    auto* page = makePage(tr("Identifier ranges"),
                          tr("The barcode ranges issued to the office, one per line: rpo14:PREFIX:FIRST-LAST "
                             "(the prefix is the postcode and the 2-digit counter issued with the range) or "
                             "s10:SERVICE[:COUNTRY]:FIRST-LAST. They can be added later with "
                             "postcounter-cli id add-range."),
                          &error);
    auto* box = new QVBoxLayout(page);
    m_ranges = new QPlainTextEdit(page);
    m_ranges->setObjectName(QStringLiteral("ranges"));
    m_ranges->setPlaceholderText(QStringLiteral("rpo14:10100025:1-99999\ns10:RA:10000000-19999999"));
    box->addWidget(m_ranges);
    box->addWidget(error);
    addPage(page);
}

void SetupWizard::addDevicesPage()
{
    QLabel* error = nullptr;
    auto* page = makePage(tr("Devices found"),
                          tr("Supported scanners and scales connected now. The counter's users need to be in "
                             "the postcounter group to use them (adduser USER postcounter)."),
                          &error);
    auto* box = new QVBoxLayout(page);
    auto* list = new QListWidget(page);
    list->setObjectName(QStringLiteral("devices"));
    list->addItems(m_env.devices);
    if (m_env.devices.isEmpty())
        list->addItem(tr("No supported scanner or scale is connected. Keyboard-mode scanners work without "
                         "setup; the rest can be set later on the Devices (F8) page."));
    box->addWidget(list);
    box->addWidget(error);
    addPage(page);
}

void SetupWizard::addPrintersPage()
{
    QLabel* error = nullptr;
    auto* page =
        makePage(tr("Printers"),
                 m_env.cupsProblem.isEmpty()
                     ? tr("Which CUPS printer prints what. USB printers the workstation drives itself "
                          "are set in the configuration file (docs/admin-guide.md).")
                     : tr("CUPS printers could not be listed: %1").arg(m_env.cupsProblem),
                 &error);
    auto* form = new QFormLayout(page);
    auto queueBox = [&](const char* name) {
        auto* c = new QComboBox(page);
        c->setObjectName(QString::fromLatin1(name));
        c->addItem(tr("(none)"), QString());
        for (const QString& q : m_env.printQueues)
            c->addItem(q, q);
        return c;
    };
    m_labelQueue = queueBox("labelQueue");
    m_labelLanguage = new QComboBox(page);
    m_labelLanguage->setObjectName(QStringLiteral("labelLanguage"));
    m_labelLanguage->addItem(QStringLiteral("ZPL"), QStringLiteral("zpl"));
    m_labelLanguage->addItem(QStringLiteral("TSPL"), QStringLiteral("tspl"));
    m_labelLanguage->addItem(QStringLiteral("PDF"), QStringLiteral("pdf"));
    m_receiptQueue = queueBox("receiptQueue");
    m_formQueue = queueBox("formQueue");
    form->addRow(tr("Labels:"), m_labelQueue);
    form->addRow(tr("Label printer language:"), m_labelLanguage);
    form->addRow(tr("Receipts (ESC/POS):"), m_receiptQueue);
    form->addRow(tr("A4/A5 forms:"), m_formQueue);
    form->addRow(error);
    addPage(page);
}

void SetupWizard::addTrackingPage()
{
    QLabel* error = nullptr;
    auto* page =
        makePage(tr("Tracking service"),
                 tr("Where the counter sends its tracking events (https). Leave empty to set it later; "
                    "the events wait in the outbox."),
                 &error);
    auto* form = new QFormLayout(page);
    m_trackingUrl = new QLineEdit(page);
    m_trackingUrl->setObjectName(QStringLiteral("trackingUrl"));
    m_trackingUrl->setPlaceholderText(QStringLiteral("https://tracking.example.ru/api"));
    m_trackingToken = new QLineEdit(page);
    m_trackingToken->setObjectName(QStringLiteral("trackingToken"));
    m_trackingToken->setEchoMode(QLineEdit::Password);
    form->addRow(tr("Endpoint:"), m_trackingUrl);
    form->addRow(tr("Token:"), m_trackingToken);
    form->addRow(error);
    addPage(page);
}

services::SetupRequest SetupWizard::request() const
{
    services::SetupRequest r;
    r.officePostcode = m_postcode->text().trimmed();
    r.officeName = m_officeName->text().trimmed();
    r.officeRegion = m_region->text().trimmed();
    r.counterId = QString::number(m_counter->value());
    r.counterName = m_counterName->text().trimmed();
    for (const QString& line : m_ranges->toPlainText().split(u'\n'))
        if (!line.trimmed().isEmpty())
            r.ranges << line.trimmed();
    r.trackingUrl = m_trackingUrl->text().trimmed();
    r.trackingToken = m_trackingToken->text().trimmed();
    auto role = [&](const char* name, QComboBox* queue, const QString& language) {
        if (!queue->currentData().toString().isEmpty())
            r.printers << services::PrinterRole{QString::fromLatin1(name), queue->currentData().toString(),
                                                language};
    };
    role("label", m_labelQueue, m_labelLanguage->currentData().toString());
    role("receipt", m_receiptQueue, QStringLiteral("escpos"));
    role("form", m_formQueue, QStringLiteral("pdf"));
    return r;
}

bool SetupWizard::validateCurrentPage()
{
    const int page = currentId();
    for (QLabel* l : std::as_const(m_errors))
        l->clear();
    if (auto st = services::validateSetup(request()); !st) {
        const int at = pageOf(st.error().code);
        if (at <= page) {
            m_errors.value(at)->setText(st.error().message);
            if (at != page)
                while (currentId() > at)
                    back();
            return false;
        }
    }
    return true;
}

void SetupWizard::accept()
{
    if (!validateCurrentPage())
        return;
    const auto r = request();
    if (auto st = services::writeSetup(m_configPath, r); !st) {
        QStringList args;
        for (const QString& a : services::setupCommandArguments(r))
            args << shellQuoted(a);
        m_errors.value(TrackingPage)
            ->setText(tr("%1\n\nAn administrator can write the same settings with:\nsudo postcounter-cli %2")
                          .arg(st.error().message, args.join(u' ')));
        m_errors.value(TrackingPage)->setTextInteractionFlags(Qt::TextSelectableByMouse);
        return;
    }
    QWizard::accept();
}

} // namespace pc::app
