#pragma once
// Business clients' open lists (Ctrl+L on the acceptance screen): client, accepted of total; the
// selected list's still-missing barcodes. Enter scans against the selected list (an item that is not
// on it is refused), "All lists" leaves list mode, "Close list" closes it (asking first when items are
// missing) and shows the Ф.103 print job.
#include <QDialog>

class QLabel;
class QListWidget;
class QTableWidget;

namespace pc::services {
class BusinessListService;
}

namespace pc::app {

class BusinessListPanel : public QDialog {
    Q_OBJECT
public:
    BusinessListPanel(services::BusinessListService& lists, qint64 activeListId, QWidget* parent = nullptr);

    // The list chosen for scanning (0: all lists) once the dialog is accepted.
    qint64 selectedListId() const;
    void refresh();

public slots:
    void closeSelectedList();
    void chooseAllLists();

private:
    void showMissing();

    services::BusinessListService& m_service;
    QTableWidget* m_lists = nullptr;
    QLabel* m_missingTitle = nullptr;
    QListWidget* m_missing = nullptr;
    QLabel* m_result = nullptr;
    bool m_all = false;
};

} // namespace pc::app
