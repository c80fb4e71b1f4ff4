#include "AcceptanceScreen.h"

#include "AddressForm.h"
#include "PricePanel.h"
#include "db/ItemRepository.h"
#include "domain/Money.h"
#include "domain/prefill/PrefillPayload.h"
#include "domain/returns/ReturnCode.h"
#include "services/acceptance/CounterServices.h"
#include "services/tariff/TariffService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace pc::app {

namespace {
enum Column { ColId, ColProduct, ColWeight, ColTotal, ColTime, ColCount };

std::optional<qint64> parseAmount(const QLineEdit* edit, QString* error)
{
    if (edit->text().trimmed().isEmpty())
        return 0;
    auto m = Money::parse(edit->text(), numberStyleFor(QLocale()));
    if (!m) {
        *error = m.error().message;
        return std::nullopt;
    }
    return m->kopecks();
}
} // namespace

AcceptanceScreen::AcceptanceScreen(services::AcceptanceService& acceptance, services::TariffService* tariffs,
                                   QWidget* parent, services::CounterServices* counter,
                                   services::PostcodeDirectory* postcodes)
    : QWidget(parent), m_acceptance(acceptance), m_tariffs(tariffs), m_counter(counter),
      m_postcodes(postcodes)
{
    if (m_counter && !m_tariffs)
        m_tariffs = &m_counter->tariffs;
    auto* title = new QLabel(tr("Acceptance"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    title->setFont(big);

    m_id = new QLineEdit(this);
    m_id->setObjectName(QStringLiteral("idEdit"));
    m_id->setPlaceholderText(tr("Scan or type the barcode"));
    auto* idHint =
        new QLabel(tr("F2: new domestic barcode · F3: new international (S10) · Esc: clear"), this);
    m_product = new QComboBox(this);
    m_product->setObjectName(QStringLiteral("productCombo"));
    m_destination = new QLineEdit(this);
    m_destination->setObjectName(QStringLiteral("destinationEdit"));
    m_weight = new QLineEdit(this);
    m_weight->setObjectName(QStringLiteral("weightEdit"));
    m_weight->setPlaceholderText(tr("grams, or kg with \"kg\" (1,5 kg)"));
    m_declared = new QLineEdit(this);
    m_declared->setObjectName(QStringLiteral("declaredEdit"));
    m_cod = new QLineEdit(this);
    m_cod->setObjectName(QStringLiteral("codEdit"));
    m_servicesBox = new QGroupBox(tr("Services"), this);
    m_servicesLayout = new QGridLayout(m_servicesBox);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    m_error->setWordWrap(true);
    m_acceptButton = new QPushButton(tr("Accept (Enter)"), this);
    m_acceptButton->setObjectName(QStringLiteral("acceptButton"));
    m_price = new PricePanel(this);
    m_price->setObjectName(QStringLiteral("pricePanel"));
    m_price->setMinimumWidth(420);

    // Large enough to read at arm's length.
    QFont field = m_id->font();
    field.setPointSizeF(field.pointSizeF() * 1.4);
    for (QWidget* w : {static_cast<QWidget*>(m_id), static_cast<QWidget*>(m_weight),
                       static_cast<QWidget*>(m_product), static_cast<QWidget*>(m_destination),
                       static_cast<QWidget*>(m_declared), static_cast<QWidget*>(m_cod)})
        w->setFont(field);

    auto* form = new QFormLayout;
    form->addRow(tr("&Barcode:"), m_id);
    form->addRow(QString(), idHint);
    form->addRow(tr("&Product:"), m_product);
    form->addRow(tr("&To (postcode or country):"), m_destination);
    form->addRow(tr("&Weight:"), m_weight);
    form->addRow(tr("&Declared value, ₽:"), m_declared);
    form->addRow(tr("&Cash on delivery, ₽:"), m_cod);
    form->addRow(m_servicesBox);
    form->addRow(QString(), m_error);
    form->addRow(QString(), m_acceptButton);

    auto* top = new QHBoxLayout;
    top->addLayout(form, 3);
    top->addWidget(m_price, 2);

    m_today = new QTableWidget(0, ColCount, this);
    m_today->setObjectName(QStringLiteral("todayTable"));
    m_today->setHorizontalHeaderLabels(
        {tr("Identifier"), tr("Product"), tr("Weight, g"), tr("Total"), tr("Time")});
    m_today->horizontalHeader()->setSectionResizeMode(ColId, QHeaderView::Stretch);
    m_today->horizontalHeader()->setSectionResizeMode(ColProduct, QHeaderView::ResizeToContents);
    m_today->verticalHeader()->hide();
    m_today->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_today->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Click (not Tab) focus: Tab keeps to the form, a clicked row takes Ctrl+Delete (void).
    m_today->setFocusPolicy(Qt::ClickFocus);
    m_today->setSelectionMode(QAbstractItemView::SingleSelection);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(top);
    if (m_counter)
        buildSale(form, layout);
    layout->addWidget(new QLabel(tr("Today's operations"), this));
    layout->addWidget(m_today, 1);

    connect(m_id, &QLineEdit::returnPressed, this, &AcceptanceScreen::onIdEntered);
    for (QLineEdit* e : {m_weight, m_destination, m_declared, m_cod}) {
        connect(e, &QLineEdit::returnPressed, this, &AcceptanceScreen::accept);
        connect(e, &QLineEdit::textChanged, this, &AcceptanceScreen::requote);
    }
    connect(m_acceptButton, &QPushButton::clicked, this, &AcceptanceScreen::accept);
    connect(m_product, &QComboBox::currentIndexChanged, this, &AcceptanceScreen::onProductChanged);
    connect(m_id, &QLineEdit::textEdited, this, [this] {
        m_allocate.reset();
        m_registered.reset();
        m_error->clear();
    });
    auto* f2 = new QShortcut(QKeySequence(Qt::Key_F2), this);
    connect(f2, &QShortcut::activated, this, [this] { allocateOnAccept(IdKind::Rpo14); });
    auto* f3 = new QShortcut(QKeySequence(Qt::Key_F3), this);
    connect(f3, &QShortcut::activated, this, [this] { allocateOnAccept(IdKind::S10); });
    auto* esc = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(esc, &QShortcut::activated, this, [this] {
        // In the basket Esc takes the selected item out; in the form it clears the form.
        if (m_basket && m_basket->hasFocus())
            removeSelectedFromBasket();
        else
            clearForm();
    });

    setTabOrder(m_id, m_weight);
    setTabOrder(m_weight, m_product);
    setTabOrder(m_product, m_destination);
    setTabOrder(m_destination, m_declared);
    setTabOrder(m_declared, m_cod);
    setTabOrder(m_cod, m_acceptButton);

    buildProducts();
    if (m_counter) {
        // Sales take the addresses instead of the bare destination.
        form->setRowVisible(m_destination, false);
        QList<QWidget*> chain = {m_id, m_weight, m_product};
        for (QLineEdit* e : m_addresses->fields())
            chain << e;
        chain << m_declared << m_cod << m_acceptButton << m_basket << m_payButton;
        for (int i = 1; i < chain.size(); ++i)
            setTabOrder(chain[i - 1], chain[i]);
    }
    m_id->setFocus();
}

void AcceptanceScreen::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // Coming back to the screen, the clerk's next action is a scan or a typed barcode.
    if (!focusWidget() || focusWidget() == this)
        m_id->setFocus();
}

void AcceptanceScreen::buildProducts()
{
    const bool priced = m_tariffs != nullptr;
    for (QWidget* w : {static_cast<QWidget*>(m_product), static_cast<QWidget*>(m_destination),
                       static_cast<QWidget*>(m_declared), static_cast<QWidget*>(m_cod), m_servicesBox,
                       static_cast<QWidget*>(m_price)})
        w->setVisible(priced);
    if (!priced)
        return;
    auto version = m_tariffs->versionAt(m_tariffs->today());
    if (!version) {
        m_price->showErrors({version.error()});
        return;
    }
    QSignalBlocker block(m_product);
    m_product->clear();
    for (const auto& p : (*version)->products)
        m_product->addItem(QStringLiteral("%1 — %2").arg(p.object).arg(p.name), p.object);
    // The everyday item first: a domestic parcel.
    const int parcel = m_product->findData(4030);
    m_product->setCurrentIndex(parcel >= 0 ? parcel : 0);
    onProductChanged();
}

int AcceptanceScreen::currentObject() const
{
    return m_product->currentData().toInt();
}

void AcceptanceScreen::onProductChanged()
{
    if (!m_tariffs)
        return;
    for (QCheckBox* c : std::as_const(m_services))
        c->deleteLater();
    m_services.clear();
    auto version = m_tariffs->versionAt(m_tariffs->today());
    if (!version)
        return;
    const tariff::Product* p = (*version)->product(currentObject());
    if (!p)
        return;
    if (m_addresses)
        m_addresses->setInternational(p->international);
    m_destination->setPlaceholderText(p->international ? tr("country code, e.g. DE")
                                                       : tr("postcode, e.g. 630099"));
    m_declared->setEnabled(p->declaredValue);
    m_cod->setEnabled(p->cod);
    if (!p->declaredValue)
        m_declared->clear();
    if (!p->cod)
        m_cod->clear();
    // Only the services this product offers are shown.
    int n = 0;
    for (std::size_t i = 0; i < (*version)->services.size() && i < 64; ++i) {
        if (!(p->servicesOffered & (std::uint64_t{1} << i)))
            continue;
        const auto& s = (*version)->services[i];
        auto* box = new QCheckBox(QStringLiteral("%1 %2").arg(s.code).arg(s.name), m_servicesBox);
        box->setProperty("serviceCode", s.code);
        connect(box, &QCheckBox::toggled, this, &AcceptanceScreen::requote);
        m_servicesLayout->addWidget(box, n / 2, n % 2);
        m_services << box;
        ++n;
    }
    m_servicesBox->setVisible(n > 0);
    requote();
}

QList<int> AcceptanceScreen::checkedServices() const
{
    QList<int> codes;
    for (const QCheckBox* c : m_services)
        if (c->isChecked())
            codes << c->property("serviceCode").toInt();
    return codes;
}

void AcceptanceScreen::requote()
{
    m_quotedTotalKop = -1;
    if (m_counter) {
        checkSale();
        return;
    }
    if (!m_tariffs)
        return;
    auto weight = Weight::parse(m_weight->text());
    if (!weight || m_destination->text().trimmed().isEmpty()) {
        m_price->clear();
        return;
    }
    QString amountError;
    const auto declared = parseAmount(m_declared, &amountError);
    const auto cod = parseAmount(m_cod, &amountError);
    if (!declared || !cod) {
        m_price->showErrors({Error{QStringLiteral("acceptance.amount"), amountError}});
        return;
    }
    tariff::QuoteRequest q;
    q.object = currentObject();
    q.fromPostcode = m_acceptance.context().officePostcode;
    const QString dest = m_destination->text().trimmed().toUpper();
    if (dest.size() == 2)
        q.country = dest;
    else
        q.toPostcode = dest;
    q.weightG = weight->grams();
    q.declaredValueKop = *declared;
    q.codKop = *cod;
    q.services = checkedServices();
    const tariff::QuoteResult r = m_tariffs->quote(q);
    m_price->showResult(r);
    if (r.ok())
        m_quotedTotalKop = r.quote.totalKop;
}

void AcceptanceScreen::takeScan(const QString& identifier)
{
    if (m_counter && prefill::looksLikePrefill(identifier)) {
        applyPrefill(identifier);
        return;
    }
    if (m_counter && returns::looksLikeReturnCode(identifier)) {
        applyReturnCode(identifier);
        return;
    }
    m_allocate.reset();
    m_id->setText(identifier);
    m_error->clear();
    onIdEntered();
}

void AcceptanceScreen::takeWeight(qint64 grams)
{
    // An empty platter is stable at zero: that is no weight for an item, keep what is there.
    if (grams > 0)
        m_weight->setText(QString::number(grams));
}

void AcceptanceScreen::allocateOnAccept(IdKind kind)
{
    m_allocate = kind;
    m_id->setText(kind == IdKind::S10 ? tr("(new international identifier)") : tr("(new domestic barcode)"));
    m_error->clear();
    m_weight->setFocus();
}

void AcceptanceScreen::clearForm()
{
    m_allocate.reset();
    m_id->clear();
    m_weight->clear();
    m_declared->clear();
    m_cod->clear();
    for (QCheckBox* c : std::as_const(m_services))
        c->setChecked(false);
    m_registered.reset();
    if (m_addresses)
        m_addresses->clear();
    clearDeclarations();
    if (m_issues)
        m_issues->clear();
    m_error->clear();
    m_id->setFocus();
}

void AcceptanceScreen::onIdEntered()
{
    // A shop's return code typed or scanned into the barcode field (docs/easy-return.md).
    if (!m_allocate && m_counter && returns::looksLikeReturnCode(QString(m_id->text()).remove(u' '))) {
        applyReturnCode(m_id->text());
        return;
    }
    if (!m_allocate) {
        auto id = parseItemId(m_id->text());
        if (!id) {
            showError(id.error().message);
            m_id->setFocus();
            m_id->selectAll();
            return;
        }
        m_id->setText(id->text);
        if (m_counter && !fillFromBusinessList(id->text))
            return;
    }
    m_error->clear();
    m_weight->setFocus();
}

void AcceptanceScreen::accept()
{
    if (m_counter) {
        addToBasket();
        return;
    }
    services::AcceptanceRequest req;
    if (m_allocate) {
        req.allocateKind = *m_allocate;
    } else {
        req.scannedId = m_id->text();
        if (req.scannedId.trimmed().isEmpty()) {
            showError(tr("Scan the barcode, or press F2 for a new one."));
            m_id->setFocus();
            return;
        }
    }
    auto weight = Weight::parse(m_weight->text());
    if (!weight) {
        showError(weight.error().message);
        m_weight->setFocus();
        m_weight->selectAll();
        return;
    }
    req.weight = *weight;
    if (m_tariffs) {
        if (m_destination->text().trimmed().isEmpty()) {
            showError(tr("Enter where the item goes: a postcode, or a country code for abroad."));
            m_destination->setFocus();
            return;
        }
        requote();
        if (m_quotedTotalKop < 0) {
            showError(m_price->errorText().isEmpty() ? tr("The item cannot be priced.")
                                                     : m_price->errorText());
            return;
        }
        QString amountError;
        req.objectCode = currentObject();
        req.declaredValueKop = parseAmount(m_declared, &amountError).value_or(0);
        req.codKop = parseAmount(m_cod, &amountError).value_or(0);
        req.totalKop = m_quotedTotalKop;
        req.destination = m_destination->text().trimmed().toUpper();
    }
    auto done = m_acceptance.accept(req);
    if (!done) {
        showError(done.error().message);
        return;
    }
    prependRow(done->id.text, req.objectCode.value_or(0), done->weightG, req.totalKop, done->atUtc);
    emit itemAccepted(done->id.text);
    clearForm(); // product and destination stay: the next customer often sends the same kind
}

void AcceptanceScreen::showError(const QString& message)
{
    m_error->setText(message);
}

void AcceptanceScreen::prependRow(const QString& id, int object, qint64 grams, qint64 totalKop,
                                  const QDateTime& atUtc, bool voided)
{
    m_today->insertRow(0);
    const QTimeZone zone(m_acceptance.context().utcOffsetMin * 60);
    const QStringList cells = {id, object > 0 ? QString::number(object) : QString(), QString::number(grams),
                               totalKop > 0 ? Money::fromKopecks(totalKop).format(numberStyleFor(QLocale()))
                                            : QString(),
                               atUtc.toTimeZone(zone).toString(QStringLiteral("HH:mm:ss"))};
    for (int c = 0; c < ColCount; ++c)
        m_today->setItem(0, c, new QTableWidgetItem(cells[c]));
    m_today->item(0, ColId)->setData(Qt::UserRole, id);
    if (voided)
        markVoided(0);
}

void AcceptanceScreen::markVoided(int row)
{
    for (int c = 0; c < ColCount; ++c) {
        QTableWidgetItem* cell = m_today->item(row, c);
        if (!cell)
            continue;
        QFont f = cell->font();
        f.setStrikeOut(true);
        cell->setFont(f);
        cell->setForeground(Qt::gray);
    }
    QTableWidgetItem* id = m_today->item(row, ColId);
    id->setText(tr("%1 (voided)").arg(id->data(Qt::UserRole).toString()));
    id->setData(Qt::UserRole + 1, true);
}

void AcceptanceScreen::refreshToday()
{
    m_today->setRowCount(0);
    auto items = m_acceptance.acceptedToday();
    if (!items) {
        showError(items.error().message);
        return;
    }
    for (auto it = items->crbegin(); it != items->crend(); ++it)
        prependRow(it->id, it->objectCode.value_or(0), it->weightG, it->totalKop, it->acceptedAtUtc,
                   it->status == QLatin1String("voided"));
}

} // namespace pc::app
