#pragma once
// Argon2id password hashes (libsodium crypto_pwhash_str). The stored string carries its own salt and
// cost, so a hash made with one cost still verifies after the default changes.
#include "domain/Result.h"

#include <QString>

namespace pc::services {

struct HashCost {
    unsigned long long opsLimit = 0; // 0 → libsodium's "interactive" defaults
    size_t memLimit = 0;
    static HashCost interactive() { return {}; }
    static HashCost minimal(); // tests only: the cheapest cost libsodium accepts
};

Result<QString> hashPassword(const QString& password, HashCost cost = HashCost::interactive());
bool verifyPassword(const QString& hash, const QString& password);

} // namespace pc::services
