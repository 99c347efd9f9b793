#pragma once

#include "strategyrunner.h"

#include <cashews/cache.h>
#include <cashews/cachedexception.h>
#include <cashews/invalidatefurther.h>
#include <cashews/keytemplate.h>
#include <cashews/strategy.h>
#include <cashews/value.h>

#include <QHash>
#include <QString>
#include <QVariantMap>

#include <exception>
#include <initializer_list>
#include <memory>
#include <span>
#include <utility>

namespace cashews {

struct Flight;

// What every strategy shares, behind <cashews/strategy.h>: keys and call preparation, the
// lock option and thunder protection, calling and storing under the conditions, refreshes,
// detect reporting. The strategy's own part is its StrategyRunner (see strategyregistry.cpp).
class StrategyEngine
{
public:
    using Engine = std::shared_ptr<StrategyEngine>;

    // Validates the templates and options (WrongKeyError, ValueError), as Strategy's constructor.
    StrategyEngine(Cache &cache, Strategy::Kind kind, StrategyOptions options, QStringList params);

    Cache &cache() const { return *m_cache; }
    const StrategyOptions &options() const { return m_options; }
    const StrategyRunner &runner() const { return *m_runner; }
    // The key template with the prefix (detect's "template").
    const QString &keyTemplate() const { return m_templateText; }

    // The key, with the prefix, for `args` (inline: the synchronous hit path renders it).
    QString keyFor(std::span<const QVariant> args) const
    {
        QString key = m_key.render(args);
        return m_prefix.isEmpty() ? key : m_prefix + QLatin1Char(':') + key;
    }
    // A call whose key is `key`, with its tags and the Detect and InvalidateFurther scopes of now.
    Strategy::Call prepare(QVariantList args, QString key) const;
    // The synchronous hit of a strategy with plainHits: true with `value` when the backend
    // answered a hit at once (recorded in Detect).
    bool tryHitNow(const QString &key, QVariant &value) const
    {
        if (!m_runner->traits().plainHits || m_options.lock || InvalidateFurther::isActive())
            return false;
        // Stored exceptions take the coroutine path, so that they are thrown when awaited.
        if (!m_cache->tryGetNow(key, value) || isMiss(value) || value.metaType() == QMetaType::fromType<CachedException>())
            return false;
        recordNowHit(key, value);
        return true;
    }

    // The call's ttl, resolved from its arguments (and `result` for a ttl that depends on it).
    Ttl ttlFor(const Strategy::Call &call, const QVariant &result = {}) const { return m_options.ttl.resolve(call.args, result); }
    // early's and soft's fresh period: `spec`, else cashews' ttl * 0.33.
    Ttl freshFor(const Strategy::Call &call, const TtlSpec &spec) const;
    // Whether `error` is one of options.exceptions (unset: any exception).
    bool matches(std::exception_ptr error) const { return m_options.exceptions ? m_options.exceptions(error) : true; }

    // Records a hit in the call's Detect scopes under the strategy's name, with `fields` and the
    // template, ttl and backend; the fields are only built when someone observes.
    void recordHit(const Strategy::Call &call, std::initializer_list<std::pair<QString, QVariant>> fields) const;
    void recordHit(const Strategy::Call &call, QVariantMap fields) const;
    // A plain stored value as the call's answer: recorded, a stored exception rethrown.
    QVariant plainHit(const Strategy::Call &call, const QVariant &cached) const;
    // A stored value, rethrowing a stored exception.
    static QVariant unwrapStored(const QVariant &value);

    // Runs one call: straight through on a fully disabled cache, else the plain hit, the lock
    // option and the thunder protection around the runner.
    static QCoro::Task<QVariant> run(Engine engine, Strategy::Call call);
    // Calls the function, applies condition, timeCondition and upper, and has the runner store
    // the result; returns it (or rethrows).
    static QCoro::Task<QVariant> computeAndStore(Engine engine, Strategy::Call call);
    // computeAndStore without the result (hit's refresh).
    static QCoro::Task<> recompute(Engine engine, Strategy::Call call);

    using Refresh = QCoro::Task<> (*)(Engine engine, Strategy::Call call);
    // A refresh of a value being served (hit, early): inline, or with options.background on the
    // next event-loop turn as asyncio.create_task in cashews, so that the caller gets the cached
    // value first; a failed background refresh is logged.
    static QCoro::Task<> refresh(Engine engine, Strategy::Call call, Refresh job);

private:
    void recordNowHit(const QString &key, const QVariant &value) const;
    static QCoro::Task<QVariant> protect(Engine engine, Strategy::Call call);
    static QCoro::Task<> refreshLogged(Engine engine, Strategy::Call call, Refresh job);

    Cache *m_cache;
    std::unique_ptr<StrategyRunner> m_runner;
    StrategyOptions m_options;
    KeyTemplate m_key;
    QString m_prefix;
    QString m_templateText;
    QList<KeyTemplate> m_tags;
    QHash<QString, std::shared_ptr<Flight>> m_flights;
};

} // namespace cashews
