#include "connections/connection.h"

#include "store/cachekeyoperations.h"
#include "common/pipeline.h"

#include <cashews/cache.h>
#include <cashews/errors.h>
#include <cashews/settings.h>

namespace cashews {

namespace {

// The pickler a backend uses when pickle_type is not given: mem:// keeps live objects,
// every byte store pickles (cashews' defaults).
QString defaultPickleType(const QString &scheme)
{
    return scheme == QLatin1StringView("mem") ? QStringLiteral("null") : QStringLiteral("default");
}

} // namespace

Connection::Connection(ConnectionConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_cache(std::make_shared<Cache>(m_config.name))
{
    m_cache->setup(m_config.url, m_config.options);
    m_cache->addMiddleware(m_gate.middleware());
    m_gate.setReadOnly(m_config.readOnly);
    const Settings parsed = Settings::parse(m_config.url, m_config.options);
    m_serializer = Pipeline::build(m_config.options, defaultPickleType(parsed.scheme()));
    m_operations = std::make_shared<CacheKeyOperations>(m_cache, hasSecret() ? m_serializer : nullptr);
}

Connection::~Connection() = default;

QString Connection::displayUrl() const
{
    return Settings::parse(m_config.url, {}).redactedUrl();
}

bool Connection::hasSecret() const
{
    return !m_config.options.value(QStringLiteral("secret")).toString().isEmpty();
}

void Connection::setReadOnly(bool readOnly)
{
    if (readOnly == m_gate.isReadOnly())
        return;
    m_gate.setReadOnly(readOnly);
    m_config.readOnly = readOnly;
    Q_EMIT readOnlyChanged(readOnly);
}

QString Connection::validate(const QString &url, const QVariantMap &options)
{
    try {
        Cache probe(QStringLiteral("validate"));
        probe.setup(url, options);
        return {};
    } catch (const CacheError &e) {
        return e.message();
    }
}

} // namespace cashews
