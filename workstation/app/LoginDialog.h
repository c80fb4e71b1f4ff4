#pragma once
// The log-in screen: operator id and password, checked by OperatorService (Argon2id, lockout). Also
// serves the screen lock (the same operator types the password again) and a supervisor's approval
// on the clerk's screen (setPurpose). The dialog does not close on a wrong password; it says why.
#include "db/shift/OperatorRepository.h"

#include <QDialog>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace pc::services {
class OperatorService;
}

namespace pc::app {

class LoginDialog : public QDialog {
    Q_OBJECT
public:
    LoginDialog(services::OperatorService& operators, QWidget* parent = nullptr);

    // "Log in", "Unlock the screen", "Supervisor approval: closing with a discrepancy"…
    void setPurpose(const QString& text);
    // Screen lock: the id is fixed, only the password is asked.
    void lockToOperator(const QString& operatorId);

    const std::optional<db::OperatorRecord>& loggedIn() const { return m_operator; }
    // For a supervisor approval: what was typed (the approval itself is recorded by the service).
    QString operatorId() const;
    QString password() const;

public slots:
    void tryLogin();

private:
    services::OperatorService& m_operators;
    QLabel* m_purpose;
    QLineEdit* m_id;
    QLineEdit* m_password;
    QLabel* m_error;
    QPushButton* m_ok;
    std::optional<db::OperatorRecord> m_operator;
};

} // namespace pc::app
