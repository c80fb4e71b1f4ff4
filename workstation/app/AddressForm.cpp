#include "AddressForm.h"

#include "SenderCompleter.h"
#include "domain/phonesend/MobilePhone.h"
#include "services/address/PostcodeDirectory.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace pc::app {

namespace {
QLineEdit* edit(QWidget* parent, const char* name)
{
    auto* e = new QLineEdit(parent);
    e->setObjectName(QString::fromLatin1(name));
    return e;
}
} // namespace

AddressForm::AddressForm(services::PostcodeDirectory* postcodes, QWidget* parent)
    : QGroupBox(tr("Addresses"), parent), m_postcodes(postcodes)
{
    m_toCountry = edit(this, "toCountryEdit");
    m_toCountry->setPlaceholderText(tr("country code, e.g. DE"));
    m_toCountry->setMaxLength(2);
    m_toPostcode = edit(this, "toPostcodeEdit");
    m_toPostcode->setPlaceholderText(tr("postcode, e.g. 630099"));
    m_toOffice = new QLabel(this);
    m_toOffice->setObjectName(QStringLiteral("toOfficeLabel"));
    m_toOffice->setWordWrap(true);
    m_toRegion = edit(this, "toRegionEdit");
    m_toPlace = edit(this, "toPlaceEdit");
    m_toName = edit(this, "toNameEdit");
    m_toStreet = edit(this, "toStreetEdit");
    m_toHouse = edit(this, "toHouseEdit");
    m_toRoom = edit(this, "toRoomEdit");
    m_toPhone = edit(this, "toPhoneEdit");
    m_fromName = edit(this, "fromNameEdit");
    m_fromPostcode = edit(this, "fromPostcodeEdit");
    m_fromPlace = edit(this, "fromPlaceEdit");
    m_fromStreet = edit(this, "fromStreetEdit");
    m_fromHouse = edit(this, "fromHouseEdit");
    m_fromPhone = edit(this, "fromPhoneEdit");

    auto* to = new QFormLayout;
    to->addRow(new QLabel(tr("<b>Recipient</b>"), this));
    m_byPhone = new QCheckBox(tr("B&y recipient's phone (the recipient chooses the office)"), this);
    m_byPhone->setObjectName(QStringLiteral("byPhoneCheck"));
    m_byPhone->setFocusPolicy(Qt::ClickFocus); // Alt+Y; Tab keeps going from field to field
    to->addRow(m_byPhone);
    connect(m_byPhone, &QCheckBox::toggled, this, &AddressForm::setByRecipientPhone);
    to->addRow(tr("Country:"), m_toCountry);
    auto* postcodeRow = new QHBoxLayout;
    m_toPostcode->setMinimumWidth(
        m_toPostcode->fontMetrics().horizontalAdvance(QStringLiteral("0000000000")));
    postcodeRow->addWidget(m_toPostcode);
    postcodeRow->addWidget(m_toOffice, 1);
    to->addRow(tr("Postcode:"), postcodeRow);
    to->addRow(tr("Name:"), m_toName);
    // Where the item is delivered: the room field holds the P.O. box or unit number for those types.
    m_toType = new QComboBox(this);
    m_toType->setObjectName(QStringLiteral("toTypeCombo"));
    m_toType->addItem(tr("Street address"), int(acceptance::AddressType::Street));
    m_toType->addItem(tr("P.O. box (number in Room)"), int(acceptance::AddressType::PoBox));
    m_toType->addItem(tr("Poste restante"), int(acceptance::AddressType::PosteRestante));
    m_toType->addItem(tr("Military unit (number in Room)"), int(acceptance::AddressType::Unit));
    auto* typeLabel = new QLabel(tr("Deli&very:"), this);
    typeLabel->setBuddy(m_toType);
    to->addRow(typeLabel, m_toType);
    connect(m_toType, &QComboBox::currentIndexChanged, this, &AddressForm::changed);
    to->addRow(tr("Region:"), m_toRegion);
    to->addRow(tr("Settlement:"), m_toPlace);
    to->addRow(tr("Street:"), m_toStreet);
    auto* houseRow = new QHBoxLayout;
    houseRow->addWidget(m_toHouse);
    houseRow->addWidget(new QLabel(tr("Room:"), this));
    houseRow->addWidget(m_toRoom);
    to->addRow(tr("House:"), houseRow);
    to->addRow(tr("Phone:"), m_toPhone);

    auto* from = new QFormLayout;
    from->addRow(new QLabel(tr("<b>Sender</b>"), this));
    from->addRow(tr("Name:"), m_fromName);
    from->addRow(tr("Postcode:"), m_fromPostcode);
    from->addRow(tr("Settlement:"), m_fromPlace);
    from->addRow(tr("Street:"), m_fromStreet);
    from->addRow(tr("House:"), m_fromHouse);
    from->addRow(tr("Phone:"), m_fromPhone);

    auto* columns = new QHBoxLayout(this);
    columns->addLayout(to, 1);
    columns->addLayout(from, 1);

    // Keyboard order: what the clerk reads off the envelope, recipient first, postcode first.
    const QList<QLineEdit*> order = fields();
    for (int i = 1; i < order.size(); ++i)
        setTabOrder(order[i - 1], order[i]);
    for (QLineEdit* e : order)
        connect(e, &QLineEdit::textChanged, this, &AddressForm::changed);
    connect(m_toPostcode, &QLineEdit::editingFinished, this, &AddressForm::lookUpPostcode);
    setInternational(false);
}

QList<QLineEdit*> AddressForm::fields() const
{
    // Region and settlement come from the postcode lookup: they are checked, rarely typed.
    return {m_toCountry,    m_toPostcode, m_toName,     m_toStreet,  m_toHouse,
            m_toRoom,       m_toPhone,    m_toRegion,   m_toPlace,   m_fromName,
            m_fromPostcode, m_fromPlace,  m_fromStreet, m_fromHouse, m_fromPhone};
}

QWidget* AddressForm::firstField() const
{
    return m_international ? m_toCountry : m_toPostcode;
}

QWidget* AddressForm::lastField() const
{
    return m_fromPhone;
}

void AddressForm::setInternational(bool international)
{
    m_international = international;
    m_toCountry->setEnabled(international);
    if (!international)
        m_toCountry->clear();
    m_toOffice->clear();
}

bool AddressForm::byRecipientPhone() const
{
    return m_byPhone->isChecked();
}

void AddressForm::setByRecipientPhone(bool on)
{
    for (QWidget* w : std::initializer_list<QWidget*>{m_toCountry, m_toPostcode, m_toType, m_toRegion,
                                                      m_toPlace, m_toStreet, m_toHouse, m_toRoom})
        w->setEnabled(!on);
    if (!on)
        m_toCountry->setEnabled(m_international);
    m_toOffice->setText(on ? tr("The recipient will choose the office: give the name and a mobile phone.")
                           : QString());
    emit changed();
}

void AddressForm::lookUpPostcode()
{
    if (!m_postcodes || m_international)
        return;
    const QString code = m_toPostcode->text().trimmed();
    if (code.isEmpty()) {
        m_toOffice->clear();
        return;
    }
    auto info = m_postcodes->lookup(code);
    if (!info) {
        m_toOffice->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_toOffice->setText(info.error().message);
        return;
    }
    m_toOffice->setStyleSheet(QString());
    m_toOffice->setText(info->sample ? tr("%1 (sample directory)").arg(info->officeName) : info->officeName);
    m_toRegion->setText(info->region);
    m_toPlace->setText(info->settlement);
}

acceptance::Address AddressForm::recipient() const
{
    acceptance::Address a;
    if (byRecipientPhone()) {
        a.name = m_toName->text().trimmed();
        a.phone = phonesend::normalizeMobilePhone(m_toPhone->text()).valueOr(m_toPhone->text().trimmed());
        return a;
    }
    a.name = m_toName->text().trimmed();
    a.postcode = m_toPostcode->text().trimmed();
    if (m_international)
        a.country = m_toCountry->text().trimmed().toUpper();
    a.region = m_toRegion->text().trimmed();
    a.place = m_toPlace->text().trimmed();
    a.street = m_toStreet->text().trimmed();
    a.house = m_toHouse->text().trimmed();
    a.room = m_toRoom->text().trimmed();
    a.phone = m_toPhone->text().trimmed();
    a.type = acceptance::AddressType(m_toType->currentData().toInt());
    return a;
}

acceptance::Address AddressForm::sender() const
{
    acceptance::Address a;
    a.name = m_fromName->text().trimmed();
    a.postcode = m_fromPostcode->text().trimmed();
    a.place = m_fromPlace->text().trimmed();
    a.street = m_fromStreet->text().trimmed();
    a.house = m_fromHouse->text().trimmed();
    a.phone = m_fromPhone->text().trimmed();
    return a;
}

void AddressForm::setAddresses(const acceptance::Address& to, const acceptance::Address& from)
{
    {
        const QSignalBlocker block(this); // one "changed" for the whole fill, emitted below
        m_toCountry->setText(m_international ? to.country : QString());
        m_toPostcode->setText(to.postcode);
        m_toName->setText(to.name);
        m_toRegion->setText(to.region);
        m_toPlace->setText(to.place);
        m_toStreet->setText(to.street);
        m_toHouse->setText(to.house);
        m_toRoom->setText(to.room);
        m_toPhone->setText(to.phone);
        m_toType->setCurrentIndex(qMax(0, m_toType->findData(int(to.type))));
        m_fromName->setText(from.name);
        m_fromPostcode->setText(from.postcode);
        m_fromPlace->setText(from.place);
        m_fromStreet->setText(from.street);
        m_fromHouse->setText(from.house);
        m_fromPhone->setText(from.phone);
        m_toOffice->clear();
    }
    emit changed();
}

void AddressForm::setSender(const acceptance::Address& from)
{
    {
        const QSignalBlocker block(this); // one "changed" for the whole fill, emitted below
        m_fromName->setText(from.name);
        m_fromPostcode->setText(from.postcode);
        m_fromPlace->setText(from.place);
        m_fromStreet->setText(from.street);
        m_fromHouse->setText(from.house);
        m_fromPhone->setText(from.phone);
    }
    emit changed();
}

void AddressForm::setAddressBook(services::AddressBook* book)
{
    if (!book)
        return;
    auto* senders = new SenderCompleter(*book, m_fromName);
    connect(senders, &SenderCompleter::picked, this, &AddressForm::setSender);
}

void AddressForm::clear()
{
    m_byPhone->setChecked(false);
    setAddresses({}, {});
}

} // namespace pc::app
