#include "CountCashDialog.h"

#include "domain/Money.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace pc::app {

namespace {
QString rub(qint64 kop)
{
    return Money::fromKopecks(kop).format(NumberStyle::Russian);
}
} // namespace

CountCashDialog::CountCashDialog(qint64 expectedKop, QWidget* parent)
    : QDialog(parent), m_expectedKop(expectedKop), m_total(new QLabel(this)), m_difference(new QLabel(this)),
      m_reason(new QLineEdit(this)), m_supervisor(new QLineEdit(this)),
      m_supervisorPassword(new QLineEdit(this))
{
    setWindowTitle(tr("Count the cash"));
    auto* grid = new QGridLayout;
    const auto& denoms = services::CashCount::denominations();
    int row = 0;
    for (auto it = denoms.crbegin(); it != denoms.crend(); ++it, ++row) {
        auto* spin = new QSpinBox(this);
        spin->setRange(0, 100000);
        spin->setObjectName(QStringLiteral("pieces_%1").arg(*it));
        m_pieces.insert(*it, spin);
        grid->addWidget(new QLabel(rub(*it), this), row % 8, (row / 8) * 2);
        grid->addWidget(spin, row % 8, (row / 8) * 2 + 1);
        connect(spin, &QSpinBox::valueChanged, this, &CountCashDialog::updateTotals);
    }
    m_total->setObjectName(QStringLiteral("countedTotal"));
    m_difference->setObjectName(QStringLiteral("difference"));
    m_reason->setObjectName(QStringLiteral("reason"));
    m_supervisor->setObjectName(QStringLiteral("supervisorId"));
    m_supervisorPassword->setObjectName(QStringLiteral("supervisorPassword"));
    m_supervisorPassword->setEchoMode(QLineEdit::Password);

    auto* form = new QFormLayout;
    form->addRow(tr("Expected"), new QLabel(rub(expectedKop), this));
    form->addRow(tr("Counted"), m_total);
    form->addRow(tr("Difference"), m_difference);
    form->addRow(tr("Reason"), m_reason);
    form->addRow(tr("Supervisor id"), m_supervisor);
    form->addRow(tr("Supervisor password"), m_supervisorPassword);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Close the shift"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QLineEdit::textChanged, this, &CountCashDialog::updateTotals);
    connect(m_supervisor, &QLineEdit::textChanged, this, &CountCashDialog::updateTotals);
    updateTotals();
}

void CountCashDialog::setCount(qint64 denominationKop, int pieces)
{
    if (QSpinBox* s = m_pieces.value(denominationKop))
        s->setValue(pieces);
}

qint64 CountCashDialog::countedKop() const
{
    services::CashCount c;
    for (auto it = m_pieces.cbegin(); it != m_pieces.cend(); ++it)
        if (it.value()->value() > 0)
            c.pieces[it.key()] = it.value()->value();
    return c.total().valueOr(0);
}

services::CloseRequest CountCashDialog::request() const
{
    services::CloseRequest r;
    for (auto it = m_pieces.cbegin(); it != m_pieces.cend(); ++it)
        if (it.value()->value() > 0)
            r.count.pieces[it.key()] = it.value()->value();
    r.countedTotalKop = countedKop();
    if (discrepancyKop() != 0) {
        r.reason = m_reason->text().trimmed();
        r.supervisorId = m_supervisor->text().trimmed();
        r.supervisorPassword = m_supervisorPassword->text();
    }
    return r;
}

void CountCashDialog::updateTotals()
{
    const qint64 diff = discrepancyKop();
    m_total->setText(rub(countedKop()));
    m_difference->setText(diff == 0 ? tr("none") : rub(diff));
    const bool needsApproval = diff != 0;
    m_reason->setEnabled(needsApproval);
    m_supervisor->setEnabled(needsApproval);
    m_supervisorPassword->setEnabled(needsApproval);
    // The service checks again; here the clerk simply cannot press Close without what it will ask.
    m_ok->setEnabled(!needsApproval ||
                     (!m_reason->text().trimmed().isEmpty() && !m_supervisor->text().trimmed().isEmpty()));
}

} // namespace pc::app
