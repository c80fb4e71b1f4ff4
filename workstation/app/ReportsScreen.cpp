#include "ReportsScreen.h"

#include "DocumentPreview.h"
#include "db/shift/ShiftRepository.h"
#include "forms/FormRegistry.h"
#include "services/acceptance/CounterServices.h"
#include "services/returns/ReturnsDayReport.h"
#include "services/shift/OfficeDayReport.h"
#include "services/shift/PeriodReport.h"
#include "services/shift/ShiftReportFormat.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QTimeZone>
#include <QVBoxLayout>

namespace pc::app {

ReportsScreen::ReportsScreen(const db::Connection& connection, services::CounterServices& counter,
                             services::PrintQueueService* queue, services::PrinterRegistry* printers,
                             QWidget* parent)
    : QWidget(parent), m_c(connection), m_counter(counter), m_queue(queue), m_printers(printers),
      m_kind(new QComboBox(this)), m_shift(new QSpinBox(this)), m_day(new QDateEdit(this)),
      m_from(new QDateEdit(this)), m_to(new QDateEdit(this)),
      m_preview(new QPushButton(tr("Pre&view"), this)), m_print(new QPushButton(tr("Pri&nt"), this)),
      m_status(new QLabel(this))
{
    m_kind->setObjectName(QStringLiteral("reportKind"));
    m_kind->addItems({tr("X-report of the open shift"), tr("Z-report of a closed shift"), tr("Office day"),
                      tr("Period (per day and hour)"), tr("Easy returns of the day, per shop")});
    m_shift->setObjectName(QStringLiteral("reportShift"));
    m_shift->setRange(1, 999'999'999);
    for (QDateEdit* d : {m_day, m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    }
    m_day->setObjectName(QStringLiteral("reportDay"));
    m_from->setObjectName(QStringLiteral("reportFrom"));
    m_to->setObjectName(QStringLiteral("reportTo"));
    m_preview->setObjectName(QStringLiteral("reportPreview"));
    m_print->setObjectName(QStringLiteral("reportPrint"));
    m_print->setEnabled(m_queue != nullptr);
    auto* pdf = new QPushButton(tr("Save &PDF…"), this);
    auto* csv = new QPushButton(tr("Save &CSV…"), this);
    m_status->setObjectName(QStringLiteral("reportStatus"));
    m_status->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&Report"), m_kind);
    form->addRow(tr("&Shift number"), m_shift);
    form->addRow(tr("&Date"), m_day);
    form->addRow(tr("&From"), m_from);
    form->addRow(tr("&To"), m_to);
    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {m_preview, m_print, pdf, csv})
        buttons->addWidget(b);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addStretch(1);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &ReportsScreen::updateFields);
    connect(m_preview, &QPushButton::clicked, this, &ReportsScreen::preview);
    connect(m_print, &QPushButton::clicked, this, &ReportsScreen::print);
    connect(pdf, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Save the report as PDF"), QString(), tr("PDF (*.pdf)"));
        if (!path.isEmpty())
            savePdf(path);
    });
    connect(csv, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Save the report as CSV"), QString(), tr("CSV (*.csv)"));
        if (!path.isEmpty())
            saveCsv(path);
    });
    refreshChoices();
    updateFields();
}

void ReportsScreen::refreshChoices()
{
    const QDate today =
        QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone(m_counter.context().utcOffsetMin * 60)).date();
    m_day->setDate(today);
    m_from->setDate(today.addDays(1 - today.day())); // the month so far
    m_to->setDate(today);
    if (auto latest = db::ShiftRepository(m_c).latest(m_counter.config().counterId); latest && *latest) {
        const auto& s = **latest;
        m_shift->setValue(static_cast<int>(s.isOpen() && s.id > 1 ? s.id - 1 : s.id));
    }
}

void ReportsScreen::updateFields()
{
    const int k = m_kind->currentIndex();
    m_shift->setEnabled(k == ZReport);
    m_day->setEnabled(k == OfficeDay || k == ReturnsDay);
    m_from->setEnabled(k == Period);
    m_to->setEnabled(k == Period);
}

Result<ReportsScreen::Built> ReportsScreen::build() const
{
    const QString office = services::officeInfoFrom(m_counter.config()).name;
    const int offset = m_counter.context().utcOffsetMin;
    switch (m_kind->currentIndex()) {
    case XReport:
    case ZReport: {
        auto r = m_kind->currentIndex() == XReport ? m_counter.shifts.xReport(m_counter.config().counterId)
                                                   : m_counter.shifts.report(m_shift->value());
        if (!r)
            return r.error();
        if (m_kind->currentIndex() == ZReport && !r->final)
            return Error{QStringLiteral("report.shift_open"),
                         tr("Shift %1 is still open: its Z-report exists once it is closed (take the "
                            "X-report).")
                             .arg(r->shiftId)};
        return Built{services::shiftReportDocuments(*r, office).first(), services::shiftReportCsv(*r)};
    }
    case OfficeDay: {
        auto r = services::buildOfficeDayReport(m_c, m_day->date(), offset);
        if (!r)
            return r.error();
        return Built{services::reportDocument(QStringLiteral("day-report"), services::officeDayReportJson(*r),
                                              office, tr("Day report %1").arg(r->date.toString(Qt::ISODate))),
                     services::officeDayReportCsv(*r)};
    }
    case ReturnsDay: {
        auto shops = m_counter.returns.day(m_day->date());
        if (!shops)
            return shops.error();
        return Built{services::reportDocument(QStringLiteral("returns-day"),
                                              services::returnsDayJson(m_day->date(), *shops), office,
                                              tr("Easy returns %1").arg(m_day->date().toString(Qt::ISODate))),
                     services::returnsDayCsv(m_day->date(), *shops)};
    }
    default: {
        auto r = services::buildPeriodReport(m_c, m_from->date(), m_to->date(), offset);
        if (!r)
            return r.error();
        return Built{
            services::reportDocument(
                QStringLiteral("period-report"), services::periodReportJson(*r), office,
                tr("Period report %1 .. %2").arg(r->from.toString(Qt::ISODate), r->to.toString(Qt::ISODate))),
            services::periodReportCsv(*r)};
    }
    }
}

void ReportsScreen::say(const QString& text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b00020") : QString());
}

void ReportsScreen::preview()
{
    auto built = build();
    if (!built)
        return say(built.error().message, true);
    auto doc = forms::buildForm(built->document.form,
                                QJsonDocument(built->document.data).toJson(QJsonDocument::Compact));
    if (!doc)
        return say(doc.error().message, true);
    auto* dialog = new DocumentPreview(*doc, this);
    dialog->setObjectName(QStringLiteral("reportPreviewDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    say(built->document.title, false);
}

void ReportsScreen::print()
{
    if (!m_queue)
        return say(tr("There is no print queue at this workstation."), true);
    auto built = build();
    if (!built)
        return say(built.error().message, true);
    auto jobs = services::printReportDocuments(m_c, m_printers, *m_queue, {built->document});
    if (!jobs)
        return say(jobs.error().message, true);
    say(tr("%1 sent to the office printer (print job %2).").arg(built->document.title).arg(jobs->first()),
        false);
}

bool ReportsScreen::savePdf(const QString& path)
{
    auto built = build();
    if (!built) {
        say(built.error().message, true);
        return false;
    }
    auto pdf = services::renderReportPdf(built->document);
    if (!pdf) {
        say(pdf.error().message, true);
        return false;
    }
    return writeFile(path, *pdf);
}

bool ReportsScreen::saveCsv(const QString& path)
{
    auto built = build();
    if (!built) {
        say(built.error().message, true);
        return false;
    }
    return writeFile(path, built->csv.toUtf8());
}

bool ReportsScreen::writeFile(const QString& path, const QByteArray& bytes)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) < 0 || !f.commit()) {
        say(tr("Cannot write %1: %2").arg(path, f.errorString()), true);
        return false;
    }
    say(tr("Saved %1").arg(path), false);
    return true;
}

} // namespace pc::app
