// The personal-data key file and the secretbox round trip.
#include "services/issuing/PersonalDataCipher.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace pc;
using namespace pc::services;

class TestPersonalData : public QObject {
    Q_OBJECT
private slots:
    void keyFileIsCreatedOwnerOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("personal-data.key"));
        auto c = PersonalDataCipher::openKeyFile(path);
        QVERIFY2(c, c ? "" : qPrintable(c.error().message));
        QFile f(path);
        QCOMPARE(f.size(), qint64(32));
        QCOMPARE(f.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther |
                                    QFileDevice::WriteGroup | QFileDevice::WriteOther),
                 QFileDevice::Permissions());
        // Reopened, the same key decrypts what the first one sealed.
        const SealedData s = c->seal(QStringLiteral("4510123456"));
        QVERIFY(!s.ciphertext.contains("4510123456"));
        QCOMPARE(s.nonce.size(), 24);
        QCOMPARE(s.ciphertext.size(), 16 + 10); // MAC + message
        auto again = PersonalDataCipher::openKeyFile(path);
        QVERIFY(again);
        QCOMPARE(*again->open(s), QStringLiteral("4510123456"));
    }
    void anotherKeyOrAlteredDataIsRefused()
    {
        std::array<unsigned char, 32> k1{}, k2{};
        k2[0] = 1;
        const auto a = PersonalDataCipher::fromKey(k1);
        const auto b = PersonalDataCipher::fromKey(k2);
        SealedData s = a.seal(QStringLiteral("secret"));
        QCOMPARE(b.open(s).error().code, QStringLiteral("pd.decrypt"));
        s.ciphertext[3] = char(s.ciphertext[3] ^ 0x40);
        QCOMPARE(a.open(s).error().code, QStringLiteral("pd.decrypt"));
        // Two seals of the same text differ (fresh nonce each time).
        QVERIFY(a.seal(QStringLiteral("x")).ciphertext != a.seal(QStringLiteral("x")).ciphertext);
    }
    void badKeyFiles()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("k"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(31, 'x'));
        f.close();
        QVERIFY(f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        QCOMPARE(PersonalDataCipher::openKeyFile(path).error().code, QStringLiteral("pd.key_size"));
        QVERIFY(f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther));
        QCOMPARE(PersonalDataCipher::openKeyFile(path).error().code, QStringLiteral("pd.key_permissions"));
    }
};

QTEST_GUILESS_MAIN(TestPersonalData)
#include "test_personal_data.moc"
