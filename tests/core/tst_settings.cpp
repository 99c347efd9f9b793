#include <cashews/cache.h>
#include <cashews/settings.h>

#include <QTest>

using namespace cashews;

class SettingsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesUrlParts()
    {
        Settings s = Settings::parse(QStringLiteral("redis://user:p%40ss@127.0.0.1:6380/2?Socket_Timeout=0.5&suppress=false"));
        QCOMPARE(s.scheme(), QStringLiteral("redis"));
        QCOMPARE(s.host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(s.port(6379), 6380);
        QCOMPARE(s.path(), QStringLiteral("/2"));
        QCOMPARE(s.userName(), QStringLiteral("user"));
        QCOMPARE(s.password(), QStringLiteral("p@ss"));
        // Names are lower-cased, as cashews does.
        QCOMPARE(s.takeDouble(QStringLiteral("socket_timeout"), 1, 0, 100), 0.5);
        QCOMPARE(s.takeBool(QStringLiteral("suppress"), true), false);
        s.finish();
        QVERIFY(!s.redactedUrl().contains(QStringLiteral("p%40ss")));
    }

    void keywordOptionsOverrideQuery()
    {
        Settings s = Settings::parse(QStringLiteral("mem://?size=10"), {{QStringLiteral("size"), 20}});
        QCOMPARE(s.takeInt(QStringLiteral("size"), 1000, 1, 100000), qint64(20));
    }

    void typedTakersNameTheOption_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("bad size") << QStringLiteral("mem://?size=ten") << QStringLiteral("'size'");
        QTest::newRow("negative size") << QStringLiteral("mem://?size=-1") << QStringLiteral("'size'");
        QTest::newRow("bad interval") << QStringLiteral("mem://?check_interval=soon") << QStringLiteral("'check_interval'");
        QTest::newRow("bad bool") << QStringLiteral("mem://?disable=ture") << QStringLiteral("'disable'");
        QTest::newRow("unknown option") << QStringLiteral("mem://?sise=10") << QStringLiteral("'sise'");
        QTest::newRow("no scheme") << QStringLiteral("localhost:6379") << QStringLiteral("no scheme");
        QTest::newRow("bad port") << QStringLiteral("mem://host:abc") << QStringLiteral("port");
    }
    void typedTakersNameTheOption()
    {
        QFETCH(QString, url);
        QFETCH(QString, fragment);
        Cache cache;
        try {
            cache.setup(url);
            QFAIL("setup accepted a bad url");
        } catch (const SettingsError &e) {
            QVERIFY2(e.message().contains(fragment), qPrintable(e.message()));
        }
        QVERIFY(!cache.isSetup());
    }

    void unknownScheme()
    {
        Cache cache;
        try {
            cache.setup(QStringLiteral("memcached://localhost"));
            QFAIL("unknown scheme accepted");
        } catch (const BackendNotAvailableError &e) {
            QVERIFY2(e.message().contains(QStringLiteral("memcached")), qPrintable(e.message()));
        }
    }

    void emptySchemeIsDisabledMemory()
    {
        Cache cache;
        cache.setup(QStringLiteral("://"));
        QVERIFY(cache.isSetup());
        QVERIFY(cache.isFullyDisabled());
    }

    void registeredScheme()
    {
        int built = 0;
        Cache::registerBackend(QStringLiteral("custom"), [&built](Settings &settings) {
            ++built;
            const qint64 size = settings.takeInt(QStringLiteral("level"), 0, 0, 9) + 1;
            Cache inner;
            return inner.setup(QStringLiteral("mem://?size=%1").arg(size));
        });
        Cache cache;
        BackendPtr backend = cache.setup(QStringLiteral("custom://?level=3"));
        QCOMPARE(built, 1);
        QVERIFY(backend);
        QCOMPARE(cache.backendFor(QStringLiteral("x")), backend);
        QVERIFY_THROWS_EXCEPTION(SettingsError, cache.setup(QStringLiteral("custom://?level=30")));
    }
};

QTEST_GUILESS_MAIN(SettingsTest)
#include "tst_settings.moc"
