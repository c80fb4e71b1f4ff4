#include "SenderCompleter.h"

#include "services/address/AddressBook.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QLineEdit>
#include <QRegularExpression>
#include <QStandardItemModel>

namespace pc::app {

namespace {
constexpr int kSuggestions = 10;

QString describe(const acceptance::Address& a)
{
    QStringList parts{a.name};
    const QString where = QStringList{a.postcode, a.place, a.street, a.house}
                              .filter(QRegularExpression(QStringLiteral("\\S")))
                              .join(u' ');
    if (!where.isEmpty())
        parts << where;
    if (!a.phone.isEmpty())
        parts << a.phone;
    return parts.join(QStringLiteral(" · "));
}
} // namespace

SenderCompleter::SenderCompleter(services::AddressBook& book, QLineEdit* name)
    : QObject(name), m_book(book), m_name(name)
{
    m_model = new QStandardItemModel(this);
    m_completer = new QCompleter(m_model, this);
    // The book already filtered (by name word, phone or postcode): show its answer as it is.
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setWidget(m_name);
    connect(m_name, &QLineEdit::textEdited, this, &SenderCompleter::suggest);
    connect(m_completer, qOverload<const QModelIndex&>(&QCompleter::activated), this,
            [this](const QModelIndex& index) {
                const int row = index.data(Qt::UserRole).toInt();
                if (row >= 0 && row < m_found.size())
                    emit picked(m_found[row]);
            });
}

void SenderCompleter::suggest(const QString& text)
{
    auto found = m_book.search(text.trimmed(), kSuggestions);
    m_model->clear();
    m_found.clear();
    if (!found || found->isEmpty()) {
        m_completer->popup()->hide();
        return;
    }
    for (const auto& entry : std::as_const(*found)) {
        auto* item = new QStandardItem(describe(entry.address));
        item->setData(int(m_found.size()), Qt::UserRole);
        m_model->appendRow(item);
        m_found << entry.address;
    }
    m_completer->complete();
}

} // namespace pc::app
