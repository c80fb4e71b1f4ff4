#pragma once
// Voiding an accepted item: the reason (required), whether the sender asked for it (tracking 26.1
// instead of 26.2, operator error), and the supervisor who approves with their own id and password
// on the clerk's screen. OK runs VoidService; the dialog stays open on a refusal and says why.
#include "services/acceptance/VoidService.h"

#include <QDialog>
#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace pc::app {

class VoidDialog : public QDialog {
    Q_OBJECT
public:
    VoidDialog(services::VoidService& voids, const QString& itemId, QWidget* parent = nullptr);

    const QString& itemId() const { return m_itemId; }
    // Set once the void went through (the dialog is then accepted).
    const std::optional<services::VoidResult>& voided() const { return m_result; }

public slots:
    void tryVoid();

private:
    void updateOk();

    services::VoidService& m_voids;
    QString m_itemId;
    QLineEdit* m_reason;
    QCheckBox* m_sendersRequest;
    QLineEdit* m_supervisor;
    QLineEdit* m_password;
    QLabel* m_error;
    QPushButton* m_ok;
    std::optional<services::VoidResult> m_result;
};

} // namespace pc::app
