#include "VoidDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pc::app {

VoidDialog::VoidDialog(services::VoidService& voids, const QString& itemId, QWidget* parent)
    : QDialog(parent), m_voids(voids), m_itemId(itemId), m_reason(new QLineEdit(this)),
      m_sendersRequest(
          new QCheckBox(tr("At the sender's request (26.1; otherwise operator error, 26.2)"), this)),
      m_supervisor(new QLineEdit(this)), m_password(new QLineEdit(this)), m_error(new QLabel(this))
{
    setWindowTitle(tr("Void item %1").arg(itemId));
    auto* id = new QLabel(itemId, this);
    id->setObjectName(QStringLiteral("voidItemId"));
    id->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reason->setObjectName(QStringLiteral("voidReason"));
    m_sendersRequest->setObjectName(QStringLiteral("sendersRequest"));
    m_supervisor->setObjectName(QStringLiteral("supervisorId"));
    m_password->setObjectName(QStringLiteral("supervisorPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_error->setObjectName(QStringLiteral("voidError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));

    auto* form = new QFormLayout;
    form->addRow(tr("Item"), id);
    form->addRow(tr("&Reason"), m_reason);
    form->addRow(QString(), m_sendersRequest);
    form->addRow(tr("&Supervisor id"), m_supervisor);
    form->addRow(tr("Supervisor &password"), m_password);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("voidButton"));
    m_ok->setText(tr("Void the item"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &VoidDialog::tryVoid);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QLineEdit::textChanged, this, &VoidDialog::updateOk);
    connect(m_supervisor, &QLineEdit::textChanged, this, &VoidDialog::updateOk);
    updateOk();
    m_reason->setFocus();
}

void VoidDialog::updateOk()
{
    // The service checks again; here the clerk cannot press OK without what it will ask for.
    m_ok->setEnabled(!m_reason->text().trimmed().isEmpty() && !m_supervisor->text().trimmed().isEmpty());
}

void VoidDialog::tryVoid()
{
    if (!m_ok->isEnabled()) {
        m_error->setText(tr("Type the reason and the supervisor's id."));
        return;
    }
    services::VoidRequest request;
    request.itemId = m_itemId;
    request.reason = m_reason->text().trimmed();
    request.sendersRequest = m_sendersRequest->isChecked();
    request.supervisorId = m_supervisor->text().trimmed();
    request.supervisorPassword = m_password->text();
    auto done = m_voids.voidItem(request);
    m_password->clear();
    if (!done) {
        m_error->setText(done.error().message);
        m_password->setFocus();
        return;
    }
    m_error->clear();
    m_result = *done;
    accept();
}

} // namespace pc::app
