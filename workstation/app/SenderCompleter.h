#pragma once
// Regular senders one pick away: a completer on the sender's name field fed by the counter's address
// book (recent senders on an empty field, search() as the clerk types a name, phone or postcode).
// Picking one hands the whole address over (picked()).
#include "domain/acceptance/Shipment.h"

#include <QObject>

class QCompleter;
class QLineEdit;
class QStandardItemModel;

namespace pc::services {
class AddressBook;
}

namespace pc::app {

class SenderCompleter : public QObject {
    Q_OBJECT
public:
    SenderCompleter(services::AddressBook& book, QLineEdit* name);

    QCompleter* completer() const { return m_completer; }
    // Fills the suggestions for the text (empty: the most recent senders) and shows them.
    void suggest(const QString& text);

signals:
    void picked(const acceptance::Address& address);

private:
    services::AddressBook& m_book;
    QLineEdit* m_name;
    QStandardItemModel* m_model = nullptr;
    QCompleter* m_completer = nullptr;
    QList<acceptance::Address> m_found;
};

} // namespace pc::app
