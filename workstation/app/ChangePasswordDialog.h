#pragma once
// Changing a password on the counter's screen. Own password: the old one and the new one twice. Reset:
// a supervisor types another operator's id, the new password twice, and their own id and password
// (OperatorService::resetPasswordAs decides who may reset whom). The rules are the service's; the
// dialog only checks that the two new passwords match. It stays open on a refusal and says why.
#include <QDialog>

class QLabel;
class QLineEdit;

namespace pc::services {
class OperatorService;
}

namespace pc::app {

class ChangePasswordDialog : public QDialog {
    Q_OBJECT
public:
    enum class Mode { Own, Reset };
    // Own: operatorId is the logged-in operator. Reset: operatorId is the supervisor at the counter
    // (pre-filled, may be changed).
    ChangePasswordDialog(services::OperatorService& operators, Mode mode, const QString& operatorId,
                         QWidget* parent = nullptr);

public slots:
    void trySave();

private:
    QLineEdit* addPasswordField(const QString& objectName);

    services::OperatorService& m_operators;
    Mode m_mode;
    QString m_operatorId;
    QLineEdit* m_target = nullptr; // reset: whose password
    QLineEdit* m_old = nullptr;    // own: the old password
    QLineEdit* m_new = nullptr;
    QLineEdit* m_repeat = nullptr;
    QLineEdit* m_supervisor = nullptr; // reset: who resets
    QLineEdit* m_supervisorPassword = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace pc::app
