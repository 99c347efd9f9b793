#include <cashews/errors.h>
#include <cashews/keycodec.h>

#include <QTest>

using namespace cashews;

class KeyCodecTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("ascii") << QByteArray("user:1");
        QTest::newRow("utf8") << QByteArray("k\xc3\xbc\xe2\x82\xac\xf0\x9f\x98\x80");
        QTest::newRow("invalid bytes") << QByteArray("\xff\xfe\x80", 3);
        QTest::newRow("nul") << QByteArray("a\0b", 3);
        QTest::newRow("truncated sequence") << QByteArray("x\xe2\x82", 3);
        QTest::newRow("overlong") << QByteArray("\xc0\xaf", 2);
        QTest::newRow("encoded surrogate") << QByteArray("\xed\xb2\x80", 3);
        QTest::newRow("mixed") << QByteArray("ok:\xc3\xbc:\xff:end");
    }
    void roundTrip()
    {
        QFETCH(QByteArray, bytes);
        QCOMPARE(keyToBytes(keyFromBytes(bytes)), bytes);
        // The displayed form reads back as the same key (cashews-cli prints and reads it).
        QCOMPARE(keyToBytes(keyFromDisplay(displayKey(keyFromBytes(bytes + "\\")))), bytes + "\\");
    }

    void fromDisplay()
    {
        // Escaped bytes join with their neighbours into UTF-8; other backslashes stay.
        QCOMPARE(keyFromDisplay(QStringLiteral("k\\xc3\\xbc")), QStringLiteral("k\u00fc"));
        QCOMPARE(keyFromDisplay(QStringLiteral("user\\*")), QStringLiteral("user\\*"));
        QVERIFY_THROWS_EXCEPTION(ValueError, keyFromDisplay(QStringLiteral("a\\xg0")));
        QVERIFY_THROWS_EXCEPTION(ValueError, keyFromDisplay(QStringLiteral("a\\x")));
    }

    void validUtf8IsPlainText()
    {
        QCOMPARE(keyFromBytes(QByteArray("k\xc3\xbc")), QStringLiteral("kü"));
        QCOMPARE(keyToBytes(QStringLiteral("kü")), QByteArray("k\xc3\xbc"));
    }

    void display()
    {
        QCOMPARE(displayKey(keyFromBytes(QByteArray("a\xff\n", 3))), QStringLiteral("a\\xff\\x0a"));
        QCOMPARE(displayKey(QStringLiteral("a\\b")), QStringLiteral("a\\\\b"));
    }
};

QTEST_GUILESS_MAIN(KeyCodecTest)
#include "tst_keycodec.moc"
