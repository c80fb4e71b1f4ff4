#pragma once
// The recipient and sender of one item in a compact two-column group. The recipient's postcode comes
// first: leaving it looks the postcode up in the directory and fills region and settlement, showing
// the office (or why the postcode is refused) next to the field. International items take a country.
#include "domain/acceptance/Shipment.h"

#include <QGroupBox>

class QCheckBox;
class QLabel;
class QComboBox;
class QLineEdit;

namespace pc::services {
class AddressBook;
class PostcodeDirectory;
} // namespace pc::services

namespace pc::app {

class AddressForm : public QGroupBox {
    Q_OBJECT
public:
    // postcodes may be null: no lookup, the clerk types region and settlement.
    explicit AddressForm(services::PostcodeDirectory* postcodes, QWidget* parent = nullptr);

    void setInternational(bool international);
    // Sent by the recipient's phone number (docs/phone-send.md): only the recipient's name and mobile
    // phone are taken, the address fields are off; recipient() gives the phone in E.164 when valid.
    bool byRecipientPhone() const;
    acceptance::Address recipient() const;
    acceptance::Address sender() const;
    void setAddresses(const acceptance::Address& recipient, const acceptance::Address& sender);
    void setSender(const acceptance::Address& sender);
    // Regular senders from the counter's address book, offered on the sender's name (may be null).
    void setAddressBook(services::AddressBook* book);
    void clear();

    QWidget* firstField() const;
    QWidget* lastField() const;
    QList<QLineEdit*> fields() const; // every line edit, in tab order

signals:
    void changed();

private:
    void lookUpPostcode();
    void setByRecipientPhone(bool on);

    services::PostcodeDirectory* m_postcodes;
    bool m_international = false;
    QCheckBox* m_byPhone = nullptr;
    QComboBox* m_toType = nullptr; // street address, P.O. box, poste restante, military unit
    QLineEdit* m_toCountry = nullptr;
    QLineEdit* m_toPostcode = nullptr;
    QLabel* m_toOffice = nullptr;
    QLineEdit* m_toRegion = nullptr;
    QLineEdit* m_toPlace = nullptr;
    QLineEdit* m_toName = nullptr;
    QLineEdit* m_toStreet = nullptr;
    QLineEdit* m_toHouse = nullptr;
    QLineEdit* m_toRoom = nullptr;
    QLineEdit* m_toPhone = nullptr;
    QLineEdit* m_fromName = nullptr;
    QLineEdit* m_fromPostcode = nullptr;
    QLineEdit* m_fromPlace = nullptr;
    QLineEdit* m_fromStreet = nullptr;
    QLineEdit* m_fromHouse = nullptr;
    QLineEdit* m_fromPhone = nullptr;
};

} // namespace pc::app
