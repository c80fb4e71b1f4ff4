// The declarations half of the acceptance screen: the customs declaration of an international item,
// the inventory (Ф.107) of one with service 23, and business list mode (Ctrl+L).
#include "AcceptanceScreen.h"
#include "BusinessListPanel.h"
#include "CustomsEditor.h"
#include "InventoryEditor.h"
#include "services/acceptance/CounterServices.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QShortcut>
#include <QTableWidget>

namespace pc::app {

namespace {
constexpr int kInventoryService = 23; // опись вложения, Ф.107 (DOMAIN.md §2)
}

void AcceptanceScreen::buildDeclarations(QFormLayout* form)
{
    m_customs = new CustomsEditor(this);
    m_customs->setObjectName(QStringLiteral("customsEditor"));
    m_customs->hide();
    m_inventory = new InventoryEditor(this);
    m_inventory->setObjectName(QStringLiteral("inventoryEditor"));
    m_inventory->hide();
    // After the services, before the issues: they are filled once the product and services are chosen.
    form->insertRow(form->rowCount() - 3, m_customs);
    form->insertRow(form->rowCount() - 3, m_inventory);

    // The inventory's sum right next to the declared value it has to match.
    auto* declaredRow = new QWidget(this);
    auto* row = new QHBoxLayout(declaredRow);
    row->setContentsMargins(0, 0, 0, 0);
    delete form->replaceWidget(m_declared, declaredRow);
    row->addWidget(m_declared, 1);
    row->addWidget(m_inventory->sumLabel());

    m_listMode = new QLabel(this);
    m_listMode->setObjectName(QStringLiteral("listModeLabel"));
    m_listMode->setStyleSheet(QStringLiteral("color: #0d47a1; font-weight: bold;"));
    form->insertRow(2, QString(), m_listMode);
    m_listMode->hide();

    connect(m_customs, &CustomsEditor::changed, this, &AcceptanceScreen::requote);
    connect(m_inventory, &InventoryEditor::changed, this, &AcceptanceScreen::requote);
    auto* f9 = new QShortcut(QKeySequence(Qt::Key_F9), this);
    connect(f9, &QShortcut::activated, this, [this] {
        if (!m_customs->isVisible())
            return;
        if (m_customs->table()->rowCount() == 0)
            m_customs->addLine();
        else
            m_customs->table()->setFocus();
    });
    auto* f10 = new QShortcut(QKeySequence(Qt::Key_F10), this);
    connect(f10, &QShortcut::activated, this, [this] {
        if (!m_inventory->isVisible())
            return;
        if (m_inventory->table()->rowCount() == 0)
            m_inventory->addLine();
        else
            m_inventory->table()->setFocus();
    });
    auto* ctrlL = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_L), this);
    connect(ctrlL, &QShortcut::activated, this, &AcceptanceScreen::openListPanel);
}

void AcceptanceScreen::putDeclarations(acceptance::Shipment& s) const
{
    if (!m_customs)
        return;
    s.customs = s.international() ? m_customs->declaration() : std::nullopt;
    s.inventory = s.hasService(kInventoryService) ? m_inventory->lines() : QList<acceptance::InventoryLine>{};
}

void AcceptanceScreen::showDeclarations(const acceptance::Shipment& s)
{
    if (!m_customs)
        return;
    m_customs->setVisible(s.international());
    if (s.international())
        m_customs->showStatus(acceptance::requiredCustomsForm(s, m_counter->sales.rules().customs),
                              m_counter->sales.rules().customs, s.weightG);
    const bool inventory = s.hasService(kInventoryService);
    m_inventory->setVisible(inventory);
    m_inventory->sumLabel()->setVisible(inventory);
    if (inventory)
        m_inventory->showSum(s.declaredValueKop);
}

void AcceptanceScreen::fillDeclarations(const acceptance::Shipment& registered)
{
    if (!m_customs)
        return;
    m_customs->setDeclaration(registered.customs);
    m_inventory->setLines(registered.inventory);
}

void AcceptanceScreen::clearDeclarations()
{
    if (!m_customs)
        return;
    m_customs->clear();
    m_inventory->clear();
}

void AcceptanceScreen::openListPanel()
{
    auto* panel = new BusinessListPanel(m_counter->lists, m_activeListId, this);
    panel->setAttribute(Qt::WA_DeleteOnClose);
    connect(panel, &QDialog::finished, this, [this, panel](int result) {
        if (result == QDialog::Accepted)
            m_activeListId = panel->selectedListId();
        std::optional<db::BusinessListRecord> active;
        if (m_activeListId > 0) {
            // The list may have been closed in the panel: list mode ends with it.
            auto p = m_counter->lists.progress(m_activeListId);
            if (p && p->state == QLatin1String("open"))
                active = *p;
            else
                m_activeListId = 0;
        }
        m_listMode->setVisible(active.has_value());
        m_listMode->setText(active ? tr("List mode: %1, %2 (%3 of %4 accepted) · Ctrl+L to change")
                                         .arg(active->clientName, active->sourceName)
                                         .arg(active->accepted)
                                         .arg(active->accepted + active->expected)
                                   : QString());
        m_id->setFocus();
    });
    panel->open();
}

} // namespace pc::app
