#pragma once
// The inventory of contents (опись вложения, Ф.107) of an item with service 23: lines of description,
// quantity and declared value in rubles. Insert adds a line, Delete in the table removes the current
// one. The sum is shown next to the item's declared value (sumLabel()); the rules check they agree.
#include "domain/acceptance/Shipment.h"

#include <QGroupBox>

class QLabel;
class QTableWidget;

namespace pc::app {

class InventoryEditor : public QGroupBox {
    Q_OBJECT
public:
    explicit InventoryEditor(QWidget* parent = nullptr);

    QList<acceptance::InventoryLine> lines() const;
    void setLines(const QList<acceptance::InventoryLine>& lines);
    void clear();
    qint64 sumKop() const;
    // Shows the sum against the declared value (empty while the editor is hidden). Owned by the
    // editor, placed by the screen next to the declared value field.
    void showSum(qint64 declaredKop);
    QLabel* sumLabel() const { return m_sum; }
    QTableWidget* table() const { return m_lines; }

public slots:
    void addLine();
    void removeCurrentLine();

signals:
    void changed();

private:
    QTableWidget* m_lines = nullptr;
    QLabel* m_sum = nullptr;
};

} // namespace pc::app
