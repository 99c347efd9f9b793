#pragma once

#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <QVariantMap>

#include <functional>
#include <memory>

namespace cashews {

// cashews' cache.detect: a scope that records the cache hits of wrapped calls (and the stale
// values served by early/soft/failover) with the fields cashews records per strategy
// (name, ttl, template, value, ...) plus "backend". Nested scopes all see a hit.
// A call belongs to the scopes active on its thread when it is called; a scope that spans a
// suspension also sees calls of other coroutines made meanwhile on the same thread.
// Read the data while the scope lives.
class Detect
{
public:
    using Hit = QPair<QString, QVariantMap>;
    using Log = QList<Hit>;
    // The logs a call reports to (captured when it is called).
    using Targets = QList<std::shared_ptr<Log>>;
    // Sees every hit of every wrapped call in the process's threads (for live charts).
    using Listener = std::function<void(const QString &key, const QVariantMap &fields)>;

    // Starts recording on this thread; the destructor stops (and drops the data).
    Detect();
    ~Detect();
    Detect(const Detect &) = delete;
    Detect &operator=(const Detect &) = delete;

    // Hits by key; for a repeated key the last one wins (cashews' `calls`).
    QMap<QString, QVariantMap> calls() const;
    // Every hit in order (cashews' `calls_list`).
    Log callsList() const;

    // The logs of the scopes active on this thread.
    static Targets active();
    // Records a hit in `targets` and tells the listeners.
    static void record(const Targets &targets, const QString &key, const QVariantMap &fields);
    // Whether record() would have any effect for `targets` (lets callers skip building fields).
    static bool isObserved(const Targets &targets);
    // Adds a listener; returns an id for removeListener().
    static int addListener(Listener listener);
    static void removeListener(int id);

private:
    std::shared_ptr<Log> m_log;
};

} // namespace cashews
