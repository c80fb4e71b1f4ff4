#include "AcceptanceScreen.h"

#include "db/ItemRepository.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace pc::app {

namespace {
enum Column { ColId, ColKind, ColWeight, ColTime, ColCount };
}

AcceptanceScreen::AcceptanceScreen(services::AcceptanceService& acceptance, QWidget* parent)
    : QWidget(parent), m_acceptance(acceptance)
{
    auto* title = new QLabel(tr("Acceptance"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    title->setFont(big);

    m_id = new QLineEdit(this);
    m_id->setObjectName(QStringLiteral("idEdit"));
    m_id->setPlaceholderText(tr("Scan or type the barcode"));
    m_idHint = new QLabel(tr("F2: new domestic barcode · F3: new international (S10) · Esc: clear"), this);
    m_idHint->setObjectName(QStringLiteral("idHint"));
    m_weight = new QLineEdit(this);
    m_weight->setObjectName(QStringLiteral("weightEdit"));
    m_weight->setPlaceholderText(tr("grams, or kg with \"kg\" (1,5 kg)"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    m_error->setWordWrap(true);
    m_acceptButton = new QPushButton(tr("Accept (Enter)"), this);
    m_acceptButton->setObjectName(QStringLiteral("acceptButton"));

    QFont field = m_id->font();
    field.setPointSizeF(field.pointSizeF() * 1.4);
    m_id->setFont(field);
    m_weight->setFont(field);

    auto* form = new QFormLayout;
    form->addRow(tr("&Barcode:"), m_id);
    form->addRow(QString(), m_idHint);
    form->addRow(tr("&Weight:"), m_weight);
    form->addRow(QString(), m_error);
    form->addRow(QString(), m_acceptButton);

    m_today = new QTableWidget(0, ColCount, this);
    m_today->setObjectName(QStringLiteral("todayTable"));
    m_today->setHorizontalHeaderLabels({tr("Identifier"), tr("Kind"), tr("Weight, g"), tr("Time")});
    m_today->horizontalHeader()->setSectionResizeMode(ColId, QHeaderView::Stretch);
    m_today->horizontalHeader()->setSectionResizeMode(ColKind, QHeaderView::ResizeToContents);
    m_today->verticalHeader()->hide();
    m_today->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_today->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_today->setFocusPolicy(Qt::NoFocus);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Today's operations"), this));
    layout->addWidget(m_today, 1);

    connect(m_id, &QLineEdit::returnPressed, this, &AcceptanceScreen::onIdEntered);
    connect(m_weight, &QLineEdit::returnPressed, this, &AcceptanceScreen::accept);
    connect(m_acceptButton, &QPushButton::clicked, this, &AcceptanceScreen::accept);
    connect(m_id, &QLineEdit::textEdited, this, [this] {
        m_allocate.reset();
        m_error->clear();
    });
    auto* f2 = new QShortcut(QKeySequence(Qt::Key_F2), this);
    connect(f2, &QShortcut::activated, this, [this] { allocateOnAccept(IdKind::Rpo14); });
    auto* f3 = new QShortcut(QKeySequence(Qt::Key_F3), this);
    connect(f3, &QShortcut::activated, this, [this] { allocateOnAccept(IdKind::S10); });
    auto* esc = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(esc, &QShortcut::activated, this, &AcceptanceScreen::clearForm);

    setTabOrder(m_id, m_weight);
    setTabOrder(m_weight, m_acceptButton);
    m_id->setFocus();
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
    m_error->clear();
    m_id->setFocus();
}

void AcceptanceScreen::onIdEntered()
{
    if (!m_allocate) {
        auto id = parseItemId(m_id->text());
        if (!id) {
            showError(id.error().message);
            m_id->selectAll();
            return;
        }
        m_id->setText(id->text);
    }
    m_error->clear();
    m_weight->setFocus();
}

void AcceptanceScreen::accept()
{
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
    auto done = m_acceptance.accept(req);
    if (!done) {
        showError(done.error().message);
        return;
    }
    prependRow(done->id.text, idKindName(done->id.kind), done->weightG, done->atUtc);
    emit itemAccepted(done->id.text);
    clearForm();
}

void AcceptanceScreen::showError(const QString& message)
{
    m_error->setText(message);
}

void AcceptanceScreen::prependRow(const QString& id, const QString& kind, qint64 grams,
                                  const QDateTime& atUtc)
{
    m_today->insertRow(0);
    const QTimeZone zone(m_acceptance.context().utcOffsetMin * 60);
    const QStringList cells = {id, kind == QStringLiteral("s10") ? tr("international") : tr("domestic"),
                               QString::number(grams),
                               atUtc.toTimeZone(zone).toString(QStringLiteral("HH:mm:ss"))};
    for (int c = 0; c < ColCount; ++c)
        m_today->setItem(0, c, new QTableWidgetItem(cells[c]));
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
        prependRow(it->id, idKindName(it->kind), it->weightG, it->acceptedAtUtc);
}

} // namespace pc::app
