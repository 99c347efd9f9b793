// Signed values: cashews' "digestmod:hexsig_payload" format, its legacy form, and what a read
// does with a wrong, missing or foreign signature.
#include <cashews/errors.h>
#include <cashews/serializer.h>
#include <cashews/settings.h>

#include <QTest>

using namespace cashews;

namespace {

SerializerPtr signing(const QByteArray &secret, const QByteArray &digestmod = "md5", const QList<QByteArray> &accepted = {})
{
    return Serializer::create({.secret = secret, .digestmod = digestmod, .acceptDigestmods = accepted});
}

const QString Key = QStringLiteral("str");

} // namespace

class SigningTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesPythonSignature();
    void rightSecret_data();
    void rightSecret();
    void wrongSecret();
    void missingSignature();
    void sumForgeryRefused();
    void otherDigestmodInValue();
    void acceptedDigestmods();
    void signedForAnotherKey();
    void legacyFormat();
    void unknownDigestmod();
    void signatureCoversKey();
    void integersAreNotSigned();
    void fromSettings();
};

void SigningTest::matchesPythonSignature()
{
    // Measured with Python cashews: key "str", value "hello", secret "sekret".
    const QByteArray stored = signing("sekret")->encode(Key, QStringLiteral("hello"));
    QVERIFY(stored.startsWith("md5:389debb720f6be0557923c0248ec2ac9_\x80\x05"));
}

void SigningTest::rightSecret_data()
{
    QTest::addColumn<QByteArray>("digestmod");
    QTest::newRow("md5") << QByteArray("md5");
    QTest::newRow("sha1") << QByteArray("sha1");
    QTest::newRow("sha256") << QByteArray("sha256");
    QTest::newRow("sum") << QByteArray("sum");
}

void SigningTest::rightSecret()
{
    QFETCH(QByteArray, digestmod);
    const auto serializer = signing("s3cret", digestmod);
    const QByteArray stored = serializer->encode(Key, QStringLiteral("value"));
    QVERIFY(stored.startsWith(digestmod + ':'));
    QCOMPARE(serializer->decode(Key, stored), QVariant(QStringLiteral("value")));
}

void SigningTest::wrongSecret()
{
    const QByteArray stored = signing("right")->encode(Key, QStringLiteral("value"));
    QVERIFY_THROWS_EXCEPTION(UnSecureDataError, signing("wrong")->decode(Key, stored));
    // A changed payload under the right secret is the same error.
    QByteArray tampered = stored;
    tampered[tampered.size() - 3] = 'X';
    QVERIFY_THROWS_EXCEPTION(UnSecureDataError, signing("right")->decode(Key, tampered));
}

void SigningTest::missingSignature()
{
    // Unsigned data read by a signing cache is a miss, not an error (cashews).
    const QByteArray unsigned_ = Serializer::create({})->encode(Key, QStringLiteral("value"));
    QVERIFY(!unsigned_.contains('_'));
    QVERIFY(!signing("s")->decode(Key, unsigned_).isValid());
    QVERIFY_THROWS_EXCEPTION(SignIsMissingError, signing("s")->decodeStrict(Key, unsigned_));
}

void SigningTest::sumForgeryRefused()
{
    // "sum:" is the byte sum of secret, key and payload: anyone who can write to the store can
    // forge it (here with the right secret, which a brute force over the sum finds at once).
    // Python cashews accepts it under any configured digestmod; we accept only the configured one.
    const QByteArray forged = signing("s3cret", "sum")->encode(Key, QStringLiteral("forged"));
    try {
        signing("s3cret", "sha256")->decode(Key, forged);
        QFAIL("a sum signature was accepted by a sha256 pipeline");
    } catch (const DigestmodMismatchError &error) {
        QCOMPARE(error.storedDigestmod(), QByteArray("sum"));
        QCOMPARE(error.configuredDigestmod(), QByteArray("sha256"));
        QVERIFY(error.isWeaker());
        QVERIFY(error.validForStoredDigestmod());
        QVERIFY(error.message().contains(u"'sum'"));
        QVERIFY(error.message().contains(u"'sha256'"));
    }
    // A sum signature under the wrong secret is refused the same way, and Python would refuse it too.
    const QByteArray wrong = signing("other", "sum")->encode(Key, QStringLiteral("forged"));
    try {
        signing("s3cret", "sha256")->decode(Key, wrong);
        QFAIL("a sum signature was accepted by a sha256 pipeline");
    } catch (const DigestmodMismatchError &error) {
        QVERIFY(!error.validForStoredDigestmod());
    }
}

void SigningTest::otherDigestmodInValue()
{
    // A stronger digestmod than the configured one is refused too (no implicit migration).
    const QByteArray stored = signing("s", "sha256")->encode(Key, QStringLiteral("value"));
    try {
        signing("s", "md5")->decode(Key, stored);
        QFAIL("a sha256 signature was accepted by an md5 pipeline");
    } catch (const DigestmodMismatchError &error) {
        QVERIFY(!error.isWeaker());
        QVERIFY(error.validForStoredDigestmod());
    }
}

void SigningTest::acceptedDigestmods()
{
    // A migration window lists the old digestmods explicitly; "sum" is never implied.
    const auto migrating = signing("s", "sha256", {"md5"});
    const QByteArray old = signing("s", "md5")->encode(Key, QStringLiteral("value"));
    QCOMPARE(migrating->decode(Key, old), QVariant(QStringLiteral("value")));
    QVERIFY_THROWS_EXCEPTION(DigestmodMismatchError, migrating->decode(Key, signing("s", "sum")->encode(Key, QStringLiteral("v"))));
    QVERIFY_THROWS_EXCEPTION(UnsupportedDigestmod, signing("s", "sha256", {"sha512"}));
    Settings settings = Settings::parse(QStringLiteral("redis://localhost/0?secret=s&digestmod=sha256&accept_digestmods=md5,sum"));
    const auto fromUrl = Serializer::fromSettings(settings, QStringLiteral("pickle"));
    settings.finish();
    QCOMPARE(fromUrl->decode(Key, signing("s", "sum")->encode(Key, QStringLiteral("v"))), QVariant(QStringLiteral("v")));
}

void SigningTest::signedForAnotherKey()
{
    // After a rename the signature still covers the old key: it verifies there, not under the
    // new name, which tells "signed for another key" apart from "wrong secret".
    const auto serializer = signing("s", "sha256");
    const QByteArray stored = serializer->encode(QStringLiteral("old"), QStringLiteral("value"));
    QVERIFY(!serializer->signatureVerifies(Key, stored));
    QVERIFY(serializer->signatureVerifies(QStringLiteral("old"), stored));
    QVERIFY(!signing("wrong", "sha256")->signatureVerifies(QStringLiteral("old"), stored));
    QVERIFY(!Serializer::create({})->signatureVerifies(QStringLiteral("old"), stored));
}

void SigningTest::legacyFormat()
{
    // "<hexsig>_payload" without a digestmod name is checked with the configured digestmod.
    const QByteArray stored = signing("s", "sha1")->encode(Key, QStringLiteral("value"));
    const QByteArray legacy = stored.mid(stored.indexOf(':') + 1);
    QCOMPARE(signing("s", "sha1")->decode(Key, legacy), QVariant(QStringLiteral("value")));
    QVERIFY_THROWS_EXCEPTION(UnSecureDataError, signing("s", "md5")->decode(Key, legacy));
}

void SigningTest::unknownDigestmod()
{
    const QByteArray stored = signing("s")->encode(Key, QStringLiteral("value"));
    const QByteArray foreign = "xxh64" + stored.mid(stored.indexOf(':'));
    QVERIFY_THROWS_EXCEPTION(UnSecureDataError, signing("s")->decode(Key, foreign));
    QVERIFY_THROWS_EXCEPTION(UnSecureDataError, signing("s")->decode(Key, QByteArray("a:b:c_payload")));
    QVERIFY_THROWS_EXCEPTION(UnsupportedDigestmod, signing("s", "sha512"));
}

void SigningTest::signatureCoversKey()
{
    const QByteArray stored = signing("s")->encode(Key, QStringLiteral("value"));
    QVERIFY_THROWS_EXCEPTION(UnSecureDataError, signing("s")->decode(QStringLiteral("other"), stored));
}

void SigningTest::integersAreNotSigned()
{
    // As cashews: integers stay ASCII digits (Redis INCR works on them) and read back as is.
    const auto serializer = signing("s");
    QCOMPARE(serializer->encode(Key, 42), QByteArray("42"));
    QCOMPARE(serializer->decode(Key, "-42"), QVariant(qlonglong(-42)));
}

void SigningTest::fromSettings()
{
    Settings settings = Settings::parse(QStringLiteral("redis://localhost/0?secret=s&digestmod=sha256&check_repr=false"));
    const auto serializer = Serializer::fromSettings(settings, QStringLiteral("pickle"));
    settings.finish();
    QVERIFY(!serializer->storesObjects());
    QVERIFY(serializer->encode(Key, QStringLiteral("v")).startsWith("sha256:"));
    // A secret turns the null pickler (memory backend) into pickle, as cashews does.
    Settings memory = Settings::parse(QStringLiteral("mem://?secret=s"));
    QVERIFY(!Serializer::fromSettings(memory, QStringLiteral("null"))->storesObjects());
    Settings plain = Settings::parse(QStringLiteral("mem://"));
    QVERIFY(Serializer::fromSettings(plain, QStringLiteral("null"))->storesObjects());
}

QTEST_GUILESS_MAIN(SigningTest)
#include "tst_signing.moc"
