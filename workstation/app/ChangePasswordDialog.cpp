#include "ChangePasswordDialog.h"

#include "services/shift/OperatorService.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace pc::app {

QLineEdit* ChangePasswordDialog::addPasswordField(const QString& objectName)
{
    auto* e = new QLineEdit(this);
    e->setObjectName(objectName);
    e->setEchoMode(QLineEdit::Password);
    return e;
}

ChangePasswordDialog::ChangePasswordDialog(services::OperatorService& operators, Mode mode,
                                           const QString& operatorId, QWidget* parent)
    : QDialog(parent), m_operators(operators), m_mode(mode), m_operatorId(operatorId),
      m_error(new QLabel(this))
{
    auto* form = new QFormLayout(this);
    if (mode == Mode::Own) {
        setWindowTitle(tr("Change your password"));
        form->addRow(tr("Operator"), new QLabel(operatorId, this));
        m_old = addPasswordField(QStringLiteral("oldPassword"));
        form->addRow(tr("&Current password"), m_old);
    } else {
        setWindowTitle(tr("Reset an operator's password"));
        m_target = new QLineEdit(this);
        m_target->setObjectName(QStringLiteral("targetOperator"));
        form->addRow(tr("&Operator id"), m_target);
    }
    m_new = addPasswordField(QStringLiteral("newPassword"));
    m_repeat = addPasswordField(QStringLiteral("repeatPassword"));
    form->addRow(tr("&New password"), m_new);
    form->addRow(tr("&Repeat the new password"), m_repeat);
    if (mode == Mode::Reset) {
        m_supervisor = new QLineEdit(operatorId, this);
        m_supervisor->setObjectName(QStringLiteral("supervisorId"));
        m_supervisorPassword = addPasswordField(QStringLiteral("supervisorPassword"));
        form->addRow(tr("&Supervisor id"), m_supervisor);
        form->addRow(tr("Supervisor &password"), m_supervisorPassword);
    }
    m_error->setObjectName(QStringLiteral("passwordError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    form->addRow(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("savePassword"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::trySave);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    (m_old ? m_old : m_target)->setFocus();
}

void ChangePasswordDialog::trySave()
{
    auto refuse = [this](const QString& message, QLineEdit* focus) {
        m_error->setText(message);
        for (QLineEdit* e : {m_old, m_new, m_repeat, m_supervisorPassword})
            if (e)
                e->clear();
        focus->setFocus();
    };
    if (m_new->text() != m_repeat->text())
        return refuse(tr("The two new passwords differ: type the new password twice."), m_new);
    Status st = m_mode == Mode::Own ? m_operators.changePassword(m_operatorId, m_old->text(), m_new->text())
                                    : m_operators.resetPasswordAs(m_supervisor->text().trimmed(),
                                                                  m_supervisorPassword->text(),
                                                                  m_target->text().trimmed(), m_new->text());
    if (!st)
        return refuse(st.error().message, m_old ? m_old : m_new);
    m_error->clear();
    accept();
}

} // namespace pc::app
