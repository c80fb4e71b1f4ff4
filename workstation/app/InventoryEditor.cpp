#include "InventoryEditor.h"

#include "domain/Money.h"

#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QShortcut>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pc::app {

namespace {
enum Column { IDescription, IQuantity, IValue, ICount };

QString cell(const QTableWidget* t, int row, int column)
{
    const QTableWidgetItem* item = t->item(row, column);
    return item ? item->text().trimmed() : QString();
}

QString rub(qint64 kop, bool sign = true)
{
    return Money::fromKopecks(kop).format(numberStyleFor(QLocale()), sign);
}
} // namespace

InventoryEditor::InventoryEditor(QWidget* parent)
    : QGroupBox(tr("Inventory of contents, Ф.107 (F10)"), parent)
{
    m_lines = new QTableWidget(0, ICount, this);
    m_lines->setObjectName(QStringLiteral("inventoryLinesTable"));
    m_lines->setHorizontalHeaderLabels({tr("Description"), tr("Qty"), tr("Declared value, ₽")});
    m_lines->horizontalHeader()->setSectionResizeMode(IDescription, QHeaderView::Stretch);
    m_lines->verticalHeader()->hide();
    // No EditKeyPressed: F2 is the screen's "new barcode"; typing or moving to a cell edits it.
    m_lines->setEditTriggers(QAbstractItemView::CurrentChanged | QAbstractItemView::AnyKeyPressed |
                             QAbstractItemView::DoubleClicked);
    m_lines->setMaximumHeight(130);
    m_sum = new QLabel(this);
    m_sum->setObjectName(QStringLiteral("inventorySumLabel"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_lines);
    layout->addWidget(new QLabel(tr("Insert: add a line · Delete: remove the line"), this));

    auto* add =
        new QShortcut(QKeySequence(Qt::Key_Insert), this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(add, &QShortcut::activated, this, &InventoryEditor::addLine);
    auto* remove = new QShortcut(QKeySequence(Qt::Key_Delete), m_lines, nullptr, nullptr, Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, this, &InventoryEditor::removeCurrentLine);
    connect(m_lines, &QTableWidget::itemChanged, this, &InventoryEditor::changed);
}

void InventoryEditor::addLine()
{
    const int row = m_lines->rowCount();
    {
        QSignalBlocker block(m_lines);
        m_lines->insertRow(row);
        const QStringList defaults = {QString(), QStringLiteral("1"), QString()};
        for (int c = 0; c < ICount; ++c)
            m_lines->setItem(row, c, new QTableWidgetItem(defaults[c]));
    }
    m_lines->setFocus();
    m_lines->setCurrentCell(row, IDescription); // opens the cell's editor (edit trigger CurrentChanged)
    if (!m_lines->isAncestorOf(QApplication::focusWidget()) || QApplication::focusWidget() == m_lines)
        m_lines->editItem(m_lines->item(row, IDescription));
    emit changed();
}

void InventoryEditor::removeCurrentLine()
{
    const int row = m_lines->currentRow();
    if (row < 0)
        return;
    m_lines->removeRow(row);
    emit changed();
}

QList<acceptance::InventoryLine> InventoryEditor::lines() const
{
    QList<acceptance::InventoryLine> out;
    for (int r = 0; r < m_lines->rowCount(); ++r) {
        acceptance::InventoryLine l;
        l.description = cell(m_lines, r, IDescription);
        bool ok = false;
        l.quantity = cell(m_lines, r, IQuantity).toInt(&ok);
        if (!ok)
            l.quantity = 0; // the rules then name the line
        const QString value = cell(m_lines, r, IValue);
        if (!value.isEmpty()) {
            auto m = Money::parse(value, numberStyleFor(QLocale()));
            l.declaredValueKop = m ? m->kopecks() : -1;
        }
        out << l;
    }
    return out;
}

void InventoryEditor::setLines(const QList<acceptance::InventoryLine>& lines)
{
    {
        QSignalBlocker block(m_lines);
        m_lines->setRowCount(0);
        for (const auto& l : lines) {
            const int row = m_lines->rowCount();
            m_lines->insertRow(row);
            const QStringList cells = {l.description, QString::number(l.quantity),
                                       rub(l.declaredValueKop, false)};
            for (int c = 0; c < ICount; ++c)
                m_lines->setItem(row, c, new QTableWidgetItem(cells[c]));
        }
    }
    emit changed();
}

void InventoryEditor::clear()
{
    QSignalBlocker block(m_lines);
    m_lines->setRowCount(0);
    m_sum->clear();
}

qint64 InventoryEditor::sumKop() const
{
    qint64 sum = 0;
    for (const auto& l : lines())
        sum += std::max<qint64>(0, l.declaredValueKop);
    return sum;
}

void InventoryEditor::showSum(qint64 declaredKop)
{
    const qint64 sum = sumKop();
    m_sum->setText(tr("Ф.107: %1").arg(rub(sum)));
    m_sum->setStyleSheet(sum == declaredKop ? QStringLiteral("color: #1b5e20;")
                                            : QStringLiteral("color: #b00020; font-weight: bold;"));
}

} // namespace pc::app
