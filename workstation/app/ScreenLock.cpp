#include "ScreenLock.h"

#include "LoginDialog.h"

#include <QApplication>
#include <QEvent>
#include <QShortcut>
#include <QWidget>

namespace pc::app {

ScreenLock::ScreenLock(services::OperatorService& operators, QString operatorId, QWidget* window, int idleMs)
    : QObject(window), m_operators(operators), m_operatorId(std::move(operatorId)), m_window(window)
{
    auto* key = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L), window);
    key->setContext(Qt::ApplicationShortcut);
    connect(key, &QShortcut::activated, this, &ScreenLock::lock);
    m_idle.setSingleShot(true);
    connect(&m_idle, &QTimer::timeout, this, &ScreenLock::lock);
    if (idleMs > 0) {
        m_idle.setInterval(idleMs);
        m_idle.start();
        qApp->installEventFilter(this);
    }
}

bool ScreenLock::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
        if (!isLocked() && m_idle.interval() > 0)
            m_idle.start(); // someone is working: the quiet spell starts again
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void ScreenLock::lock()
{
    if (isLocked())
        return;
    m_idle.stop();
    m_dialog = new LoginDialog(m_operators, m_window);
    m_dialog->setObjectName(QStringLiteral("screenLock"));
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->setPurpose(tr("The screen is locked. Type your password to continue."));
    m_dialog->lockToOperator(m_operatorId);
    m_dialog->setWindowModality(Qt::ApplicationModal);
    connect(m_dialog, &QDialog::finished, this, [this](int result) {
        if (result != QDialog::Accepted) {
            // Esc or the close button do not unlock: the dialog comes back at once.
            m_dialog = nullptr;
            QMetaObject::invokeMethod(this, &ScreenLock::lock, Qt::QueuedConnection);
            return;
        }
        m_dialog = nullptr;
        if (m_idle.interval() > 0)
            m_idle.start();
        emit unlocked();
    });
    m_dialog->open();
    emit locked();
}

} // namespace pc::app
