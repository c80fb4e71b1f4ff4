#pragma once
// The tariff files shipped inside the binary (db/tariffs/*.json, resource prefix :/pc/tariffs): the
// honest sample tariff a new or demo installation starts from.
#include <QByteArray>
#include <QList>
#include <QString>

namespace pc::db {

struct BundledTariff {
    QString fileName; // "sample.json"
    QByteArray content;
};

QList<BundledTariff> bundledTariffs();

} // namespace pc::db
