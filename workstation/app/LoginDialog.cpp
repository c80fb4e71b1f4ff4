#include "LoginDialog.h"

#include "services/shift/OperatorService.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pc::app {

LoginDialog::LoginDialog(services::OperatorService& operators, QWidget* parent)
    : QDialog(parent), m_operators(operators), m_purpose(new QLabel(tr("Log in"), this)),
      m_id(new QLineEdit(this)), m_password(new QLineEdit(this)), m_error(new QLabel(this))
{
    setWindowTitle(tr("PostCounter — log in"));
    m_id->setObjectName(QStringLiteral("operatorId"));
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_error->setObjectName(QStringLiteral("loginError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    QFont big = m_purpose->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    m_purpose->setFont(big);

    auto* form = new QFormLayout;
    form->addRow(tr("Operator id"), m_id);
    form->addRow(tr("Password"), m_password);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("loginButton"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_purpose);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &LoginDialog::tryLogin);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void LoginDialog::setPurpose(const QString& text)
{
    m_purpose->setText(text);
}

void LoginDialog::lockToOperator(const QString& operatorId)
{
    m_id->setText(operatorId);
    m_id->setReadOnly(true);
    m_password->setFocus();
}

QString LoginDialog::operatorId() const
{
    return m_id->text().trimmed();
}

QString LoginDialog::password() const
{
    return m_password->text();
}

void LoginDialog::tryLogin()
{
    auto op = m_operators.authenticate(operatorId(), password());
    m_password->clear();
    if (!op) {
        m_error->setText(op.error().message);
        m_password->setFocus();
        return;
    }
    m_error->clear();
    m_operator = *op;
    accept();
}

} // namespace pc::app
