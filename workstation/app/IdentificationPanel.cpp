#include "IdentificationPanel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTabWidget>
#include <QVBoxLayout>

namespace pc::app {

QDate parseTypedDate(const QString& text)
{
    const QString t = text.trimmed();
    for (const QString& format : {QStringLiteral("dd.MM.yyyy"), QStringLiteral("ddMMyyyy"),
                                  QStringLiteral("yyyy-MM-dd"), QStringLiteral("d.M.yyyy")}) {
        const QDate d = QDate::fromString(t, format);
        if (d.isValid())
            return d;
    }
    return {};
}

namespace {
QLineEdit* field(const char* name, const QString& placeholder, QWidget* parent)
{
    auto* e = new QLineEdit(parent);
    e->setObjectName(QString::fromLatin1(name));
    e->setPlaceholderText(placeholder);
    return e;
}

QComboBox* docTypes(const char* name, QWidget* parent)
{
    auto* c = new QComboBox(parent);
    c->setObjectName(QString::fromLatin1(name));
    for (issuing::IdDocType t : issuing::acceptedIdDocTypes())
        c->addItem(issuing::idDocTypeTitle(t), issuing::idDocTypeName(t));
    return c;
}

QLabel* maskedLabel(const char* name, QWidget* parent)
{
    auto* l = new QLabel(parent);
    l->setObjectName(QString::fromLatin1(name));
    return l;
}

// Enter moves on to the next field, as on paper forms; the last one completes the page.
void chain(QWidget* panel, const QList<QLineEdit*>& fields)
{
    for (int i = 0; i + 1 < fields.size(); ++i) {
        QLineEdit* next = fields[i + 1];
        QObject::connect(fields[i], &QLineEdit::returnPressed, panel, [next] {
            next->setFocus();
            next->selectAll();
        });
    }
}
} // namespace

IdentificationPanel::IdentificationPanel(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_pages = new QTabWidget(this);
    m_pages->setObjectName(QStringLiteral("idMethodTabs"));
    m_pages->setFocusPolicy(Qt::NoFocus);
    m_pages->addTab(buildIdPage(), tr("ID document (Ctrl+1)"));
    m_pages->addTab(buildPoaPage(), tr("Power of attorney (Ctrl+2)"));
    m_pages->addTab(buildSmsPage(), tr("SMS code (Ctrl+3)"));
    layout->addWidget(m_pages);
    connect(m_pages, &QTabWidget::currentChanged, this, [this] { focusFirst(); });
    const Method methods[] = {Method::IdDocument, Method::PowerOfAttorney, Method::SmsCode};
    for (int i = 0; i < 3; ++i) {
        auto* key = new QShortcut(QKeySequence(Qt::CTRL | (Qt::Key_1 + i)), this);
        const Method m = methods[i];
        connect(key, &QShortcut::activated, this, [this, m] { setMethod(m); });
    }
}

QWidget* IdentificationPanel::buildIdPage()
{
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    m_docType = docTypes("idDocTypeCombo", page);
    m_docNumber = field("idDocNumberEdit", tr("series and number"), page);
    m_docNumber->setEchoMode(QLineEdit::PasswordEchoOnEdit); // visible while typed, masked after
    m_docIssued = field("idDocIssuedEdit", tr("DD.MM.YYYY"), page);
    m_docMasked = maskedLabel("idDocMaskedLabel", page);
    form->addRow(tr("Document:"), m_docType);
    form->addRow(tr("Number:"), m_docNumber);
    form->addRow(tr("Issued on:"), m_docIssued);
    form->addRow(QString(), m_docMasked);
    chain(this, {m_docNumber, m_docIssued});
    connect(m_docIssued, &QLineEdit::returnPressed, this, [this] {
        auto doc = document(m_docType, m_docNumber, m_docIssued);
        showChecked(m_docNumber, m_docMasked,
                    doc ? issuing::checkIdDocument(*doc, m_today)
                        : Result<issuing::CheckedIdDocument>(doc.error()));
        if (doc)
            emit completed();
    });
    return page;
}

QWidget* IdentificationPanel::buildPoaPage()
{
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    m_poaNumber = field("poaNumberEdit", tr("number of the power of attorney"), page);
    m_poaIssued = field("poaIssuedEdit", tr("DD.MM.YYYY"), page);
    m_poaValidUntil = field("poaValidUntilEdit", tr("DD.MM.YYYY, empty: one year"), page);
    m_poaIssuedBy = field("poaIssuedByEdit", tr("the addressee or the certifying organisation"), page);
    m_repType = docTypes("repDocTypeCombo", page);
    m_repNumber = field("repDocNumberEdit", tr("series and number"), page);
    m_repNumber->setEchoMode(QLineEdit::PasswordEchoOnEdit);
    m_repIssued = field("repDocIssuedEdit", tr("DD.MM.YYYY"), page);
    m_repMasked = maskedLabel("repDocMaskedLabel", page);
    form->addRow(tr("Power of attorney No.:"), m_poaNumber);
    form->addRow(tr("Issued on:"), m_poaIssued);
    form->addRow(tr("Valid until:"), m_poaValidUntil);
    form->addRow(tr("Issued by:"), m_poaIssuedBy);
    form->addRow(tr("Representative's document:"), m_repType);
    form->addRow(tr("Number:"), m_repNumber);
    form->addRow(tr("Issued on:"), m_repIssued);
    form->addRow(QString(), m_repMasked);
    chain(this, {m_poaNumber, m_poaIssued, m_poaValidUntil, m_poaIssuedBy, m_repNumber, m_repIssued});
    connect(m_repIssued, &QLineEdit::returnPressed, this, [this] {
        auto doc = document(m_repType, m_repNumber, m_repIssued);
        showChecked(m_repNumber, m_repMasked,
                    doc ? issuing::checkIdDocument(*doc, m_today)
                        : Result<issuing::CheckedIdDocument>(doc.error()));
        if (doc)
            emit completed();
    });
    return page;
}

QWidget* IdentificationPanel::buildSmsPage()
{
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    auto* send = new QPushButton(tr("Send code (Ctrl+S)"), page);
    send->setObjectName(QStringLiteral("sendCodeButton"));
    send->setFocusPolicy(Qt::NoFocus);
    m_smsCode = field("smsCodeEdit", tr("the code the recipient tells"), page);
    m_smsCode->setMaxLength(8);
    m_smsStatus = maskedLabel("smsStatusLabel", page);
    m_smsStatus->setWordWrap(true);
    form->addRow(QString(), send);
    form->addRow(tr("Code:"), m_smsCode);
    form->addRow(QString(), m_smsStatus);
    connect(send, &QPushButton::clicked, this, &IdentificationPanel::sendCodeRequested);
    auto* key = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_S), this);
    connect(key, &QShortcut::activated, this, [this] {
        setMethod(Method::SmsCode);
        emit sendCodeRequested();
    });
    connect(m_smsCode, &QLineEdit::returnPressed, this,
            [this] { emit codeEntered(m_smsCode->text().trimmed()); });
    return page;
}

IdentificationPanel::Method IdentificationPanel::method() const
{
    switch (m_pages->currentIndex()) {
    case 1:
        return Method::PowerOfAttorney;
    case 2:
        return Method::SmsCode;
    default:
        return Method::IdDocument;
    }
}

void IdentificationPanel::setMethod(Method method)
{
    m_pages->setCurrentIndex(int(method));
    focusFirst();
}

void IdentificationPanel::focusFirst()
{
    QLineEdit* first = method() == Method::IdDocument        ? m_docNumber
                       : method() == Method::PowerOfAttorney ? m_poaNumber
                                                             : m_smsCode;
    first->setFocus();
    first->selectAll();
}

Result<issuing::IdDocumentInput> IdentificationPanel::document(QComboBox* type, QLineEdit* number,
                                                               QLineEdit* issued)
{
    issuing::IdDocumentInput doc;
    doc.type = issuing::idDocTypeFromName(type->currentData().toString()).value_or(doc.type);
    doc.number = number->text();
    doc.issued = parseTypedDate(issued->text());
    if (doc.number.trimmed().isEmpty()) {
        number->setFocus();
        return Error{QStringLiteral("iddoc.number_missing"), tr("Enter the document's series and number.")};
    }
    if (!doc.issued.isValid()) {
        issued->setFocus();
        issued->selectAll();
        return Error{QStringLiteral("iddoc.issue_date_missing"),
                     tr("Enter the document's issue date as DD.MM.YYYY.")};
    }
    return doc;
}

void IdentificationPanel::showChecked(QLineEdit* number, QLabel* masked,
                                      const Result<issuing::CheckedIdDocument>& checked)
{
    if (checked) {
        masked->setStyleSheet(QStringLiteral("color: #1b5e20;"));
        masked->setText(tr("Checked: %1 %2").arg(issuing::idDocTypeTitle(checked->type), checked->masked));
    } else {
        masked->setStyleSheet(QStringLiteral("color: #b00020;"));
        masked->setText(checked.error().message);
        number->setFocus();
    }
}

Result<services::Identification> IdentificationPanel::identification(QDate today)
{
    switch (method()) {
    case Method::IdDocument: {
        auto doc = document(m_docType, m_docNumber, m_docIssued);
        if (!doc)
            return doc.error();
        auto checked = issuing::checkIdDocument(*doc, today);
        showChecked(m_docNumber, m_docMasked, checked);
        if (!checked)
            return checked.error();
        return services::Identification{*doc};
    }
    case Method::PowerOfAttorney: {
        issuing::PowerOfAttorney poa;
        poa.number = m_poaNumber->text().trimmed();
        poa.issuedOn = parseTypedDate(m_poaIssued->text());
        poa.validUntil = parseTypedDate(m_poaValidUntil->text());
        poa.issuedBy = m_poaIssuedBy->text().trimmed();
        if (!poa.issuedOn.isValid()) {
            m_poaIssued->setFocus();
            return Error{QStringLiteral("poa.issued_missing"),
                         tr("Enter the date the power of attorney was issued as DD.MM.YYYY.")};
        }
        auto doc = document(m_repType, m_repNumber, m_repIssued);
        if (!doc)
            return doc.error();
        poa.representative = *doc;
        auto checked = issuing::checkPowerOfAttorney(poa, today);
        if (!checked) {
            const QString code = checked.error().code;
            if (code.startsWith(QLatin1String("iddoc.")))
                showChecked(m_repNumber, m_repMasked, checked.error());
            else if (code == QLatin1String("poa.number_missing"))
                m_poaNumber->setFocus();
            else if (code == QLatin1String("poa.issued_by_missing"))
                m_poaIssuedBy->setFocus();
            else
                m_poaIssued->setFocus();
            return checked.error();
        }
        showChecked(m_repNumber, m_repMasked, checked->representative);
        return services::Identification{poa};
    }
    case Method::SmsCode:
        if (m_smsCode->text().trimmed().isEmpty()) {
            m_smsCode->setFocus();
            return Error{QStringLiteral("sms.code_missing"),
                         tr("Send the code (Ctrl+S) and type the code the recipient tells you.")};
        }
        return services::Identification{services::SmsCodeIdentification{m_smsCode->text().trimmed()}};
    }
    return Error{QStringLiteral("issuing.identification"), tr("Choose how the recipient is identified.")};
}

void IdentificationPanel::setSmsStatus(const QString& text, bool error)
{
    m_smsStatus->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QStringLiteral("color: #1b5e20;"));
    m_smsStatus->setText(text);
}

QString IdentificationPanel::smsCode() const
{
    return m_smsCode->text().trimmed();
}

void IdentificationPanel::clear()
{
    for (QLineEdit* e : findChildren<QLineEdit*>())
        e->clear();
    for (QLabel* l : {m_docMasked, m_repMasked, m_smsStatus})
        l->clear();
    m_docType->setCurrentIndex(0);
    m_repType->setCurrentIndex(0);
}

} // namespace pc::app
