#pragma once
// A null QString binds as SQL NULL; text columns that are NOT NULL want '' instead.
#include <QString>
#include <QVariant>

namespace pc::db {

inline QVariant textValue(const QString& s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

} // namespace pc::db
