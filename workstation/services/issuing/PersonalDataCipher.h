#pragma once
// Personal data at rest (identity document numbers): libsodium crypto_secretbox with the
// installation's 32-byte key, kept in a key file readable by its owner only (mode 0600), created on
// first use. Only ciphertext and nonce are stored; the plain text never leaves this class's callers.
#include "domain/Result.h"

#include <QByteArray>
#include <QString>
#include <array>

namespace pc::services {

struct SealedData {
    QByteArray nonce;      // crypto_secretbox_NONCEBYTES
    QByteArray ciphertext; // MAC + message
};

class PersonalDataCipher {
public:
    // Loads the key file, creating it (0600) when it does not exist. "pd.key_unreadable",
    // "pd.key_size" (not 32 bytes), "pd.key_permissions" (readable by others), "pd.sodium_init".
    static Result<PersonalDataCipher> openKeyFile(const QString& path);
    static PersonalDataCipher fromKey(const std::array<unsigned char, 32>& key);

    SealedData seal(const QString& plain) const;
    // "pd.decrypt" when the data was not sealed with this key or was altered.
    Result<QString> open(const SealedData& sealed) const;

private:
    std::array<unsigned char, 32> m_key{};
};

// The default key file: "personal-data.key" next to the database.
QString defaultPersonalDataKeyPath(const QString& databasePath);

} // namespace pc::services
