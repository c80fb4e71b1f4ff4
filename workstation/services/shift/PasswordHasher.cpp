#include "PasswordHasher.h"

#include <QCoreApplication>
#include <sodium.h>

namespace pc::services {

namespace {
bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}
} // namespace

HashCost HashCost::minimal()
{
    return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
}

Result<QString> hashPassword(const QString& password, HashCost cost)
{
    if (password.isEmpty())
        return Error{QStringLiteral("operator.password_empty"),
                     QCoreApplication::translate("Operators", "The password must not be empty.")};
    if (!sodiumReady())
        return Error{QStringLiteral("crypto.init"),
                     QCoreApplication::translate("Operators", "The cryptography library failed to start.")};
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    const unsigned long long ops = cost.opsLimit ? cost.opsLimit : crypto_pwhash_OPSLIMIT_INTERACTIVE;
    const size_t mem = cost.memLimit ? cost.memLimit : crypto_pwhash_MEMLIMIT_INTERACTIVE;
    if (crypto_pwhash_str_alg(out, utf8.constData(), static_cast<unsigned long long>(utf8.size()), ops, mem,
                              crypto_pwhash_ALG_ARGON2ID13) != 0)
        return Error{QStringLiteral("crypto.out_of_memory"),
                     QCoreApplication::translate("Operators", "Not enough memory to hash the password.")};
    return QString::fromLatin1(out);
}

bool verifyPassword(const QString& hash, const QString& password)
{
    if (hash.isEmpty() || !sodiumReady())
        return false;
    const QByteArray h = hash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(h.constData(), utf8.constData(),
                                    static_cast<unsigned long long>(utf8.size())) == 0;
}

} // namespace pc::services
