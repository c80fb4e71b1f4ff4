#include "PricePanel.h"

#include "domain/Money.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pc::app {

PricePanel::PricePanel(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_version = new QLabel(this);
    m_version->setObjectName(QStringLiteral("tariffVersion"));
    m_lines = new QTableWidget(0, 4, this);
    m_lines->setObjectName(QStringLiteral("quoteLines"));
    m_lines->setHorizontalHeaderLabels({tr("Line"), tr("Without VAT"), tr("VAT"), tr("Total")});
    m_lines->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_lines->verticalHeader()->hide();
    m_lines->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_lines->setFocusPolicy(Qt::NoFocus);
    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("quoteTotal"));
    QFont big = m_total->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_total->setFont(big);
    m_details = new QLabel(this);
    m_details->setWordWrap(true);
    m_errors = new QLabel(this);
    m_errors->setObjectName(QStringLiteral("quoteErrors"));
    m_errors->setWordWrap(true);
    m_errors->setStyleSheet(QStringLiteral("color: #b00020;"));
    layout->addWidget(m_version);
    layout->addWidget(m_lines, 1);
    layout->addWidget(m_total);
    layout->addWidget(m_details);
    layout->addWidget(m_errors);
    clear();
}

QString PricePanel::money(std::int64_t kop) const
{
    return Money::fromKopecks(kop).format(numberStyleFor(locale()));
}

void PricePanel::clear()
{
    m_version->clear();
    m_lines->setRowCount(0);
    m_total->clear();
    m_details->clear();
    m_errors->clear();
    m_errors->hide();
}

void PricePanel::showQuote(const tariff::Quote& q)
{
    clear();
    m_version->setText(q.sampleTariff
                           ? tr("Tariff: %1 (sample, not the official price list)").arg(q.tariffVersion)
                           : tr("Tariff: %1").arg(q.tariffVersion));
    m_lines->setRowCount(int(q.lines.size()));
    for (int row = 0; row < q.lines.size(); ++row) {
        const tariff::QuoteLine& l = q.lines[row];
        const QString cells[] = {l.name, money(l.exVatKop), money(l.vatKop), money(l.totalKop)};
        for (int col = 0; col < 4; ++col) {
            auto* item = new QTableWidgetItem(cells[col]);
            if (col > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_lines->setItem(row, col, item);
        }
    }
    m_total->setText(tr("To pay: %1 (VAT %2 included)").arg(money(q.totalKop), money(q.vatKop)));
    QStringList details;
    details << (q.international ? tr("Country group %1").arg(q.zone) : tr("Zone %1").arg(q.zone));
    if (q.deliveryDaysMax > 0)
        details << (q.deliveryDaysMin == q.deliveryDaysMax
                        ? tr("delivery in %n day(s)", nullptr, q.deliveryDaysMax)
                        : tr("delivery in %1–%2 days").arg(q.deliveryDaysMin).arg(q.deliveryDaysMax));
    if (q.codFeeKop > 0)
        details
            << (q.codFeePayer == tariff::FeePayer::Sender
                    ? tr("COD transfer fee %1, paid by the sender now").arg(money(q.codFeeKop))
                    : tr("COD transfer fee %1, paid by the recipient at hand-over").arg(money(q.codFeeKop)));
    m_details->setText(details.join(QStringLiteral(" · ")));
}

void PricePanel::showErrors(const QList<Error>& errors)
{
    clear();
    QStringList lines;
    for (const Error& e : errors)
        lines << QStringLiteral("• ") + e.message;
    m_errors->setText(tr("Cannot be priced:") + u'\n' + lines.join(u'\n'));
    m_errors->show();
}

void PricePanel::showResult(const tariff::QuoteResult& result)
{
    if (result.ok())
        showQuote(result.quote);
    else
        showErrors(result.errors);
}

QString PricePanel::totalText() const
{
    return m_total->text();
}

QString PricePanel::versionText() const
{
    return m_version->text();
}

QString PricePanel::errorText() const
{
    return m_errors->text();
}

int PricePanel::lineCount() const
{
    return m_lines->rowCount();
}

} // namespace pc::app
