#include <cashews/detect.h>

#include <QHash>
#include <QReadWriteLock>

#include <atomic>

namespace cashews {

namespace {

// Logs of the scopes alive on this thread; removed by identity because coroutines may end
// scopes out of order.
thread_local Detect::Targets t_active;

struct Listeners
{
    QReadWriteLock lock;
    QHash<int, Detect::Listener> byId;
    int nextId = 0;
    std::atomic<bool> any{false};
};

Listeners &listeners()
{
    static Listeners l;
    return l;
}

} // namespace

Detect::Detect()
    : m_log(std::make_shared<Log>())
{
    t_active.append(m_log);
}

Detect::~Detect()
{
    t_active.removeOne(m_log);
}

QMap<QString, QVariantMap> Detect::calls() const
{
    QMap<QString, QVariantMap> byKey;
    for (const Hit &hit : std::as_const(*m_log))
        byKey.insert(hit.first, hit.second);
    return byKey;
}

Detect::Log Detect::callsList() const
{
    return *m_log;
}

Detect::Targets Detect::active()
{
    return t_active;
}

bool Detect::isObserved(const Targets &targets)
{
    return !targets.isEmpty() || listeners().any.load(std::memory_order_relaxed);
}

void Detect::record(const Targets &targets, const QString &key, const QVariantMap &fields)
{
    for (const auto &log : targets)
        log->append({key, fields});
    Listeners &l = listeners();
    if (!l.any.load(std::memory_order_relaxed))
        return;
    QList<Listener> copy;
    {
        QReadLocker locker(&l.lock);
        copy = l.byId.values();
    }
    for (const Listener &listener : std::as_const(copy))
        listener(key, fields);
}

int Detect::addListener(Listener listener)
{
    Listeners &l = listeners();
    QWriteLocker locker(&l.lock);
    const int id = ++l.nextId;
    l.byId.insert(id, std::move(listener));
    l.any = true;
    return id;
}

void Detect::removeListener(int id)
{
    Listeners &l = listeners();
    QWriteLocker locker(&l.lock);
    l.byId.remove(id);
    l.any = !l.byId.isEmpty();
}

} // namespace cashews
