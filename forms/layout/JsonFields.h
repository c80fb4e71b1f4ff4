#pragma once
// Reads a form's data from JSON with errors that name the field ("recipient.postcode is
// missing"). The first error is kept; readers return defaults afterwards so a builder can read
// everything and check once.
#include "domain/ItemIdentifier.h"
#include "domain/Money.h"

#include <QJsonArray>
#include <QJsonObject>
#include <optional>

namespace pc::forms::layout {

struct Party {
    QString name;
    QString address; // street, house, flat
    QString city;
    QString region;
    QString postcode;
    QString country; // ISO alpha-2 or name; empty for domestic
    QString phone;
    QString oneLine() const; // "address, city, region"
};

class JsonFields {
public:
    JsonFields(const QJsonObject& root, QString prefix = {}) : m_root(root), m_prefix(std::move(prefix)) {}

    QString text(const QString& key, bool required = true, int maxLength = 0);
    Money money(const QString& key, bool required = true); // number of roubles or "1 234,56"
    std::int64_t grams(const QString& key, bool required = true);
    std::int64_t integer(const QString& key, bool required = true, std::int64_t min = 0,
                         std::int64_t max = 1'000'000'000);
    bool flag(const QString& key);
    ItemId itemId(const QString& key, bool required = true);
    // A party with "addressing": "by_recipient_phone" has only a name and a (masked) phone.
    Party party(const QString& key, bool needPhone = false, bool international = false);
    QJsonArray array(const QString& key, bool required = true, int minItems = 1, int maxItems = 1000);
    JsonFields object(const QString& key);                                  // nested, errors prefixed "key."
    JsonFields element(const QJsonArray& a, const QString& key, int index); // "key[i]."
    bool has(const QString& key) const { return m_root.contains(key); }

    QString path(const QString& key) const { return m_prefix + key; }
    const std::optional<Error>& error() const { return *m_error; }
    void fail(const QString& code, const QString& message);

private:
    JsonFields(const QJsonObject& root, QString prefix, std::shared_ptr<std::optional<Error>> shared)
        : m_root(root), m_prefix(std::move(prefix)), m_error(std::move(shared))
    {}
    QJsonValue value(const QString& key, bool required);

    QJsonObject m_root;
    QString m_prefix;
    std::shared_ptr<std::optional<Error>> m_error = std::make_shared<std::optional<Error>>();
};

} // namespace pc::forms::layout
