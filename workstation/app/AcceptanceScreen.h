#pragma once
// The acceptance screen: scan or type an identifier (or F2/F3 to allocate a new one at commit),
// enter the weight, press Enter to accept. The whole path works from the keyboard.
#include "services/AcceptanceService.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace pc::app {

class AcceptanceScreen : public QWidget {
    Q_OBJECT
public:
    explicit AcceptanceScreen(services::AcceptanceService& acceptance, QWidget* parent = nullptr);

    void refreshToday();

signals:
    void itemAccepted(const QString& id);

private:
    void allocateOnAccept(IdKind kind);
    void clearForm();
    void onIdEntered();
    void accept();
    void showError(const QString& message);
    void prependRow(const QString& id, const QString& kind, qint64 grams, const QDateTime& atUtc);

    services::AcceptanceService& m_acceptance;
    QLineEdit* m_id = nullptr;
    QLineEdit* m_weight = nullptr;
    QLabel* m_idHint = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_acceptButton = nullptr;
    QTableWidget* m_today = nullptr;
    std::optional<IdKind> m_allocate; // set by F2/F3: a new identifier is allocated in the commit
};

} // namespace pc::app
