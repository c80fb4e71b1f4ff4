// The sale half of the acceptance screen: the item built from the form and checked live by the sale
// service, the basket, the payment and the commit of the whole basket as one sale.
#include "AcceptanceScreen.h"
#include "AddressForm.h"
#include "CardChargeProgress.h"
#include "PaymentDialog.h"
#include "PricePanel.h"
#include "VoidDialog.h"
#include "domain/Money.h"
#include "domain/prefill/PrefillPayload.h"
#include "domain/returns/ReturnCode.h"
#include "services/acceptance/CounterServices.h"
#include "services/address/AddressBook.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>
#include <memory>

namespace pc::app {

namespace {
enum BasketColumn { BId, BProduct, BWeight, BPrice, BCount };

QString rub(qint64 kop)
{
    return Money::fromKopecks(kop).format(numberStyleFor(QLocale())); // with the ₽ sign
}

// What goes back into an amount field: the number only.
QString amountText(qint64 kop)
{
    return Money::fromKopecks(kop).format(numberStyleFor(QLocale()), false);
}

qint64 amountOf(const QLineEdit* edit)
{
    if (edit->text().trimmed().isEmpty())
        return 0;
    auto m = Money::parse(edit->text(), numberStyleFor(QLocale()));
    return m ? m->kopecks() : -1;
}
} // namespace

void AcceptanceScreen::buildSale(QFormLayout* form, QVBoxLayout* layout)
{
    m_addresses = new AddressForm(m_postcodes, this);
    m_addresses->setObjectName(QStringLiteral("addressForm"));
    // Before the money and services: the envelope is read top to bottom.
    form->insertRow(form->rowCount() - 5, m_addresses);
    m_issues = new QLabel(this);
    m_issues->setObjectName(QStringLiteral("issuesLabel"));
    m_issues->setStyleSheet(QStringLiteral("color: #8a4b00;"));
    m_issues->setWordWrap(true);
    form->insertRow(form->rowCount() - 2, QString(), m_issues);
    m_acceptButton->setText(tr("Add to basket (Enter)"));

    m_basket = new QTableWidget(0, BCount, this);
    m_basket->setObjectName(QStringLiteral("basketTable"));
    m_basket->setHorizontalHeaderLabels({tr("Identifier"), tr("Product"), tr("Weight, g"), tr("Price, ₽")});
    m_basket->horizontalHeader()->setSectionResizeMode(BId, QHeaderView::Stretch);
    m_basket->verticalHeader()->hide();
    m_basket->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_basket->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_basket->setSelectionMode(QAbstractItemView::SingleSelection);
    m_basket->setMaximumHeight(160);
    m_basketTotal = new QLabel(this);
    m_basketTotal->setObjectName(QStringLiteral("basketTotalLabel"));
    QFont big = m_basketTotal->font();
    big.setPointSizeF(big.pointSizeF() * 2.0);
    big.setBold(true);
    m_basketTotal->setFont(big);
    m_payButton = new QPushButton(tr("Pay (F12)"), this);
    m_payButton->setObjectName(QStringLiteral("payButton"));
    m_saleResult = new QLabel(this);
    m_saleResult->setObjectName(QStringLiteral("saleResultLabel"));
    m_saleResult->setWordWrap(true);

    auto* totalRow = new QHBoxLayout;
    totalRow->addWidget(m_basketTotal, 1);
    totalRow->addWidget(m_payButton);
    layout->addWidget(new QLabel(tr("Basket (Esc in the list removes the selected item)"), this));
    layout->addWidget(m_basket);
    layout->addLayout(totalRow);
    layout->addWidget(m_saleResult);

    buildDeclarations(form);
    connect(m_addresses, &AddressForm::changed, this, &AcceptanceScreen::requote);
    for (QLineEdit* e : m_addresses->fields()) {
        if (e->objectName() == QLatin1String("toPostcodeEdit")) // Enter there moves on to the name
            connect(e, &QLineEdit::returnPressed, this, [this] { focusNextChild(); });
        else
            connect(e, &QLineEdit::returnPressed, this, &AcceptanceScreen::accept);
    }
    connect(m_payButton, &QPushButton::clicked, this, &AcceptanceScreen::pay);
    auto* f12 = new QShortcut(QKeySequence(Qt::Key_F12), this);
    connect(f12, &QShortcut::activated, this, &AcceptanceScreen::pay);
    auto* del = new QShortcut(QKeySequence(Qt::Key_Delete), m_basket, nullptr, nullptr, Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, this, &AcceptanceScreen::removeSelectedFromBasket);
    auto* voidKey =
        new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Delete), m_today, nullptr, nullptr, Qt::WidgetShortcut);
    connect(voidKey, &QShortcut::activated, this, &AcceptanceScreen::voidSelected);
    refreshBasket();
}

acceptance::Shipment AcceptanceScreen::currentShipment() const
{
    // A business client's item keeps what they registered (list, declared weight, customs, inventory).
    acceptance::Shipment s = m_registered.value_or(acceptance::Shipment{});
    s.barcode = m_allocate ? QString() : m_id->text().trimmed();
    s.object = currentObject();
    auto weight = Weight::parse(m_weight->text());
    s.weightG = weight ? weight->grams() : 0;
    s.declaredValueKop = std::max<qint64>(0, amountOf(m_declared));
    s.codKop = std::max<qint64>(0, amountOf(m_cod));
    s.services = checkedServices();
    // The recipient's delivery type is on the form (a registered item's type is filled into it).
    const acceptance::AddressType fromType = s.sender.type;
    s.recipient = m_addresses->recipient();
    if (m_addresses->byRecipientPhone())
        s.addressing = acceptance::Addressing::ByRecipientPhone;
    s.sender = m_addresses->sender();
    s.sender.type = fromType;
    putDeclarations(s);
    return s;
}

void AcceptanceScreen::checkSale()
{
    m_quotedTotalKop = -1;
    showDeclarations(currentShipment());
    if (m_weight->text().trimmed().isEmpty()) {
        m_price->clear();
        m_issues->clear();
        return;
    }
    const services::ItemCheck c = m_counter->sales.check(currentShipment());
    m_price->showResult(c.price);
    if (c.price.ok())
        m_quotedTotalKop = c.price.quote.totalKop;
    QStringList lines;
    for (const auto& issue : c.issues)
        lines << QStringLiteral("• ") + issue.message;
    if (c.weightFlag)
        lines << QStringLiteral("⚠ ") + c.weightFlag->message;
    m_issues->setText(lines.join(u'\n'));
}

bool AcceptanceScreen::fillFromBusinessList(const QString& barcode)
{
    auto found = m_counter->lists.lookup(barcode);
    if (m_activeListId > 0) {
        // List mode: an item that is not on the chosen list is refused with the list's reason.
        auto onList = m_counter->lists.scan(barcode, m_activeListId);
        if (!onList)
            found = onList.error();
        else
            found = std::optional<services::ListScan>(*onList);
    }
    if (!found) {
        showError(found.error().message); // e.g. business.already_scanned
        m_id->setFocus();
        m_id->selectAll();
        return false;
    }
    if (!*found)
        return true; // an ordinary item
    const acceptance::Shipment& s = (*found)->shipment;
    m_registered = s;
    m_registeredContract = (*found)->list.contract;
    showShipment(s);
    m_saleResult->setText(tr("Registered by %1 (list %2): check the weight.")
                              .arg((*found)->list.clientName, (*found)->list.sourceName));
    return true;
}

void AcceptanceScreen::showShipment(const acceptance::Shipment& s)
{
    if (const int i = m_product->findData(s.object); i >= 0)
        m_product->setCurrentIndex(i);
    m_weight->setText(s.weightG > 0 ? QString::number(s.weightG) : QString());
    m_declared->setText(s.declaredValueKop > 0 ? amountText(s.declaredValueKop) : QString());
    m_cod->setText(s.codKop > 0 ? amountText(s.codKop) : QString());
    for (QCheckBox* c : std::as_const(m_services))
        c->setChecked(s.services.contains(c->property("serviceCode").toInt()));
    m_addresses->setAddresses(s.recipient, s.sender);
    fillDeclarations(s);
}

void AcceptanceScreen::applyReturnCode(const QString& code)
{
    auto found = m_counter->returns.lookup(code);
    if (!found) {
        showError(found.error().message);
        m_id->setFocus();
        m_id->selectAll();
        return;
    }
    clearForm();
    const returns::ReturnAuthorization& a = found->authorization;
    m_registered = services::EasyReturnService::shipmentFor(a);
    m_registeredContract = a.shop.contract;
    showShipment(*m_registered);
    m_saleResult->setText(
        tr("Return to %1 (code %2, order %3), paid by its contract %4: scan or allocate the "
           "barcode, weigh, fill in the sender.")
            .arg(a.shop.name, a.code, a.orderRef.isEmpty() ? QStringLiteral("—") : a.orderRef,
                 a.shop.contract));
    m_id->setFocus();
}

void AcceptanceScreen::applyPrefill(const QString& payload)
{
    // The office's date from the counter's clock (tests and the demo move it), not the PC's local date.
    const QDate today = m_counter ? m_counter->localToday() : QDate::currentDate();
    auto p = prefill::parsePrefillPayload(payload, today);
    if (!p) {
        showError(p.error().message);
        return;
    }
    clearForm();
    showShipment(p->shipment);
    m_saleResult->setText(
        tr("Pre-filled by the customer (code of %1): scan or allocate the barcode, weigh the item, check.")
            .arg(p->created.toString(QStringLiteral("dd.MM.yyyy"))));
    m_id->setFocus(); // the barcode comes next: the customer's code carries none
}

void AcceptanceScreen::addToBasket()
{
    if (!m_allocate && m_id->text().trimmed().isEmpty()) {
        showError(tr("Scan the barcode, or press F2 for a new one."));
        m_id->setFocus();
        return;
    }
    if (auto weight = Weight::parse(m_weight->text()); !weight) {
        showError(weight.error().message);
        m_weight->setFocus();
        m_weight->selectAll();
        return;
    }
    const acceptance::Shipment s = currentShipment();
    if (!s.barcode.isEmpty())
        for (const auto& in : std::as_const(m_basketItems))
            if (in.barcode == s.barcode) {
                showError(tr("%1 is already in the basket.").arg(s.barcode));
                return;
            }
    const services::ItemCheck c = m_counter->sales.check(s);
    if (!c.ok()) {
        checkSale();
        QStringList reasons;
        for (const auto& e : c.price.errors)
            reasons << e.message;
        for (const auto& issue : c.issues)
            reasons << issue.message;
        showError(reasons.isEmpty() ? tr("The item cannot be priced.") : reasons.join(u' '));
        return;
    }
    m_basketItems << s;
    m_basketPrices << c.price.quote.totalKop;
    m_basketContracts << (m_registered ? m_registeredContract : QString());
    refreshBasket();
    m_saleResult->clear();
    clearForm(); // product stays: the next item is often of the same kind
}

void AcceptanceScreen::removeSelectedFromBasket()
{
    const int row = m_basket->currentRow();
    if (row < 0 || row >= m_basketItems.size())
        return;
    m_basketItems.removeAt(row);
    m_basketPrices.removeAt(row);
    m_basketContracts.removeAt(row);
    refreshBasket();
}

void AcceptanceScreen::refreshBasket()
{
    m_basket->setRowCount(0);
    qint64 total = 0;
    for (int i = 0; i < m_basketItems.size(); ++i) {
        const acceptance::Shipment& s = m_basketItems[i];
        m_basket->insertRow(i);
        const QStringList cells = {s.barcode.isEmpty() ? tr("new") : s.barcode, QString::number(s.object),
                                   QString::number(s.weightG), amountText(m_basketPrices[i])};
        for (int c = 0; c < BCount; ++c)
            m_basket->setItem(i, c, new QTableWidgetItem(cells[c]));
        total += m_basketPrices[i];
    }
    m_basketTotal->setText(tr("Total: %1 (%n item(s))", nullptr, int(m_basketItems.size())).arg(rub(total)));
    m_payButton->setEnabled(!m_basketItems.isEmpty());
}

void AcceptanceScreen::pay()
{
    if (m_basketItems.isEmpty()) {
        showError(tr("The basket is empty: add an item with Enter first."));
        return;
    }
    qint64 total = 0;
    for (qint64 p : std::as_const(m_basketPrices))
        total += p;
    auto* dialog = new PaymentDialog(total, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Every item pre-registered on the same contract: the business client pays on it (Enter pays).
    const QString contract = m_basketContracts.value(0);
    if (!contract.isEmpty() && m_basketContracts.count(contract) == m_basketContracts.size())
        dialog->presetContract(contract);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        services::SaleRequest req;
        req.items = m_basketItems;
        req.payment = dialog->choice();
        req.contract = dialog->contract();
        commitSale(req);
    });
    dialog->open();
}

void AcceptanceScreen::commitSale(services::SaleRequest req)
{
    // Every check first, before any money moves: a flagged weight is confirmed now.
    auto total = m_counter->sales.totalFor(req);
    if (!total && total.error().code == QLatin1String("acceptance.weight_mismatch") &&
        !req.weightMismatchConfirmed) {
        const auto answer = QMessageBox::question(
            this, tr("Weight differs"),
            tr("%1\n\nAccept the items with the weight measured at the counter?").arg(total.error().message));
        if (answer != QMessageBox::Yes) {
            showError(total.error().message);
            return;
        }
        req.weightMismatchConfirmed = true;
        total = m_counter->sales.totalFor(req);
    }
    if (!total) {
        showError(tr("Nothing was sold: %1").arg(total.error().message)); // the basket stays
        return;
    }
    if (req.payment.method == acceptance::PaymentMethod::Card && *total > 0)
        return chargeCardThenCommit(req, *total);
    finishSale(req, std::nullopt);
}

void AcceptanceScreen::chargeCardThenCommit(const services::SaleRequest& req, qint64 totalKop)
{
    services::SaleService* sales = &m_counter->sales;
    chargeCardWithProgress(
        this,
        tr("Card payment of %1: ask the customer to insert or tap the card and enter the PIN on the "
           "terminal.")
            .arg(rub(totalKop)),
        [sales, totalKop] { return sales->chargeCard(totalKop); },
        [this, req](const Result<drivers::SaleApproval>& paid) {
            if (!paid)
                return showError(tr("Nothing was sold: %1").arg(paid.error().message));
            finishSale(req, *paid);
        });
}

void AcceptanceScreen::finishSale(const services::SaleRequest& req,
                                  const std::optional<drivers::SaleApproval>& approval)
{
    auto sale = m_counter->sales.commit(req, approval);
    if (!sale) {
        showError(tr("Nothing was sold: %1").arg(sale.error().message)); // the basket stays
        return;
    }
    m_saleResult->setText(
        sale->method == acceptance::PaymentMethod::Cash
            ? tr("Receipt No. %1 · total %2 · change %3")
                  .arg(sale->receiptNumber)
                  .arg(rub(sale->totalKop), rub(sale->changeKop))
            : tr("Receipt No. %1 · total %2").arg(sale->receiptNumber).arg(rub(sale->totalKop)));
    for (const auto& item : std::as_const(sale->items)) {
        prependRow(item.id.text, item.object, item.weightG, item.totalKop, sale->atUtc);
        emit itemAccepted(item.id.text);
    }
    m_basketItems.clear();
    m_basketPrices.clear();
    m_basketContracts.clear();
    refreshBasket();
    rememberSenders(req.items);
    m_error->clear();
    emit saleCommitted(sale->receiptNumber);
    m_id->setFocus();
}

void AcceptanceScreen::voidSelected()
{
    const int row = m_today->currentRow();
    QTableWidgetItem* cell = row >= 0 ? m_today->item(row, 0) : nullptr;
    if (!cell)
        return;
    const QString id = cell->data(Qt::UserRole).toString();
    if (cell->data(Qt::UserRole + 1).toBool()) {
        m_saleResult->setText(tr("%1 is already voided.").arg(id));
        return;
    }
    auto* dialog = new VoidDialog(m_counter->voids, id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, id] {
        const services::VoidResult& v = *dialog->voided();
        for (int r = 0; r < m_today->rowCount(); ++r)
            if (m_today->item(r, 0) && m_today->item(r, 0)->data(Qt::UserRole).toString() == id)
                markVoided(r);
        m_saleResult->setText(tr("%1 voided: refund receipt No. %2, %3 to give back.")
                                  .arg(id)
                                  .arg(v.refundReceiptNumber)
                                  .arg(rub(v.refundKop)));
        emit itemVoided(id);
    });
    dialog->open();
}

void AcceptanceScreen::setAddressBook(services::AddressBook* book)
{
    m_addressBook = book;
    if (m_addresses)
        m_addresses->setAddressBook(book);
}

void AcceptanceScreen::rememberSenders(const QList<acceptance::Shipment>& sold)
{
    if (!m_addressBook)
        return;
    for (const auto& s : sold)
        if (!s.sender.isEmpty())
            (void)m_addressBook->remember(s.sender); // an incomplete sender is simply not offered later
}

} // namespace pc::app
