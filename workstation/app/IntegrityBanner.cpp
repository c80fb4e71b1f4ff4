#include "IntegrityBanner.h"

#include "services/security/JournalIntegrityCheck.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMainWindow>
#include <QVBoxLayout>

namespace pc::app {

IntegrityBanner::IntegrityBanner(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("integrityBanner"));
    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window, QColor(0xb0, 0x00, 0x20));
    p.setColor(QPalette::WindowText, Qt::white);
    setPalette(p);
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(8, 4, 8, 4);
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("integrityBannerText"));
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse); // the admin copies the row number
    QFont f = m_label->font();
    f.setBold(true);
    m_label->setFont(f);
    row->addWidget(m_label, 1);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    hide();
}

void IntegrityBanner::showAlert(const QString& text)
{
    m_label->setText(tr("Security alert: %1").arg(text));
    show();
}

QString IntegrityBanner::text() const
{
    return m_label->text();
}

IntegrityBanner* IntegrityBanner::attachTo(QMainWindow* window, const db::Connection& connection,
                                           const QString& databasePath, const QString& counterId)
{
    auto* container = new QWidget(window);
    auto* column = new QVBoxLayout(container);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    auto* banner = new IntegrityBanner(container);
    column->addWidget(banner);
    if (QWidget* central = window->takeCentralWidget())
        column->addWidget(central, 1);
    window->setCentralWidget(container);

    using services::security::JournalIntegrityCheck;
    const auto check =
        JournalIntegrityCheck(connection, JournalIntegrityCheck::defaultAlertLogPath(databasePath), counterId)
            .run();
    if (!check)
        banner->showAlert(tr("the operation journal could not be checked: %1").arg(check.error().message));
    else if (!check->ok())
        banner->showAlert(check->alertText);
    return banner;
}

} // namespace pc::app
