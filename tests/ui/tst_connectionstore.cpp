// Saved connections: secrets never reach the settings file, and a saved connection opens
// with its secrets from the keychain or, without one (as in this offscreen run without a
// secret service), by asking for each of them.
#include "connections/connection.h"
#include "connections/connectionstore.h"
#include "window/mainwindow.h"
#include "uitestsupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QInputDialog>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace cashews;

namespace {

const QString Secret = QStringLiteral("s3cret-value");
const QString Password = QStringLiteral("pa55word-value");

ConnectionConfig secretConfig()
{
    ConnectionConfig config;
    config.id = QStringLiteral("c1");
    config.name = QStringLiteral("signed");
    config.url = QStringLiteral("mem://");
    config.options.insert(QStringLiteral("secret"), Secret);
    config.options.insert(QStringLiteral("digestmod"), QStringLiteral("sha256"));
    return config;
}

} // namespace

class ConnectionStoreTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init() { QSettings().clear(); }
    void secretsNeverInSettings();
    void savedConnectionGetsItsSecrets();

private:
    QTemporaryDir m_settingsDir;
};

void ConnectionStoreTest::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("cashews-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_connectionstore"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
}

void ConnectionStoreTest::secretsNeverInSettings()
{
    ConnectionStore store;
    ConnectionConfig config = secretConfig();
    config.url = QStringLiteral("redis://user:") + Password + QStringLiteral("@127.0.0.1:6390/2");
    store.save(config);
    // Every value as text (option maps included), and the file's bytes.
    QSettings settings;
    settings.sync();
    QString text;
    for (const QString &key : settings.allKeys()) {
        const QVariant value = settings.value(key);
        const QVariantMap map = value.toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            text += it.key() + QLatin1Char('=') + it.value().toString() + QLatin1Char('\n');
        text += key + QLatin1Char('=') + value.toStringList().join(QLatin1Char(',')) + value.toString() + QLatin1Char('\n');
    }
    QFile file(settings.fileName());
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(settings.fileName()));
    const QByteArray bytes = file.readAll();
    QVERIFY2(text.contains(QStringLiteral("digestmod=sha256")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("127.0.0.1:6390")), qPrintable(text));
    for (const QString &secret : {Secret, Password}) {
        QVERIFY2(!text.contains(secret), qPrintable(text));
        QVERIFY(!bytes.contains(secret.toUtf8()));
    }

    const QList<ConnectionConfig> loaded = store.load();
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(loaded.first().url, QStringLiteral("redis://user@127.0.0.1:6390/2"));
    QVERIFY(!loaded.first().options.contains(QStringLiteral("secret")));
    QCOMPARE(loaded.first().options.value(QStringLiteral("digestmod")).toString(), QStringLiteral("sha256"));
    QStringList names = store.secretNames(QStringLiteral("c1"));
    names.sort();
    QCOMPARE(names, (QStringList{QStringLiteral("secret"), ConnectionStore::urlPasswordName()}));

    // What the keychain gives back plus what is asked for is exactly what was saved.
    bool restored = false;
    store.restoreSecrets(loaded.first(), [&](ConnectionConfig back, QStringList missing) {
        for (const QString &name : missing)
            back = ConnectionStore::withSecret(back, name, name == ConnectionStore::urlPasswordName() ? Password : Secret);
        QCOMPARE(back.options.value(QStringLiteral("secret")).toString(), Secret);
        QCOMPARE(back.urlPassword(), Password);
        restored = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(restored, 30000);

    store.remove(QStringLiteral("c1"));
    QVERIFY(store.load().isEmpty());
    QVERIFY(store.secretNames(QStringLiteral("c1")).isEmpty());
}

void ConnectionStoreTest::savedConnectionGetsItsSecrets()
{
    MainWindow window;
    ConnectionStore store;
    store.save(secretConfig());
    const QList<ConnectionConfig> loaded = store.load();
    QCOMPARE(loaded.size(), 1);
    // Without a usable keychain the one secret is asked for in a password dialog.
    int asked = 0;
    test::onNextModal([&asked](QWidget *modal) {
        auto *dialog = qobject_cast<QInputDialog *>(modal);
        QVERIFY(dialog);
        QCOMPARE(dialog->textEchoMode(), QLineEdit::Password);
        ++asked;
        dialog->setTextValue(Secret);
        dialog->accept();
    });
    window.openSaved(loaded.first());
    QTRY_VERIFY_WITH_TIMEOUT(!window.connections().isEmpty(), 30000);
    Connection *connection = window.connections().first();
    QCOMPARE(connection->config().options.value(QStringLiteral("secret")).toString(), Secret);
    QVERIFY(connection->hasSecret());
    QVERIFY(asked <= 1);
    if (!ConnectionStore::hasKeychain())
        QCOMPARE(asked, 1);
}

QTEST_MAIN(ConnectionStoreTest)
#include "tst_connectionstore.moc"
