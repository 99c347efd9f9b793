// How a disk:// URL names its directory, and Backend::location() reporting it.
#include <cashews/cache.h>

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace cashews;

class DiskLocationTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void directoryForms_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("directory");
        const QString absolute = m_dir.filePath(QStringLiteral("abs"));
        const QString relative = m_dir.filePath(QStringLiteral("rel"));
        QTest::newRow("path") << QStringLiteral("disk://%1?shards=1").arg(absolute) << absolute;
        QTest::newRow("percent-encoded path") << QStringLiteral("disk://%1/with%20space").arg(absolute) << absolute + QStringLiteral("/with space");
        QTest::newRow("option, relative") << QStringLiteral("disk://?directory=%1").arg(QDir::current().relativeFilePath(relative)) << relative;
    }
    void directoryForms()
    {
        QFETCH(QString, url);
        QFETCH(QString, directory);
        Cache cache;
        const StoreLocation location = cache.setup(url)->location();
        QCOMPARE(location.directory, directory);
        QVERIFY(!location.temporary);
        QVERIFY(QFileInfo(directory).isDir());
    }

    void plainDiskIsTemporary()
    {
        QString directory;
        {
            Cache cache;
            const StoreLocation location = cache.setup(QStringLiteral("disk://"))->location();
            QVERIFY(location.temporary);
            directory = location.directory;
            QVERIFY(QFileInfo(directory).isDir());
        }
        QVERIFY2(!QFileInfo::exists(directory), qPrintable(directory));
    }

    void memoryHasNoDirectory()
    {
        Cache cache;
        const StoreLocation location = cache.setup(QStringLiteral("mem://"))->location();
        QVERIFY(location.directory.isEmpty());
        QVERIFY(!location.temporary);
    }

    void badFormsAreErrors_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("host") << QStringLiteral("disk://cache/dir") << QStringLiteral("'cache'");
        QTest::newRow("port") << QStringLiteral("disk://:5/dir") << QStringLiteral("port");
        QTest::newRow("user") << QStringLiteral("disk://me@/dir") << QStringLiteral("user");
        QTest::newRow("twice") << QStringLiteral("disk:///a?directory=/b") << QStringLiteral("twice");
    }
    void badFormsAreErrors()
    {
        QFETCH(QString, url);
        QFETCH(QString, mentions);
        Cache cache;
        try {
            cache.setup(url);
            QFAIL("setup() accepted the URL");
        } catch (const SettingsError &error) {
            QVERIFY2(error.message().contains(mentions), qPrintable(error.message()));
        }
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(DiskLocationTest)
#include "tst_disklocation.moc"
