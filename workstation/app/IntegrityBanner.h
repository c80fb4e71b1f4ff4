#pragma once
// A red strip above the counter's screens while the operation journal is broken (see
// services/security/JournalIntegrityCheck.h). It stays for the whole session: the clerk keeps
// selling, and whoever looks at the screen knows the administrator must be called.
#include <QWidget>

class QLabel;
class QMainWindow;

namespace pc::db {
class Connection;
}

namespace pc::app {

class IntegrityBanner : public QWidget {
    Q_OBJECT
public:
    explicit IntegrityBanner(QWidget* parent = nullptr);

    void showAlert(const QString& text);
    QString text() const;

    // Runs the journal check on the window's database and, when the chain is broken, puts a banner
    // above the window's central widget. Returns the banner (hidden when the journal is intact).
    static IntegrityBanner* attachTo(QMainWindow* window, const db::Connection& connection,
                                     const QString& databasePath, const QString& counterId);

private:
    QLabel* m_label = nullptr;
};

} // namespace pc::app
