#pragma once
// The customs declaration (CN 22 / CN 23) of an international item, compact: category (with the
// explanation for "Other"), currency and the lines (description, quantity, net weight, value, HS code,
// origin). Insert adds a line, Delete in the table removes the current one. Shows which form the rules
// require and the totals against the item's weight.
#include "domain/acceptance/ShipmentRules.h"

#include <QGroupBox>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace pc::app {

class CustomsEditor : public QGroupBox {
    Q_OBJECT
public:
    explicit CustomsEditor(QWidget* parent = nullptr);

    // nullopt while nothing is declared (no lines): the rules then say whether a declaration is needed.
    std::optional<acceptance::CustomsDeclaration> declaration() const;
    void setDeclaration(const std::optional<acceptance::CustomsDeclaration>& declaration);
    void clear();
    // The form the rules require for the item as it stands, and the totals against its weight.
    void showStatus(acceptance::CustomsForm required, const acceptance::CustomsRules& rules,
                    qint64 itemWeightG);

    QTableWidget* table() const { return m_lines; }

public slots:
    void addLine();
    void removeCurrentLine();

signals:
    void changed();

private:
    QComboBox* m_category = nullptr;
    QLineEdit* m_explanation = nullptr;
    QComboBox* m_currency = nullptr;
    QTableWidget* m_lines = nullptr;
    QLabel* m_form = nullptr;
    QLabel* m_totals = nullptr;
};

} // namespace pc::app
