#include "PersonalDataCipher.h"

#include "services/AppConfig.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <sodium.h>

namespace pc::services {

namespace {
Error pdError(const char* code, const QString& message)
{
    return Error{QString::fromLatin1(code), message};
}
} // namespace

QString defaultPersonalDataKeyPath(const QString& databasePath)
{
    return QDir(AppConfig::localDataDir(databasePath)).filePath(QStringLiteral("personal-data.key"));
}

PersonalDataCipher PersonalDataCipher::fromKey(const std::array<unsigned char, 32>& key)
{
    PersonalDataCipher c;
    c.m_key = key;
    return c;
}

Result<PersonalDataCipher> PersonalDataCipher::openKeyFile(const QString& path)
{
    static_assert(crypto_secretbox_KEYBYTES == 32);
    if (sodium_init() < 0)
        return pdError("pd.sodium_init",
                       QCoreApplication::translate("PersonalData", "libsodium failed to start."));
    QFile f(path);
    std::array<unsigned char, 32> key{};
    if (!f.exists()) {
        // First use: a fresh random key, readable and writable by the owner only.
        QDir().mkpath(QFileInfo(path).absolutePath());
        crypto_secretbox_keygen(key.data());
        if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly) ||
            !f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
            f.write(reinterpret_cast<const char*>(key.data()), qint64(key.size())) != qint64(key.size()) ||
            !f.flush())
            return pdError(
                "pd.key_create",
                QCoreApplication::translate("PersonalData", "Cannot create the personal-data key file %1: %2")
                    .arg(path, f.errorString()));
        f.close();
        return fromKey(key);
    }
    if (f.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther))
        return pdError("pd.key_permissions",
                       QCoreApplication::translate("PersonalData",
                                                   "The personal-data key file %1 is readable by others: "
                                                   "run chmod 600 on it.")
                           .arg(path));
    if (!f.open(QIODevice::ReadOnly))
        return pdError(
            "pd.key_unreadable",
            QCoreApplication::translate("PersonalData", "Cannot read the personal-data key file %1: %2")
                .arg(path, f.errorString()));
    const QByteArray bytes = f.read(64);
    if (bytes.size() != 32)
        return pdError("pd.key_size", QCoreApplication::translate(
                                          "PersonalData", "The personal-data key file %1 holds %2 bytes "
                                                          "instead of 32: restore it from the backup.")
                                          .arg(path)
                                          .arg(bytes.size()));
    std::copy(bytes.begin(), bytes.end(), key.begin());
    return fromKey(key);
}

SealedData PersonalDataCipher::seal(const QString& plain) const
{
    const QByteArray msg = plain.toUtf8();
    SealedData out;
    out.nonce.resize(crypto_secretbox_NONCEBYTES);
    randombytes_buf(out.nonce.data(), size_t(out.nonce.size()));
    out.ciphertext.resize(qsizetype(crypto_secretbox_MACBYTES) + msg.size());
    crypto_secretbox_easy(reinterpret_cast<unsigned char*>(out.ciphertext.data()),
                          reinterpret_cast<const unsigned char*>(msg.constData()), size_t(msg.size()),
                          reinterpret_cast<const unsigned char*>(out.nonce.constData()), m_key.data());
    return out;
}

Result<QString> PersonalDataCipher::open(const SealedData& sealed) const
{
    const auto bad = [] {
        return pdError("pd.decrypt", QCoreApplication::translate(
                                         "PersonalData", "Personal data cannot be decrypted with this "
                                                         "installation's key."));
    };
    if (sealed.nonce.size() != qsizetype(crypto_secretbox_NONCEBYTES) ||
        sealed.ciphertext.size() < qsizetype(crypto_secretbox_MACBYTES))
        return bad();
    QByteArray msg(sealed.ciphertext.size() - qsizetype(crypto_secretbox_MACBYTES), Qt::Uninitialized);
    if (crypto_secretbox_open_easy(reinterpret_cast<unsigned char*>(msg.data()),
                                   reinterpret_cast<const unsigned char*>(sealed.ciphertext.constData()),
                                   size_t(sealed.ciphertext.size()),
                                   reinterpret_cast<const unsigned char*>(sealed.nonce.constData()),
                                   m_key.data()) != 0)
        return bad();
    return QString::fromUtf8(msg);
}

} // namespace pc::services
