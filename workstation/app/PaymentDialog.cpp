#include "PaymentDialog.h"

#include "domain/Money.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace pc::app {

namespace {
QString rub(qint64 kop)
{
    return Money::fromKopecks(kop).format(numberStyleFor(QLocale()));
}
} // namespace

PaymentDialog::PaymentDialog(qint64 totalKop, QWidget* parent) : QDialog(parent), m_total(totalKop)
{
    setWindowTitle(tr("Payment"));
    setObjectName(QStringLiteral("paymentDialog"));
    auto* total = new QLabel(tr("Total: %1").arg(rub(totalKop)), this);
    total->setObjectName(QStringLiteral("paymentTotalLabel"));
    QFont big = total->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    total->setFont(big);

    m_cash = new QRadioButton(tr("&1 Cash"), this);
    m_card = new QRadioButton(tr("&2 Card"), this);
    m_contractMethod = new QRadioButton(tr("&3 Contract"), this);
    m_cash->setObjectName(QStringLiteral("cashRadio"));
    m_card->setObjectName(QStringLiteral("cardRadio"));
    m_contractMethod->setObjectName(QStringLiteral("contractRadio"));
    auto* group = new QButtonGroup(this);
    for (QRadioButton* b : {m_cash, m_card, m_contractMethod})
        group->addButton(b);
    m_cash->setChecked(true);

    m_tendered = new QLineEdit(this);
    m_tendered->setObjectName(QStringLiteral("tenderedEdit"));
    m_tendered->setText(Money::fromKopecks(totalKop).format(numberStyleFor(QLocale()), false));
    m_change = new QLabel(this);
    m_change->setObjectName(QStringLiteral("changeLabel"));
    m_change->setFont(big);
    m_contract = new QLineEdit(this);
    m_contract->setObjectName(QStringLiteral("contractEdit"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("paymentErrorLabel"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    m_error->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Pay (Enter)"));
    buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &PaymentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PaymentDialog::reject);

    auto* methods = new QHBoxLayout;
    for (QRadioButton* b : {m_cash, m_card, m_contractMethod})
        methods->addWidget(b);
    auto* form = new QFormLayout;
    form->addRow(tr("&Tendered, ₽:"), m_tendered);
    form->addRow(tr("Change:"), m_change);
    form->addRow(tr("C&ontract number:"), m_contract);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(total);
    layout->addLayout(methods);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_tendered, &QLineEdit::textChanged, this, &PaymentDialog::update);
    connect(group, &QButtonGroup::buttonToggled, this, &PaymentDialog::update);
    update();
    // The method first (1/2/3; Enter here pays cash, the exact amount); 1 goes on to the amount.
    m_cash->setFocus();
}

acceptance::PaymentMethod PaymentDialog::method() const
{
    if (m_card->isChecked())
        return acceptance::PaymentMethod::Card;
    if (m_contractMethod->isChecked())
        return acceptance::PaymentMethod::Contract;
    return acceptance::PaymentMethod::Cash;
}

void PaymentDialog::choose(acceptance::PaymentMethod m)
{
    QRadioButton* b = m == acceptance::PaymentMethod::Card       ? m_card
                      : m == acceptance::PaymentMethod::Contract ? m_contractMethod
                                                                 : m_cash;
    b->setChecked(true);
    if (m == acceptance::PaymentMethod::Cash) {
        m_tendered->setFocus();
        m_tendered->selectAll();
    } else if (m == acceptance::PaymentMethod::Contract) {
        m_contract->setFocus();
    } else {
        b->setFocus();
    }
}

void PaymentDialog::presetContract(const QString& contract)
{
    m_contract->setText(contract);
    choose(acceptance::PaymentMethod::Contract);
}

void PaymentDialog::keyPressEvent(QKeyEvent* event)
{
    // Digits typed into the amount or contract field never get here: those fields take them.
    switch (event->key()) {
    case Qt::Key_1:
        choose(acceptance::PaymentMethod::Cash);
        return;
    case Qt::Key_2:
        choose(acceptance::PaymentMethod::Card);
        return;
    case Qt::Key_3:
        choose(acceptance::PaymentMethod::Contract);
        return;
    default:
        QDialog::keyPressEvent(event);
    }
}

std::optional<qint64> PaymentDialog::tendered() const
{
    if (m_tendered->text().trimmed().isEmpty())
        return m_total;
    auto m = Money::parse(m_tendered->text(), numberStyleFor(QLocale()));
    if (!m)
        return std::nullopt;
    return m->kopecks();
}

void PaymentDialog::update()
{
    const bool cash = method() == acceptance::PaymentMethod::Cash;
    m_tendered->setEnabled(cash);
    m_contract->setEnabled(method() == acceptance::PaymentMethod::Contract);
    m_error->clear();
    m_change->clear();
    if (!cash)
        return;
    const auto amount = tendered();
    if (!amount) {
        m_error->setText(tr("Type the amount the customer gives, e.g. 1000 or 1000,50."));
        return;
    }
    auto tender = acceptance::tenderCash(m_total, *amount);
    if (!tender) {
        m_error->setText(tender.error().message);
        return;
    }
    m_change->setText(rub(tender->changeKop));
}

qint64 PaymentDialog::changeKop() const
{
    if (method() != acceptance::PaymentMethod::Cash)
        return 0;
    const auto amount = tendered();
    auto tender = acceptance::tenderCash(m_total, amount.value_or(0));
    return tender ? tender->changeKop : 0;
}

acceptance::PaymentChoice PaymentDialog::choice() const
{
    acceptance::PaymentChoice c;
    c.method = method();
    if (c.method == acceptance::PaymentMethod::Cash)
        c.tenderedKop = tendered();
    return c;
}

QString PaymentDialog::contract() const
{
    return method() == acceptance::PaymentMethod::Contract ? m_contract->text().trimmed() : QString();
}

void PaymentDialog::accept()
{
    if (method() == acceptance::PaymentMethod::Cash) {
        const auto amount = tendered();
        if (!amount) {
            m_error->setText(tr("Type the amount the customer gives, e.g. 1000 or 1000,50."));
            m_tendered->setFocus();
            return;
        }
        if (auto tender = acceptance::tenderCash(m_total, *amount); !tender) {
            m_error->setText(tender.error().message);
            m_tendered->setFocus();
            m_tendered->selectAll();
            return;
        }
    }
    if (method() == acceptance::PaymentMethod::Contract && m_contract->text().trimmed().isEmpty()) {
        m_error->setText(tr("Type the business client's contract number."));
        m_contract->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace pc::app
