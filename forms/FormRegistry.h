#pragma once
// Every printable form by its CLI name: JSON data in, built layout out, plus an example data file.
#include "forms/layout/Layout.h"

#include <QJsonObject>
#include <functional>

namespace pc::forms {

struct FormInfo {
    QString name; // "label", "receipt", "cn23", …
    QString description;
    std::function<Result<layout::Document>(const QJsonObject&)> build;
};

const std::vector<FormInfo>& formRegistry();
const FormInfo* findForm(const QString& name);
QByteArray exampleData(const QString& name); // realistic sample JSON for the form

// Parses JSON text and builds the named form (errors name the field).
Result<layout::Document> buildForm(const QString& name, const QByteArray& json);

} // namespace pc::forms
