#include "BundledTariffs.h"

#include <QDir>
#include <QFile>

namespace pc::db {

QList<BundledTariff> bundledTariffs()
{
    QList<BundledTariff> list;
    const QDir dir(QStringLiteral(":/pc/tariffs"));
    for (const QString& f : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(f));
        if (file.open(QIODevice::ReadOnly))
            list.push_back({f, file.readAll()});
    }
    return list;
}

} // namespace pc::db
