#include "connections/connectionstore.h"

#include "common/logging.h"

#include <QPointer>
#include <QSettings>
#include <QTimer>

#ifdef CASHEWS_HAVE_QTKEYCHAIN
#include <qt6keychain/keychain.h>
#endif

#include <memory>

namespace cashews {

namespace {

const QString Service = QStringLiteral("cashews-studio");
const QString Group = QStringLiteral("connections");

QString keychainKey(const QString &id, const QString &name)
{
    return id + QLatin1Char('/') + name;
}

} // namespace

ConnectionStore::ConnectionStore(QObject *parent)
    : QObject(parent)
{
}

bool ConnectionStore::hasKeychain()
{
#ifdef CASHEWS_HAVE_QTKEYCHAIN
    return true;
#else
    return false;
#endif
}

QList<ConnectionConfig> ConnectionStore::load() const
{
    QSettings settings;
    QList<ConnectionConfig> configs;
    settings.beginGroup(Group);
    for (const QString &id : settings.childGroups()) {
        settings.beginGroup(id);
        ConnectionConfig config;
        config.id = id;
        config.name = settings.value(QStringLiteral("name")).toString();
        config.url = settings.value(QStringLiteral("url")).toString();
        config.options = settings.value(QStringLiteral("options")).toMap();
        config.readOnly = settings.value(QStringLiteral("readOnly")).toBool();
        settings.endGroup();
        configs << config;
    }
    return configs;
}

QStringList ConnectionStore::secretNames(const QString &id) const
{
    QSettings settings;
    return settings.value(Group + QLatin1Char('/') + id + QStringLiteral("/secrets")).toStringList();
}

void ConnectionStore::save(const ConnectionConfig &config)
{
    QVariantMap plainOptions = config.options;
    QMap<QString, QString> secrets;
    for (const QString &name : ConnectionConfig::secretOptions()) {
        const QString value = plainOptions.take(name).toString();
        if (!value.isEmpty())
            secrets.insert(name, value);
    }
    if (!config.urlPassword().isEmpty())
        secrets.insert(urlPasswordName(), config.urlPassword());

    QSettings settings;
    settings.beginGroup(Group);
    settings.beginGroup(config.id);
    settings.setValue(QStringLiteral("name"), config.name);
    settings.setValue(QStringLiteral("url"), config.urlWithoutPassword());
    settings.setValue(QStringLiteral("options"), plainOptions);
    settings.setValue(QStringLiteral("readOnly"), config.readOnly);
    settings.setValue(QStringLiteral("secrets"), QStringList(secrets.keys()));
    settings.endGroup();
    settings.endGroup();

#ifdef CASHEWS_HAVE_QTKEYCHAIN
    for (auto it = secrets.cbegin(); it != secrets.cend(); ++it) {
        auto *job = new QKeychain::WritePasswordJob(Service, this);
        job->setKey(keychainKey(config.id, it.key()));
        job->setTextData(it.value());
        connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job *finished) {
            if (finished->error() != QKeychain::NoError)
                Q_EMIT errorOccurred(tr("The keychain refused a secret: %1").arg(finished->errorString()));
        });
        job->start();
    }
#endif
}

void ConnectionStore::remove(const QString &id)
{
#ifdef CASHEWS_HAVE_QTKEYCHAIN
    for (const QString &name : secretNames(id)) {
        auto *job = new QKeychain::DeletePasswordJob(Service, this);
        job->setKey(keychainKey(id, name));
        job->start();
    }
#endif
    QSettings settings;
    settings.remove(Group + QLatin1Char('/') + id);
}

ConnectionConfig ConnectionStore::withSecret(ConnectionConfig config, const QString &name, const QString &value)
{
    if (name == urlPasswordName())
        config.url = config.urlWithPassword(value);
    else
        config.options.insert(name, value);
    return config;
}

void ConnectionStore::restoreSecrets(const ConnectionConfig &config, std::function<void(ConnectionConfig, QStringList)> done)
{
    const QStringList names = secretNames(config.id);
#ifdef CASHEWS_HAVE_QTKEYCHAIN
    if (names.isEmpty()) {
        QTimer::singleShot(0, this, [config, done] { done(config, {}); });
        return;
    }
    // One read job per secret; the last one to finish reports the collected result.
    struct Pending
    {
        ConnectionConfig config;
        QStringList missing;
        int left = 0;
    };
    auto pending = std::make_shared<Pending>(Pending{config, {}, static_cast<int>(names.size())});
    for (const QString &name : names) {
        auto *job = new QKeychain::ReadPasswordJob(Service, this);
        job->setKey(keychainKey(config.id, name));
        connect(job, &QKeychain::Job::finished, this, [pending, name, done](QKeychain::Job *finished) {
            auto *read = static_cast<QKeychain::ReadPasswordJob *>(finished);
            if (read->error() == QKeychain::NoError) {
                pending->config = withSecret(pending->config, name, read->textData());
            } else {
                qCWarning(lcUi) << "keychain has no" << name << "for" << pending->config.name << ':' << read->errorString();
                pending->missing << name;
            }
            if (--pending->left == 0)
                done(pending->config, pending->missing);
        });
        job->start();
    }
#else
    QTimer::singleShot(0, this, [config, names, done] { done(config, names); });
#endif
}

} // namespace cashews
