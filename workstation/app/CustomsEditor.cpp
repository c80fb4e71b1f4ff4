#include "CustomsEditor.h"

#include "domain/Money.h"

#include <QApplication>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QShortcut>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pc::app {

namespace {
enum Column { CDescription, CQuantity, CNetWeight, CValue, CHsCode, COrigin, CCount };

QString cell(const QTableWidget* t, int row, int column)
{
    const QTableWidgetItem* item = t->item(row, column);
    return item ? item->text().trimmed() : QString();
}

// An unreadable number becomes one the rules refuse (quantity 0, weight 0, value −1), so the clerk
// sees the rule's message for that line instead of a silently dropped value.
int quantityOf(const QString& text)
{
    bool ok = false;
    const int n = text.toInt(&ok);
    return ok ? n : 0;
}

std::int64_t gramsOf(const QString& text)
{
    bool ok = false;
    const qint64 g = text.toLongLong(&ok);
    return ok ? g : 0;
}

std::int64_t minorOf(const QString& text)
{
    if (text.isEmpty())
        return 0;
    auto m = Money::parse(text, numberStyleFor(QLocale()));
    return m ? m->kopecks() : -1;
}

QString minorText(std::int64_t minor)
{
    return Money::fromKopecks(minor).format(numberStyleFor(QLocale()), false);
}
} // namespace

CustomsEditor::CustomsEditor(QWidget* parent) : QGroupBox(tr("Customs declaration (F9)"), parent)
{
    using acceptance::CustomsCategory;
    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("customsCategoryCombo"));
    m_category->addItem(tr("Gift"), int(CustomsCategory::Gift));
    m_category->addItem(tr("Documents"), int(CustomsCategory::Documents));
    m_category->addItem(tr("Sale of goods"), int(CustomsCategory::SaleOfGoods));
    m_category->addItem(tr("Commercial sample"), int(CustomsCategory::CommercialSample));
    m_category->addItem(tr("Returned goods"), int(CustomsCategory::ReturnedGoods));
    m_category->addItem(tr("Other"), int(CustomsCategory::Other));
    m_explanation = new QLineEdit(this);
    m_explanation->setObjectName(QStringLiteral("customsExplanationEdit"));
    m_explanation->setPlaceholderText(tr("explain the contents (category \"Other\")"));
    m_currency = new QComboBox(this);
    m_currency->setObjectName(QStringLiteral("customsCurrencyCombo"));
    for (const char* c : {"RUB", "EUR", "USD", "CNY"})
        m_currency->addItem(QString::fromLatin1(c));

    m_lines = new QTableWidget(0, CCount, this);
    m_lines->setObjectName(QStringLiteral("customsLinesTable"));
    m_lines->setHorizontalHeaderLabels(
        {tr("Description"), tr("Qty"), tr("Net, g"), tr("Value"), tr("HS code"), tr("Origin")});
    m_lines->horizontalHeader()->setSectionResizeMode(CDescription, QHeaderView::Stretch);
    m_lines->verticalHeader()->hide();
    // No EditKeyPressed: F2 is the screen's "new barcode"; typing or moving to a cell edits it.
    m_lines->setEditTriggers(QAbstractItemView::CurrentChanged | QAbstractItemView::AnyKeyPressed |
                             QAbstractItemView::DoubleClicked);
    m_lines->setMaximumHeight(130);
    m_form = new QLabel(this);
    m_form->setObjectName(QStringLiteral("customsFormLabel"));
    m_form->setStyleSheet(QStringLiteral("font-weight: bold;"));
    m_totals = new QLabel(this);
    m_totals->setObjectName(QStringLiteral("customsTotalsLabel"));

    auto* head = new QHBoxLayout;
    head->addWidget(new QLabel(tr("Category:"), this));
    head->addWidget(m_category);
    head->addWidget(m_explanation, 1);
    head->addWidget(new QLabel(tr("Currency:"), this));
    head->addWidget(m_currency);
    auto* status = new QHBoxLayout;
    status->addWidget(m_form);
    status->addWidget(m_totals, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(head);
    layout->addWidget(m_lines);
    layout->addWidget(new QLabel(tr("Insert: add a line · Delete: remove the line"), this));
    layout->addLayout(status);

    auto* add =
        new QShortcut(QKeySequence(Qt::Key_Insert), this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(add, &QShortcut::activated, this, &CustomsEditor::addLine);
    auto* remove = new QShortcut(QKeySequence(Qt::Key_Delete), m_lines, nullptr, nullptr, Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, this, &CustomsEditor::removeCurrentLine);
    connect(m_category, &QComboBox::currentIndexChanged, this, [this] {
        m_explanation->setEnabled(m_category->currentData().toInt() == int(CustomsCategory::Other));
        emit changed();
    });
    connect(m_currency, &QComboBox::currentIndexChanged, this, &CustomsEditor::changed);
    connect(m_explanation, &QLineEdit::textChanged, this, &CustomsEditor::changed);
    connect(m_lines, &QTableWidget::itemChanged, this, &CustomsEditor::changed);
    clear();
}

void CustomsEditor::addLine()
{
    const int row = m_lines->rowCount();
    {
        QSignalBlocker block(m_lines);
        m_lines->insertRow(row);
        const QStringList defaults = {QString(), QStringLiteral("1"), QString(),
                                      QString(), QString(),           QStringLiteral("RU")};
        for (int c = 0; c < CCount; ++c)
            m_lines->setItem(row, c, new QTableWidgetItem(defaults[c]));
    }
    m_lines->setFocus();
    m_lines->setCurrentCell(row, CDescription); // opens the cell's editor (edit trigger CurrentChanged)
    if (!m_lines->isAncestorOf(QApplication::focusWidget()) || QApplication::focusWidget() == m_lines)
        m_lines->editItem(m_lines->item(row, CDescription));
    emit changed();
}

void CustomsEditor::removeCurrentLine()
{
    const int row = m_lines->currentRow();
    if (row < 0)
        return;
    m_lines->removeRow(row);
    emit changed();
}

std::optional<acceptance::CustomsDeclaration> CustomsEditor::declaration() const
{
    if (m_lines->rowCount() == 0)
        return std::nullopt;
    acceptance::CustomsDeclaration d;
    d.category = acceptance::CustomsCategory(m_category->currentData().toInt());
    d.currency = m_currency->currentText();
    if (d.category == acceptance::CustomsCategory::Other)
        d.explanation = m_explanation->text().trimmed();
    for (int r = 0; r < m_lines->rowCount(); ++r) {
        acceptance::CustomsLine l;
        l.description = cell(m_lines, r, CDescription);
        l.quantity = quantityOf(cell(m_lines, r, CQuantity));
        l.netWeightG = gramsOf(cell(m_lines, r, CNetWeight));
        l.valueMinor = minorOf(cell(m_lines, r, CValue));
        l.hsCode = cell(m_lines, r, CHsCode);
        l.originCountry = cell(m_lines, r, COrigin).toUpper();
        d.lines << l;
    }
    return d;
}

void CustomsEditor::setDeclaration(const std::optional<acceptance::CustomsDeclaration>& declaration)
{
    clear();
    if (!declaration)
        return;
    {
        QSignalBlocker b1(m_category), b2(m_currency), b3(m_explanation), b4(m_lines);
        m_category->setCurrentIndex(std::max(0, m_category->findData(int(declaration->category))));
        m_explanation->setEnabled(declaration->category == acceptance::CustomsCategory::Other);
        if (m_currency->findText(declaration->currency) < 0)
            m_currency->addItem(declaration->currency); // kept as registered; the rules judge it
        m_currency->setCurrentText(declaration->currency);
        m_explanation->setText(declaration->explanation);
        for (const auto& l : declaration->lines) {
            const int row = m_lines->rowCount();
            m_lines->insertRow(row);
            const QStringList cells = {l.description,
                                       QString::number(l.quantity),
                                       QString::number(l.netWeightG),
                                       minorText(l.valueMinor),
                                       l.hsCode,
                                       l.originCountry};
            for (int c = 0; c < CCount; ++c)
                m_lines->setItem(row, c, new QTableWidgetItem(cells[c]));
        }
    }
    emit changed();
}

void CustomsEditor::clear()
{
    QSignalBlocker b1(m_category), b2(m_currency), b3(m_explanation), b4(m_lines);
    m_category->setCurrentIndex(m_category->findData(int(acceptance::CustomsCategory::SaleOfGoods)));
    m_explanation->clear();
    m_explanation->setEnabled(false);
    m_currency->setCurrentIndex(0);
    m_lines->setRowCount(0);
    m_form->clear();
    m_totals->clear();
}

void CustomsEditor::showStatus(acceptance::CustomsForm required, const acceptance::CustomsRules& rules,
                               qint64 itemWeightG)
{
    switch (required) {
    case acceptance::CustomsForm::None:
        m_form->setText(tr("No customs form needed"));
        break;
    case acceptance::CustomsForm::Cn22:
        m_form->setText(tr("Form: CN 22"));
        break;
    case acceptance::CustomsForm::Cn23:
        m_form->setText(tr("Form: CN 23"));
        break;
    }
    const auto d = declaration();
    if (!d) {
        m_totals->setText(tr("No lines yet: press Insert to add one."));
        return;
    }
    const qint64 net = acceptance::customsTotalNetWeightG(*d);
    QString value = tr("Value: %1 %2").arg(minorText(acceptance::customsTotalValueMinor(*d)), d->currency);
    if (const auto sdr = acceptance::customsTotalValueSdr(*d, rules))
        value += tr(" (%1 SDR)").arg(QLocale().toString(*sdr, 'f', 2));
    m_totals->setText(tr("%1 · net weight %2 g of %3 g").arg(value).arg(net).arg(itemWeightG));
    m_totals->setStyleSheet(itemWeightG > 0 && net > itemWeightG ? QStringLiteral("color: #b00020;")
                                                                 : QString());
}

} // namespace pc::app
