#include "connections/connection.h"

#include "store/cachekeyoperations.h"
#include "common/guarded.h"
#include "common/pipeline.h"

#include <cashews/cache.h>
#include <cashews/errors.h>
#include <cashews/settings.h>

#include <QPointer>
#include <QTimer>

namespace cashews {

namespace {

// The pickler a backend uses when pickle_type is not given: mem:// keeps live objects,
// every byte store pickles (cashews' defaults).
QString defaultPickleType(const QString &scheme)
{
    return scheme == QLatin1StringView("mem") ? QStringLiteral("null") : QStringLiteral("default");
}

bool isRedisScheme(const QString &scheme)
{
    return scheme == u"redis" || scheme == u"rediss" || scheme == u"unix";
}

// Tells the connection how each command went. A coroutine function (not a capturing
// coroutine lambda). Left out: PING, how the connection checks the store itself, and the
// scans, whose pass through the chain only settles the pattern (the store is not asked).
QCoro::Task<QVariant> watch(QPointer<Connection> connection, NextCall next, Command command, CommandArgs args)
{
    if (command == Command::Ping || command == Command::Scan || command == Command::GetMatch)
        co_return co_await next(std::move(args));
    QVariant result;
    try {
        result = co_await next(std::move(args));
    } catch (const CacheBackendInteractionError &) {
        if (connection)
            connection->noteCommand(true);
        throw;
    }
    if (connection)
        connection->noteCommand(false);
    co_return result;
}

} // namespace

Connection::Connection(ConnectionConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_cache(std::make_shared<Cache>(m_config.name))
{
    m_cache->setup(m_config.url, studioOptions(m_config.url, m_config.options));
    m_cache->addMiddleware(m_gate.middleware());
    m_cache->addMiddleware([self = QPointer<Connection>(this)](NextCall next, Command command, Backend *, CommandArgs args) {
        return watch(self, std::move(next), command, std::move(args));
    });
    m_gate.setReadOnly(m_config.readOnly);
    const Settings parsed = Settings::parse(m_config.url, m_config.options);
    m_serializer = Pipeline::build(m_config.options, defaultPickleType(parsed.scheme()));
    m_operations = std::make_shared<CacheKeyOperations>(m_cache, hasSecret() ? m_serializer : nullptr);
    reconnect();
}

Connection::~Connection() = default;

QString Connection::displayUrl() const
{
    return Settings::parse(m_config.url, {}).redactedUrl();
}

QString Connection::storageDescription() const
{
    Settings parsed = Settings::parse(m_config.url, m_config.options);
    if (parsed.scheme() != u"disk")
        return {};
    QString directory = parsed.takeString(QStringLiteral("directory"));
    if (directory.isEmpty())
        directory = parsed.path();
    if (directory.isEmpty())
        return tr("temporary store: a new directory, deleted when the connection closes");
    return tr("directory %1").arg(directory);
}

template<typename F>
void Connection::changeWritable(F change)
{
    const bool before = isWritable();
    change();
    if (isWritable() != before)
        Q_EMIT writableChanged(!before);
}

bool Connection::hasSecret() const
{
    return !m_config.options.value(QStringLiteral("secret")).toString().isEmpty();
}

void Connection::setReadOnly(bool readOnly)
{
    if (readOnly == m_gate.isReadOnly())
        return;
    changeWritable([this, readOnly] {
        m_gate.setReadOnly(readOnly);
        m_config.readOnly = readOnly;
    });
    Q_EMIT readOnlyChanged(readOnly);
}

void Connection::reconnect()
{
    if (m_pinging)
        return;
    // The state stays what it was until the PING answers: flipping a disconnected store to
    // "checking" would re-enable writes (and reloads) only for them to fail again.
    m_pinging = true;
    const auto cache = m_cache;
    QCoro::connect(Guarded<QByteArray>::of(cache->ping(), cache), this, [this](Guarded<QByteArray> pong) {
        m_pinging = false;
        setState(pong.ok() ? State::Connected : State::Disconnected, pong.error);
    });
}

void Connection::noteCommand(bool storeFailed)
{
    // From the event loop, never inside the command's own completion: a failing Redis
    // connection is still resuming its other waiters there, and the state change starts
    // new commands (PING, reloads) that must not run in the middle of that.
    if (!storeFailed && m_state != State::Disconnected)
        return; // the common case: nothing changes
    QTimer::singleShot(0, this, [this, storeFailed] {
        if (storeFailed)
            reconnect();
        else if (m_state == State::Disconnected)
            setState(State::Connected, {});
    });
}

void Connection::setState(State state, const QString &error)
{
    if (state == m_state && error == m_stateError)
        return;
    changeWritable([this, state, &error] {
        m_state = state;
        m_stateError = error;
    });
    Q_EMIT stateChanged(state);
}


QString Connection::validate(const QString &url, const QVariantMap &options)
{
    try {
        Cache probe(QStringLiteral("validate"));
        probe.setup(url, studioOptions(url, options));
        return {};
    } catch (const CacheError &e) {
        return e.message();
    }
}

QCoro::Task<QString> Connection::probe(QString url, QVariantMap options)
{
    const auto cache = std::make_shared<Cache>(QStringLiteral("probe"));
    QString error;
    try {
        cache->setup(url, studioOptions(url, options));
        co_await cache->ping();
    } catch (const CacheError &e) {
        error = e.message();
    }
    co_await guardVoid(cache->close(), cache);
    co_return error;
}

QVariantMap Connection::studioOptions(const QString &url, QVariantMap options)
{
    const Settings parsed = Settings::parse(url, options);
    if (!isRedisScheme(parsed.scheme()))
        return options;
    options.insert(QStringLiteral("suppress"), false);
    if (!parsed.has(QStringLiteral("client_name")))
        options.insert(QStringLiteral("client_name"), QStringLiteral("cashews-studio"));
    return options;
}

} // namespace cashews
