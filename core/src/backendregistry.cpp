#include "backendregistry.h"

#include "backends/disk/diskbackend.h"
#include "backends/memory/memorybackend.h"
#include "backends/redis/redisbackend.h"

#include <QStringList>

#include <algorithm>

namespace cashews {

BackendRegistry &BackendRegistry::instance()
{
    static BackendRegistry registry;
    return registry;
}

BackendRegistry::BackendRegistry()
{
    // Built-in schemes; each backend module provides its factory.
    add(QStringLiteral("mem"), &createMemoryBackend);
    for (const auto *scheme : {"redis", "rediss", "unix"})
        add(QString::fromLatin1(scheme), &createRedisBackend);
    add(QStringLiteral("disk"), &createDiskBackend);
}

void BackendRegistry::add(const QString &scheme, BackendFactory factory)
{
    m_factories.insert(scheme.toLower(), std::move(factory));
}

BackendFactory BackendRegistry::find(const QString &scheme) const
{
    const auto it = m_factories.constFind(scheme.toLower());
    if (it == m_factories.cend()) {
        QStringList known = m_factories.keys();
        std::sort(known.begin(), known.end());
        throw BackendNotAvailableError(QStringLiteral("wrong backend alias '%1' (known: %2)")
                                           .arg(scheme, known.join(QStringLiteral(", "))));
    }
    return it.value();
}

} // namespace cashews
