#pragma once
// Locks the counter's screen after a quiet spell (no key or mouse for the configured minutes) or on
// Ctrl+Shift+L: a modal log-in locked to the operator covers the window until the password is typed.
// The lock cannot be dismissed with Esc; a wrong password says why and waits.
#include <QObject>
#include <QPointer>
#include <QTimer>

class QWidget;

namespace pc::services {
class OperatorService;
}

namespace pc::app {

class LoginDialog;

class ScreenLock : public QObject {
    Q_OBJECT
public:
    // idleMs 0: only the key locks.
    ScreenLock(services::OperatorService& operators, QString operatorId, QWidget* window, int idleMs);

    bool isLocked() const { return !m_dialog.isNull(); }
    LoginDialog* dialog() const { return m_dialog; }

public slots:
    void lock();

signals:
    void locked();
    void unlocked();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    services::OperatorService& m_operators;
    QString m_operatorId;
    QWidget* m_window;
    QTimer m_idle;
    QPointer<LoginDialog> m_dialog;
};

} // namespace pc::app
