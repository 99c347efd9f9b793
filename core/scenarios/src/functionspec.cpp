#include <cashews/scenarios/functionspec.h>

#include <cashews/scenarios/optionreader.h>
#include <cashews/scenarios/scenarioerrors.h>

#include <QHash>

#include <limits>

namespace cashews::scenarios {

namespace {

const QHash<QString, Strategy::Kind> &kinds()
{
    static const QHash<QString, Strategy::Kind> k{
        {QStringLiteral("cache"), Strategy::Kind::Simple},
        {QStringLiteral("failover"), Strategy::Kind::Failover},
        {QStringLiteral("hit"), Strategy::Kind::Hit},
        {QStringLiteral("early"), Strategy::Kind::Early},
        {QStringLiteral("soft"), Strategy::Kind::Soft},
        {QStringLiteral("locked"), Strategy::Kind::Locked},
        {QStringLiteral("rateLimit"), Strategy::Kind::RateLimit},
        {QStringLiteral("sliceRateLimit"), Strategy::Kind::SliceRateLimit},
        {QStringLiteral("circuitBreaker"), Strategy::Kind::CircuitBreaker},
    };
    return k;
}

const QStringList ErrorTypes{QStringLiteral("OriginError"), QStringLiteral("OriginTimeoutError"),
                             QStringLiteral("CircuitBreakerOpen"), QStringLiteral("RateLimitError"),
                             QStringLiteral("StoreFaultError"), QStringLiteral("LockedError")};

Ttl seconds(OptionReader &r, const QString &name)
{
    return Ttl(r.duration(name, 0) / 1000.0);
}

FunctionSpec::Layer readLayer(OptionReader &r, const QString &fn, const QString &keyPrefix)
{
    FunctionSpec::Layer layer;
    layer.strategy = r.string(QStringLiteral("strategy"), QStringLiteral("cache"));
    const auto kind = kinds().constFind(layer.strategy);
    if (kind == kinds().cend())
        throw ScenarioError(QStringLiteral("%1: unknown strategy '%2' (none, %3)")
                                .arg(r.pathOf(QStringLiteral("strategy")), layer.strategy, kinds().keys().join(QStringLiteral(", "))));
    layer.kind = *kind;
    StrategyOptions &o = layer.options;
    o.name = keyPrefix + fn;
    if (r.has(QStringLiteral("ttl")))
        o.ttl = seconds(r, QStringLiteral("ttl"));
    if (r.has(QStringLiteral("key")))
        o.key = keyPrefix + fn + QLatin1Char(':') + r.string(QStringLiteral("key"));
    if (r.has(QStringLiteral("prefix")))
        o.prefix = r.string(QStringLiteral("prefix"));
    o.lock = r.boolean(QStringLiteral("lock"), o.lock);
    for (const QString &tag : r.strings(QStringLiteral("tags")))
        o.tags.append(keyPrefix + tag);
    o.protect = r.boolean(QStringLiteral("protect"), o.protect);
    if (r.has(QStringLiteral("earlyTtl")))
        o.earlyTtl = seconds(r, QStringLiteral("earlyTtl"));
    if (r.has(QStringLiteral("softTtl")))
        o.softTtl = seconds(r, QStringLiteral("softTtl"));
    o.background = r.boolean(QStringLiteral("background"), o.background);
    o.cacheHits = r.integer(QStringLiteral("cacheHits"), o.cacheHits, 0, std::numeric_limits<int>::max());
    o.updateAfter = r.integer(QStringLiteral("updateAfter"), o.updateAfter, 0, std::numeric_limits<int>::max());
    if (r.has(QStringLiteral("exceptions"))) {
        const QStringList names = r.strings(QStringLiteral("exceptions"));
        for (const QString &n : names) {
            if (!ErrorTypes.contains(n))
                throw ScenarioError(QStringLiteral("%1: unknown exception '%2' (known: %3)")
                                        .arg(r.pathOf(QStringLiteral("exceptions")), n, ErrorTypes.join(QStringLiteral(", "))));
        }
        o.exceptions = [names](std::exception_ptr error) {
            const QString type = FunctionSpec::errorType(error);
            // OriginTimeoutError is an OriginError, as in the class hierarchy.
            return names.contains(type) || (type == u"OriginTimeoutError" && names.contains(QStringLiteral("OriginError")));
        };
    }
    o.wait = r.boolean(QStringLiteral("wait"), o.wait);
    if (r.has(QStringLiteral("checkInterval")))
        o.checkInterval = seconds(r, QStringLiteral("checkInterval"));
    o.limit = r.integer(QStringLiteral("limit"), static_cast<int>(o.limit), 0, std::numeric_limits<int>::max());
    if (r.has(QStringLiteral("period")))
        o.period = seconds(r, QStringLiteral("period"));
    o.errorsRate = r.number(QStringLiteral("errorsRate"), o.errorsRate, 0, 100);
    if (r.has(QStringLiteral("halfOpenTtl")))
        o.halfOpenTtl = seconds(r, QStringLiteral("halfOpenTtl"));
    o.minCalls = r.integer(QStringLiteral("minCalls"), o.minCalls, 0, std::numeric_limits<int>::max());
    if (r.has(QStringLiteral("timeCondition")))
        o.timeCondition = seconds(r, QStringLiteral("timeCondition"));
    return layer;
}

} // namespace

FunctionSpec FunctionSpec::parse(const QVariant &value, const QString &name, const QString &keyPrefix)
{
    FunctionSpec f;
    f.name = name;
    const QString path = QStringLiteral("options.functions.%1").arg(name);
    OptionReader r(value, path);
    f.origin = r.take(QStringLiteral("origin"));
    if (r.has(QStringLiteral("stack"))) {
        const QVariantList stack = r.take(QStringLiteral("stack")).toList();
        if (stack.isEmpty())
            throw ScenarioError(QStringLiteral("%1 must list at least one strategy").arg(r.pathOf(QStringLiteral("stack"))));
        for (qsizetype i = 0; i < stack.size(); ++i) {
            OptionReader layer(stack.at(i), QStringLiteral("%1.stack[%2]").arg(path).arg(i));
            f.layers.append(readLayer(layer, name, keyPrefix));
            layer.finish();
        }
    } else if (r.string(QStringLiteral("strategy"), QStringLiteral("cache")) != u"none") {
        f.layers.append(readLayer(r, name, keyPrefix));
    }
    r.finish();
    return f;
}

QString FunctionSpec::errorType(std::exception_ptr error)
{
    try {
        std::rethrow_exception(error);
    } catch (const OriginTimeoutError &) {
        return QStringLiteral("OriginTimeoutError");
    } catch (const OriginError &) {
        return QStringLiteral("OriginError");
    } catch (const CircuitBreakerOpen &) {
        return QStringLiteral("CircuitBreakerOpen");
    } catch (const RateLimitError &) {
        return QStringLiteral("RateLimitError");
    } catch (const StoreFaultError &) {
        return QStringLiteral("StoreFaultError");
    } catch (const LockedError &) {
        return QStringLiteral("LockedError");
    } catch (const CacheBackendInteractionError &) {
        return QStringLiteral("StoreError");
    } catch (...) {
        return QStringLiteral("Error");
    }
}

} // namespace cashews::scenarios
