#include "ShiftPanel.h"

#include "domain/Money.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace pc::app {

ShiftPanel::ShiftPanel(QWidget* parent)
    : QWidget(parent), m_title(new QLabel(this)), m_details(new QLabel(this)), m_warning(new QLabel(this)),
      m_open(new QPushButton(tr("Open shift"), this)), m_cashIn(new QPushButton(tr("Cash in"), this)),
      m_cashOut(new QPushButton(tr("Cash out"), this)), m_xReport(new QPushButton(tr("X-report"), this)),
      m_close(new QPushButton(tr("Close shift"), this)), m_password(new QPushButton(tr("Password…"), this)),
      m_resetPassword(new QPushButton(tr("Reset password…"), this))
{
    m_title->setObjectName(QStringLiteral("shiftTitle"));
    m_details->setObjectName(QStringLiteral("shiftDetails"));
    m_warning->setObjectName(QStringLiteral("shiftWarning"));
    m_warning->setWordWrap(true);
    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {m_open, m_cashIn, m_cashOut, m_xReport, m_close})
        buttons->addWidget(b);
    buttons->addStretch(1);
    m_open->setObjectName(QStringLiteral("openShiftButton"));
    m_cashIn->setObjectName(QStringLiteral("cashInButton"));
    m_cashOut->setObjectName(QStringLiteral("cashOutButton"));
    m_xReport->setObjectName(QStringLiteral("xReportButton"));
    m_close->setObjectName(QStringLiteral("closeShiftButton"));
    m_password->setObjectName(QStringLiteral("changePasswordButton"));
    m_resetPassword->setObjectName(QStringLiteral("resetPasswordButton"));
    buttons->addWidget(m_password);
    buttons->addWidget(m_resetPassword);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_details);
    layout->addWidget(m_warning);
    layout->addLayout(buttons);
    connect(m_open, &QPushButton::clicked, this, &ShiftPanel::openRequested);
    connect(m_cashIn, &QPushButton::clicked, this, &ShiftPanel::cashInRequested);
    connect(m_cashOut, &QPushButton::clicked, this, &ShiftPanel::cashOutRequested);
    connect(m_xReport, &QPushButton::clicked, this, &ShiftPanel::xReportRequested);
    connect(m_close, &QPushButton::clicked, this, &ShiftPanel::closeRequested);
    connect(m_password, &QPushButton::clicked, this, &ShiftPanel::passwordRequested);
    connect(m_resetPassword, &QPushButton::clicked, this, &ShiftPanel::resetPasswordRequested);
    setState({}, 0);
}

void ShiftPanel::setState(const services::ShiftState& state, qint64 expectedCashKop)
{
    const bool open = state.shift.has_value();
    m_open->setEnabled(!open);
    m_cashIn->setEnabled(open && !state.overLimit);
    m_cashOut->setEnabled(open && !state.overLimit);
    m_xReport->setEnabled(open);
    m_close->setEnabled(open);
    if (!open) {
        m_title->setText(tr("No open shift"));
        m_details->setText(tr("Open a shift to start working."));
        m_warning->setText(state.warning); // e.g. the database could not be read
        m_warning->setVisible(!state.warning.isEmpty());
        return;
    }
    const auto& s = *state.shift;
    m_title->setText(tr("Shift %1 — %2").arg(s.id).arg(s.operatorId));
    m_details->setText(tr("Open since %1 (%2 h %3 min); cash expected %4")
                           .arg(s.openedAtUtc.toLocalTime().toString(QStringLiteral("dd.MM HH:mm")))
                           .arg(state.ageSecs / 3600)
                           .arg(state.ageSecs % 3600 / 60)
                           .arg(Money::fromKopecks(expectedCashKop).format(NumberStyle::Russian)));
    m_warning->setText(state.warning);
    m_warning->setVisible(!state.warning.isEmpty()); // no empty line in the compact panel
    m_warning->setStyleSheet(state.overLimit   ? QStringLiteral("color: #b00020; font-weight: bold")
                             : state.nearLimit ? QStringLiteral("color: #a05a00")
                                               : QString());
}

} // namespace pc::app
