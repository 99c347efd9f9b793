#include <cashews/cache.h>
#include <cashews/tagkey.h>
#include <cashews/clock.h>

#include "backendregistry.h"
#include "cachestate.h"

#include <QLoggingCategory>
#include <QUuid>

#include <QCoro/QCoroTimer>

#include <algorithm>
#include <numeric>

Q_LOGGING_CATEGORY(lcCache, "cashews.cache")

namespace cashews {

namespace {

// Packed argument names, as cashews passes them to middlewares.
const QString KeyArg = QStringLiteral("key");
const QString KeysArg = QStringLiteral("keys");
const QString ValueArg = QStringLiteral("value");
const QString PairsArg = QStringLiteral("pairs");
const QString ExpireArg = QStringLiteral("expire");
const QString ExistArg = QStringLiteral("exist");
const QString PatternArg = QStringLiteral("pattern");
const QString BatchSizeArg = QStringLiteral("batch_size");
const QString MessageArg = QStringLiteral("message");
const QString IndexesArg = QStringLiteral("indexes");
const QString SizeArg = QStringLiteral("size");
const QString ByArg = QStringLiteral("by");
const QString StartArg = QStringLiteral("start");
const QString EndArg = QStringLiteral("end");
const QString MaxValueArg = QStringLiteral("max_value");
const QString MembersArg = QStringLiteral("values");
const QString CountArg = QStringLiteral("count");
const QString NewKeyArg = QStringLiteral("new_key");
const QString CursorArg = QStringLiteral("cursor");
// Set on the set_add of a tag's set: the backend runs tagAdd (the expiry only grows).
const QString TagSetArg = QStringLiteral("tag_set");
// How many keys deleteTags pops at a time (cashews: 100).
constexpr int TagPopBatch = 100;

template<typename T>
QVariant wrap(T value)
{
    return QVariant::fromValue(std::move(value));
}

template<typename T>
T unwrap(const CommandArgs &args, const QString &name)
{
    return args.value(name).template value<T>();
}

Ttl ttlArg(const CommandArgs &args, const QString &name = ExpireArg)
{
    return args.value(name).value<Ttl>();
}

qint64 roundedSeconds(qint64 ms)
{
    return ms < 0 ? ms : (ms + 500) / 1000;
}

QCoro::Task<> releaseInBackground(std::shared_ptr<CacheState> state, QString key, QByteArray token)
{
    try {
        auto &route = state->route(key);
        BackendPtr backend = route.backend;
        CommandArgs args{{KeyArg, key}, {ValueArg, token}};
        co_await state->run(Command::Unlock, backend, args);
    } catch (const std::exception &e) {
        qCWarning(lcCache) << "releasing lock" << key << "failed:" << e.what();
    }
}

} // namespace

// ---------------------------------------------------------------- CacheState

CacheState::Route *CacheState::findRoute(const QString &key)
{
    for (auto &r : routes) {
        // The default route's empty prefix matches without a call into QString.
        if (r.prefix.isEmpty() || key.startsWith(r.prefix))
            return &r;
    }
    return nullptr;
}

CacheState::Route &CacheState::matchRoute(const QString &key)
{
    if (Route *r = findRoute(key))
        return *r;
    if (routes.empty())
        throw NotConfiguredError(QStringLiteral("cache '%1' is not set up: run Cache::setup(...) first").arg(name));
    throw NotConfiguredError(QStringLiteral("no backend is set up for the key '%1'").arg(key));
}

CacheState::Route *CacheState::findRouteByPrefix(const QString &prefix)
{
    for (auto &r : routes) {
        if (r.prefix == prefix)
            return &r;
    }
    return nullptr;
}

QCoro::Task<QVariant> CacheState::run(Command command, BackendPtr backend, CommandArgs args)
{
    return runFrom(static_cast<qsizetype>(middlewares.size()) - 1, command, std::move(backend), std::move(args));
}

QCoro::Task<QVariant> CacheState::runFrom(qsizetype index, Command command, BackendPtr backend, CommandArgs args)
{
    if (index < 0) {
        // The callbacks sit innermost, as cashews' CallbackMiddleware: they see the keys the
        // middlewares passed on.
        if (callbacks.empty())
            co_return co_await execute(command, backend, std::move(args));
        QVariant result = co_await execute(command, backend, args);
        notifyCallbacks(command, args, result);
        co_return result;
    }
    // Copy the middleware: setup/addMiddleware may grow the vector while this call is suspended.
    Middleware middleware = middlewares[static_cast<size_t>(index)];
    NextCall next = [this, index, command, backend](CommandArgs nextArgs) {
        return runFrom(index - 1, command, backend, std::move(nextArgs));
    };
    co_return co_await middleware(std::move(next), command, backend.get(), std::move(args));
}

void CacheState::notifyCallbacks(Command command, const CommandArgs &args, const QVariant &result) const
{
    // scan and get_match are generators: the chain only decides their pattern.
    if (!result.isValid() || command == Command::Scan || command == Command::GetMatch)
        return;
    const QVariant key = args.value(command == Command::DeleteMatch ? PatternArg : KeyArg);
    if (!key.isValid())
        return;
    // A copy: a callback may end its own scope or open another.
    const auto current = callbacks;
    for (const Callback &callback : current) {
        if (callback.commands.isEmpty() || callback.commands.contains(command))
            callback.function(command, key.toString(), result);
    }
}

QCoro::Task<QVariant> CacheState::execute(Command command, BackendPtr b, CommandArgs a)
{
    const QString key = a.value(KeyArg).toString();
    switch (command) {
    case Command::Get:
        co_return co_await b->get(key);
    case Command::GetRaw:
        co_return co_await b->getRaw(key);
    case Command::GetRawPrefix:
        co_return wrap(co_await b->getRawPrefix(key, a.value(SizeArg).toLongLong()));
    case Command::GetMany: {
        const QList<QVariant> values = co_await b->getMany(unwrap<QStringList>(a, KeysArg));
        co_return wrap(values);
    }
    case Command::Set:
        co_return co_await b->set(key, a.value(ValueArg), ttlArg(a), static_cast<Exist>(a.value(ExistArg).toInt()));
    case Command::SetRaw:
        co_return co_await b->setRaw(key, a.value(ValueArg), ttlArg(a));
    case Command::SetMany:
        co_return co_await b->setMany(unwrap<KeyValueList>(a, PairsArg), ttlArg(a));
    case Command::Delete:
        co_return co_await b->remove(key);
    case Command::DeleteMany:
        co_return co_await b->removeMany(unwrap<QStringList>(a, KeysArg));
    case Command::DeleteMatch:
        co_return co_await b->removeMatch(a.value(PatternArg).toString());
    case Command::Exists:
        co_return co_await b->exists(key);
    case Command::Scan:
    case Command::GetMatch:
        // Generators are not run through the chain; the chain only decides on the pattern.
        co_return a.value(PatternArg);
    case Command::Incr: {
        const std::optional<qint64> result = co_await b->incr(key, a.value(ValueArg).toLongLong(), ttlArg(a));
        co_return result ? QVariant(*result) : QVariant();
    }
    case Command::Expire:
        co_return co_await b->expire(key, ttlArg(a));
    case Command::GetExpire:
        co_return co_await b->getExpireMs(key);
    case Command::Clear:
        co_await b->clear();
        co_return true;
    case Command::SetLock:
        co_return co_await b->setLock(key, a.value(ValueArg).toByteArray(), ttlArg(a));
    case Command::Unlock:
        co_return co_await b->unlock(key, a.value(ValueArg).toByteArray());
    case Command::IsLocked:
        co_return co_await b->exists(key);
    case Command::GetBits:
        co_return wrap(co_await b->getBits(key, unwrap<QList<qint64>>(a, IndexesArg), a.value(SizeArg).toInt()));
    case Command::IncrBits:
        co_return wrap(co_await b->incrBits(key, unwrap<QList<qint64>>(a, IndexesArg), a.value(SizeArg).toInt(),
                                            a.value(ByArg).toLongLong()));
    case Command::SliceIncr:
        co_return co_await b->sliceIncr(key, a.value(StartArg).toDouble(), a.value(EndArg).toDouble(),
                                        a.value(MaxValueArg).toLongLong(), ttlArg(a));
    case Command::SliceEntries:
        co_return wrap(co_await b->sliceEntries(key));
    case Command::SetAdd:
        if (a.value(TagSetArg).toBool())
            co_return co_await b->tagAdd(key, unwrap<QStringList>(a, MembersArg), ttlArg(a));
        co_return co_await b->setAdd(key, unwrap<QStringList>(a, MembersArg), ttlArg(a));
    case Command::SetRemove:
        co_return co_await b->setRemove(key, unwrap<QStringList>(a, MembersArg));
    case Command::SetPop:
        co_return co_await b->setPop(key, a.value(CountArg).toInt());
    case Command::SetMembers:
        co_return co_await b->setMembers(key);
    case Command::MemberPage:
        co_return wrap(co_await b->memberPage(key, a.value(CursorArg).toByteArray(), a.value(CountArg).toInt()));
    case Command::Ping:
        co_return co_await b->ping(a.value(MessageArg).toByteArray());
    case Command::GetSize:
        co_return co_await b->getSize(key);
    case Command::GetKeysCount:
        co_return co_await b->getKeysCount();
    case Command::KeyType:
        co_return co_await b->keyType(key);
    case Command::Rename:
        co_return co_await b->rename(key, a.value(NewKeyArg).toString());
    }
    Q_UNREACHABLE();
}

// ---------------------------------------------------------------- Cache

Cache::Cache(QString name)
    : m_state(std::make_shared<CacheState>())
{
    m_state->name = std::move(name);
}

Cache::Cache(std::shared_ptr<CacheState> state)
    : m_state(std::move(state))
{
}

Cache::~Cache() = default;

QString Cache::name() const
{
    return m_state->name;
}

BackendPtr Cache::setup(const QString &url, const QVariantMap &options)
{
    Settings settings = Settings::parse(url, options);
    const QString prefix = settings.takeString(QStringLiteral("prefix"));
    CommandSet disabled;
    // cashews: "disable" / "enable" booleans switch every command off or on at setup.
    if (settings.takeBool(QStringLiteral("disable"), false))
        disabled = CommandSet::all();
    if (!settings.takeBool(QStringLiteral("enable"), true))
        disabled = CommandSet::all();
    QString scheme = settings.scheme();
    if (scheme.isEmpty()) {
        // cashews: an empty scheme ("://") is a disabled memory store.
        scheme = QStringLiteral("mem");
        disabled = CommandSet::all();
    }
    BackendPtr backend = BackendRegistry::instance().find(scheme)(settings);
    settings.finish();
    // A weak reference: the backend may outlive the cache (setup() returns it).
    std::weak_ptr<CacheState> weakState = m_state;
    backend->setEventListener([weakState](const BackendEvent &event) {
        if (auto state = weakState.lock()) {
            // A copy: a listener may add listeners.
            const auto listeners = state->eventListeners;
            for (const auto &listener : listeners)
                listener(event);
        }
    });

    auto &routes = m_state->routes;
    if (auto *existing = m_state->findRouteByPrefix(prefix)) {
        existing->backend = backend;
        existing->disabled = disabled;
    } else {
        routes.push_back({prefix, backend, disabled});
        std::stable_sort(routes.begin(), routes.end(),
                         [](const auto &a, const auto &b) { return a.prefix.size() > b.prefix.size(); });
    }
    return backend;
}

BackendPtr Cache::setupTagsBackend(const QString &url, QVariantMap options)
{
    options.insert(QStringLiteral("prefix"), tagKeyPrefix());
    return setup(url, options);
}

void Cache::registerBackend(const QString &scheme, BackendFactory factory)
{
    BackendRegistry::instance().add(scheme, std::move(factory));
}

bool Cache::isSetup() const
{
    return !m_state->routes.empty();
}

BackendPtr Cache::backendFor(const QString &key) const
{
    return m_state->route(key).backend;
}

QList<QPair<QString, BackendPtr>> Cache::backends() const
{
    QList<QPair<QString, BackendPtr>> out;
    for (const auto &r : m_state->routes)
        out.append({r.prefix, r.backend});
    return out;
}

void Cache::addMiddleware(Middleware middleware)
{
    m_state->middlewares.push_back(std::move(middleware));
}

void Cache::addEventListener(Backend::EventListener listener)
{
    m_state->eventListeners.push_back(std::move(listener));
}

void Cache::disable(CommandSet commands, const QString &prefix)
{
    // cashews ignores disable() on a cache that is not set up; so do we.
    if (auto *r = m_state->findRouteByPrefix(prefix))
        r->disabled |= commands.isEmpty() ? CommandSet::all() : commands;
}

void Cache::enable(CommandSet commands, const QString &prefix)
{
    if (auto *r = m_state->findRouteByPrefix(prefix))
        r->disabled -= commands.isEmpty() ? CommandSet::all() : commands;
}

bool Cache::isDisabled(Command command, const QString &prefix) const
{
    const auto *r = m_state->findRouteByPrefix(prefix);
    return r && r->disabled.contains(command);
}

bool Cache::isFullyDisabled() const
{
    if (m_state->routes.empty())
        return false;
    return std::all_of(m_state->routes.begin(), m_state->routes.end(),
                       [](const auto &r) { return r.disabled.isAll(); });
}

Cache::DisablingScope::DisablingScope(Cache *cache, CommandSet commands, QString prefix)
    : m_cache(cache)
    , m_prefix(std::move(prefix))
{
    if (auto *r = m_cache->m_state->findRouteByPrefix(m_prefix))
        m_previous = r->disabled;
    m_cache->disable(commands, m_prefix);
}

Cache::DisablingScope::~DisablingScope()
{
    if (auto *r = m_cache->m_state->findRouteByPrefix(m_prefix))
        r->disabled = m_previous;
}

Cache::DisablingScope Cache::disabling(CommandSet commands, const QString &prefix)
{
    return DisablingScope(this, commands, prefix);
}

CallbackScope Cache::callback(CommandCallback callback, CommandSet commands)
{
    return CallbackScope(*this, std::move(callback), commands);
}

namespace {

// Runs one single-key command: routing, disable check, then the chain (or the backend
// directly when there are no middlewares). `fallback` is the result of a disabled command.
QCoro::Task<QVariant> runKeyed(std::shared_ptr<CacheState> state, Command command, QString key, CommandArgs args,
                               QVariant fallback)
{
    auto &route = state->route(key);
    if (route.disabled.contains(command))
        co_return fallback;
    BackendPtr backend = route.backend;
    args.insert(KeyArg, key);
    if (!state->hasChain())
        co_return co_await CacheState::execute(command, backend, std::move(args));
    co_return co_await state->run(command, backend, std::move(args));
}

} // namespace

namespace {

// Splits items by the route of their key, keeping their order within each route: multi-key
// commands run once per backend, as in cashews.
template<typename Item, typename KeyOf>
std::vector<std::pair<CacheState::Route *, QList<Item>>> groupByRoute(CacheState &state, const QList<Item> &items,
                                                                      KeyOf keyOf)
{
    std::vector<std::pair<CacheState::Route *, QList<Item>>> groups;
    for (const Item &item : items) {
        auto *route = &state.route(keyOf(item));
        auto it = std::find_if(groups.begin(), groups.end(), [route](const auto &g) { return g.first == route; });
        if (it == groups.end())
            groups.push_back({route, QList<Item>{item}});
        else
            it->second.append(item);
    }
    return groups;
}

} // namespace

namespace {

// Cache::set when a middleware must see it, the command is disabled or the key has no route
// (route() throws inside the coroutine, so the error reaches the caller's co_await).
QCoro::Task<bool> setThroughChain(std::shared_ptr<CacheState> state, QString key, QVariant value, Ttl expire,
                                  Exist exist)
{
    auto &route = state->route(key);
    if (route.disabled.contains(Command::Set))
        co_return false;
    BackendPtr backend = route.backend;
    if (!state->hasChain())
        co_return co_await backend->set(std::move(key), std::move(value), expire, exist);
    CommandArgs args{{KeyArg, key}, {ValueArg, value}, {ExpireArg, wrap(expire)}, {ExistArg, static_cast<int>(exist)}};
    const QVariant result = co_await state->run(Command::Set, backend, std::move(args));
    co_return result.toBool();
}

// Awaits a backend's unfinished task while holding the backend and the cache state, so that
// neither goes away (a new setup(), the Cache destroyed) before it completes.
template<typename T>
QCoro::Task<T> keepingAlive([[maybe_unused]] std::shared_ptr<CacheState> state, [[maybe_unused]] BackendPtr backend,
                            QCoro::Task<T> task)
{
    co_return co_await task;
}

} // namespace

namespace {

QCoro::Task<bool> setTagged(Cache *cache, QString key, QVariant value, Ttl expire, Exist exist, QStringList tags)
{
    const bool written = co_await cache->set(key, std::move(value), expire, exist);
    // cashews tags only what was written (an NX/XX refusal adds nothing).
    // A named list: g++ 12 fails on a braced temporary inside co_await ("array used as initializer").
    QStringList keys{key};
    if (written)
        co_await cache->addToTags(std::move(keys), expire, std::move(tags));
    co_return written;
}

// Removes `keys` from the sets of their tags (cashews' on-remove callback).
QCoro::Task<> removeFromTags(Cache *cache, QStringList keys)
{
    QMap<QString, QStringList> keysByTag;
    for (const QString &key : std::as_const(keys)) {
        if (key.startsWith(tagKeyPrefix()))
            continue;
        for (const QString &tag : cache->getKeyTags(key))
            keysByTag[tag].append(key);
    }
    for (auto it = keysByTag.cbegin(); it != keysByTag.cend(); ++it)
        co_await cache->setRemove(tagKeyPrefix() + it.key(), it.value());
}

} // namespace

QCoro::Task<bool> Cache::set(QString key, QVariant value, Ttl expire, Exist exist, QStringList tags)
{
    if (!tags.isEmpty())
        return setTagged(this, std::move(key), std::move(value), expire, exist, std::move(tags));
    // Not a coroutine: when the backend finishes synchronously (mem://) its own task is the
    // answer, which saves a second frame and the reference counting of the keep-alives.
    CacheState::Route *route = m_state->findRoute(key);
    if (!route || route->disabled.contains(Command::Set) || m_state->hasChain())
        return setThroughChain(m_state, std::move(key), std::move(value), expire, exist);
    // A copy: an event listener may set up another backend for this prefix while set() runs.
    BackendPtr backend = route->backend;
    QCoro::Task<bool> written = backend->set(std::move(key), std::move(value), expire, exist);
    if (written.isReady())
        return written;
    return keepingAlive(m_state, std::move(backend), std::move(written));
}

QCoro::Task<bool> Cache::setRaw(QString key, QVariant value, Ttl expire)
{
    CommandArgs args{{ValueArg, value}, {ExpireArg, wrap(expire)}};
    const QVariant result = co_await runKeyed(m_state, Command::SetRaw, std::move(key), std::move(args), false);
    co_return result.toBool();
}

QCoro::Task<bool> Cache::setMany(KeyValueList pairs, Ttl expire, QStringList tags)
{
    auto state = m_state;
    const auto groups = groupByRoute(*state, pairs, [](const KeyValue &pair) { return pair.first; });
    bool all = true;
    for (const auto &[route, group] : groups) {
        if (route->disabled.contains(Command::SetMany)) {
            all = false;
            continue;
        }
        BackendPtr backend = route->backend;
        CommandArgs args{{PairsArg, wrap(group)}, {ExpireArg, wrap(expire)}};
        const QVariant ok = co_await state->run(Command::SetMany, backend, std::move(args));
        all = all && ok.toBool();
    }
    if (all && !tags.isEmpty()) {
        QStringList keys;
        for (const KeyValue &pair : std::as_const(pairs))
            keys.append(pair.first);
        co_await addToTags(std::move(keys), expire, std::move(tags));
    }
    co_return all;
}

bool Cache::tryGetNow(const QString &key, QVariant &value) const
{
    const auto &route = m_state->route(key);
    if (route.disabled.contains(Command::Get) || m_state->hasChain())
        return false;
    return route.backend->tryGetNow(key, value);
}

namespace {

// Cache::get when the backend cannot answer synchronously (or a middleware must see it).
QCoro::Task<QVariant> getAwaited(std::shared_ptr<CacheState> state, QString key, QVariant defaultValue)
{
    auto &route = state->route(key);
    if (route.disabled.contains(Command::Get))
        co_return defaultValue;
    BackendPtr backend = route.backend;
    QVariant value;
    if (!state->hasChain()) {
        // No chain to run: packing the arguments would cost more than a local store's read.
        value = co_await backend->get(std::move(key));
    } else {
        CommandArgs args{{KeyArg, key}, {QStringLiteral("default"), defaultValue}};
        value = co_await state->run(Command::Get, backend, std::move(args));
    }
    co_return value.isValid() ? std::move(value) : std::move(defaultValue);
}

// A finished task holding `value`.
QCoro::Task<QVariant> answeredGet(QVariant value)
{
    co_return value;
}

// A finished task rethrowing `error` at co_await (as a throwing coroutine would). Apart from
// answeredGet so that the hit path carries no exception_ptr.
QCoro::Task<QVariant> failedGet(std::exception_ptr error)
{
    std::rethrow_exception(error);
    co_return QVariant();
}

} // namespace

QCoro::Task<QVariant> Cache::get(const QString &key, const QVariant &defaultValue)
{
    // Not a coroutine: a backend that answers synchronously costs one small finished task, and
    // everything the awaited path needs is copied into getAwaited's frame.
    QVariant value;
    bool answered = false;
    try {
        answered = tryGetNow(key, value);
    } catch (...) {
        return failedGet(std::current_exception());
    }
    if (!answered)
        return getAwaited(m_state, key, defaultValue);
    if (!value.isValid())
        return answeredGet(defaultValue);
    return answeredGet(std::move(value));
}

QCoro::Task<QVariant> Cache::getRaw(QString key)
{
    co_return co_await runKeyed(m_state, Command::GetRaw, std::move(key), {}, QVariant());
}

QCoro::Task<RawPrefix> Cache::getRawPrefix(QString key, qint64 maxBytes)
{
    CommandArgs args{{SizeArg, maxBytes}};
    const QVariant result = co_await runKeyed(m_state, Command::GetRawPrefix, std::move(key), std::move(args), QVariant());
    co_return result.value<RawPrefix>();
}

namespace {

// The route every key of `keys` takes, or nullptr when they take several (throws
// NotConfiguredError for the first key without one, as the grouping does).
CacheState::Route *sharedRoute(CacheState &state, const QStringList &keys)
{
    // With only the default route there is nothing to compare.
    if (state.routes.size() == 1 && state.routes.front().prefix.isEmpty())
        return &state.routes.front();
    CacheState::Route *shared = nullptr;
    for (const QString &key : keys) {
        CacheState::Route *route = &state.route(key);
        if (shared && route != shared)
            return nullptr;
        shared = route;
    }
    return shared;
}

} // namespace

QCoro::Task<QList<QVariant>> Cache::getMany(QStringList keys, QVariant defaultValue)
{
    auto state = m_state;
    // Fast path: one backend and no chain: the backend's answer is the result, with no
    // regrouping or packed arguments per key.
    CacheState::Route *only = !state->hasChain() && !keys.isEmpty() ? sharedRoute(*state, keys) : nullptr;
    if (only && !only->disabled.contains(Command::GetMany)) {
        BackendPtr backend = only->backend;
        QList<QVariant> values = co_await backend->getMany(keys);
        if (values.size() == keys.size() && !defaultValue.isValid())
            co_return values;
        QList<QVariant> result(keys.size(), defaultValue);
        for (qsizetype i = 0; i < keys.size() && i < values.size(); ++i) {
            if (values[i].isValid())
                result[i] = std::move(values[i]);
        }
        co_return result;
    }
    QList<QVariant> result(keys.size(), defaultValue);
    // Group key positions by backend; misaligned results are impossible by construction.
    QList<qsizetype> positions(keys.size());
    std::iota(positions.begin(), positions.end(), 0);
    const auto groups = groupByRoute(*state, positions, [&keys](qsizetype i) { return keys[i]; });
    for (const auto &[route, groupPositions] : groups) {
        if (route->disabled.contains(Command::GetMany))
            continue;
        QStringList groupKeys;
        groupKeys.reserve(groupPositions.size());
        for (qsizetype pos : groupPositions)
            groupKeys.append(keys[pos]);
        BackendPtr backend = route->backend;
        CommandArgs args{{KeysArg, groupKeys}, {QStringLiteral("default"), defaultValue}};
        const QVariant packed = co_await state->run(Command::GetMany, backend, std::move(args));
        const auto values = packed.value<QList<QVariant>>();
        for (qsizetype j = 0; j < groupPositions.size() && j < values.size(); ++j) {
            if (values[j].isValid())
                result[groupPositions[j]] = values[j];
        }
    }
    co_return result;
}

QCoro::Task<QVariant> Cache::getOrSet(QString key, QVariant value, Ttl expire)
{
    auto keepAlive = m_state;
    const QVariant cached = co_await get(key);
    if (cached.isValid())
        co_return cached;
    co_await set(key, value, expire);
    co_return value;
}

QCoro::Task<QVariant> Cache::getOrSet(QString key, std::function<QCoro::Task<QVariant>()> factory, Ttl expire)
{
    auto keepAlive = m_state;
    const QVariant cached = co_await get(key);
    if (cached.isValid())
        co_return cached;
    QVariant value = co_await factory();
    co_await set(key, value, expire);
    co_return value;
}

namespace {

// Routes a pattern command and lets the middleware chain see (and rewrite) the pattern before
// iteration starts. Returns no backend when the command is disabled or the chain refused it.
QCoro::Task<std::pair<BackendPtr, QString>> startPatternCommand(std::shared_ptr<CacheState> state, Command command,
                                                                QString pattern, int batchSize)
{
    auto &route = state->route(pattern);
    if (route.disabled.contains(command))
        co_return std::pair<BackendPtr, QString>();
    BackendPtr backend = route.backend;
    if (!state->hasChain())
        co_return std::pair(backend, pattern);
    CommandArgs args{{PatternArg, pattern}, {BatchSizeArg, batchSize}};
    const QVariant effective = co_await state->run(command, backend, std::move(args));
    if (!effective.isValid())
        co_return std::pair<BackendPtr, QString>();
    co_return std::pair(backend, effective.toString());
}

// The batches `read` yields for a pattern command, after the middleware chain saw the pattern.
template<typename Batch>
QCoro::AsyncGenerator<Batch> patternBatches(std::shared_ptr<CacheState> state, Command command, QString pattern,
                                            int batchSize, QCoro::AsyncGenerator<Batch> (Backend::*read)(QString, int))
{
    const auto [backend, effective] = co_await startPatternCommand(state, command, pattern, batchSize);
    if (!backend)
        co_return;
    auto batches = ((*backend).*read)(effective, batchSize);
    // Not QCORO_FOREACH: g++ 12 rejects a co_await in a for loop's increment inside a template.
    auto batch = co_await batches.begin();
    while (batch != batches.end()) {
        co_yield *batch;
        co_await ++batch;
    }
}

// One item at a time out of `batches`.
template<typename Item, typename Batch>
QCoro::AsyncGenerator<Item> itemsOf(QCoro::AsyncGenerator<Batch> batches)
{
    auto batch = co_await batches.begin();
    while (batch != batches.end()) {
        for (Item &item : *batch)
            co_yield item;
        co_await ++batch;
    }
}

} // namespace

QCoro::AsyncGenerator<QStringList> Cache::scanBatches(QString pattern, int batchSize)
{
    return patternBatches(m_state, Command::Scan, std::move(pattern), batchSize, &Backend::scan);
}

QCoro::AsyncGenerator<QString> Cache::scan(QString pattern, int batchSize)
{
    return itemsOf<QString>(scanBatches(std::move(pattern), batchSize));
}

QCoro::AsyncGenerator<KeyValue> Cache::getMatch(QString pattern, int batchSize)
{
    return itemsOf<KeyValue>(patternBatches(m_state, Command::GetMatch, std::move(pattern), batchSize, &Backend::getMatch));
}

QCoro::Task<std::optional<qint64>> Cache::incr(QString key, qint64 by, Ttl expire, QStringList tags)
{
    CommandArgs args{{ValueArg, by}, {ExpireArg, wrap(expire)}};
    const QVariant result = co_await runKeyed(m_state, Command::Incr, key, std::move(args), QVariant());
    if (!result.isValid())
        co_return std::nullopt;
    if (!tags.isEmpty()) {
        QStringList keys{key};
        co_await addToTags(std::move(keys), expire, std::move(tags));
    }
    co_return result.toLongLong();
}

QCoro::Task<bool> Cache::exists(QString key)
{
    const QVariant result = co_await runKeyed(m_state, Command::Exists, std::move(key), {}, false);
    co_return result.toBool();
}

QCoro::Task<bool> Cache::remove(QString key)
{
    const QVariant result = co_await runKeyed(m_state, Command::Delete, key, {}, false);
    if (result.toBool() && !m_state->tags.isEmpty()) {
        QStringList keys{key};
        co_await removeFromTags(this, std::move(keys));
    }
    co_return result.toBool();
}

QCoro::Task<qint64> Cache::removeMany(QStringList keys)
{
    auto state = m_state;
    const auto groups = groupByRoute(*state, keys, [](const QString &key) { return key; });
    qint64 removed = 0;
    for (const auto &[route, group] : groups) {
        if (route->disabled.contains(Command::DeleteMany))
            continue;
        BackendPtr backend = route->backend;
        CommandArgs args{{KeysArg, group}};
        const QVariant n = co_await state->run(Command::DeleteMany, backend, std::move(args));
        removed += n.toLongLong();
    }
    if (removed > 0 && !state->tags.isEmpty())
        co_await removeFromTags(this, std::move(keys));
    co_return removed;
}

QCoro::Task<qint64> Cache::removeMatch(QString pattern)
{
    auto state = m_state;
    auto &route = state->route(pattern);
    if (route.disabled.contains(Command::DeleteMatch))
        co_return 0;
    BackendPtr backend = route.backend;
    // The keys are needed before they go, to clean the sets of their tags.
    QStringList doomed;
    if (!state->tags.isEmpty()) {
        auto batches = scanBatches(pattern);
        auto batch = co_await batches.begin();
        while (batch != batches.end()) {
            doomed += *batch;
            co_await ++batch;
        }
    }
    CommandArgs args{{PatternArg, pattern}};
    const QVariant n = co_await state->run(Command::DeleteMatch, backend, std::move(args));
    if (!doomed.isEmpty())
        co_await removeFromTags(this, std::move(doomed));
    co_return n.toLongLong();
}

QCoro::Task<bool> Cache::expire(QString key, Ttl timeout)
{
    CommandArgs args{{ExpireArg, wrap(timeout)}};
    const QVariant result = co_await runKeyed(m_state, Command::Expire, std::move(key), std::move(args), false);
    co_return result.toBool();
}

QCoro::Task<qint64> Cache::getExpireMs(QString key)
{
    const QVariant result = co_await runKeyed(m_state, Command::GetExpire, std::move(key), {}, NotExist);
    co_return result.toLongLong();
}

QCoro::Task<qint64> Cache::getExpire(QString key)
{
    const qint64 ms = co_await getExpireMs(std::move(key));
    co_return roundedSeconds(ms);
}

QCoro::Task<bool> Cache::rename(QString key, QString newKey)
{
    auto state = m_state;
    // Both names must live on the same backend: a rename cannot move data between stores.
    if (state->route(key).backend != state->route(newKey).backend)
        throw ValueError(QStringLiteral("cannot rename '%1' to '%2': they route to different backends").arg(key, newKey));
    CommandArgs args{{NewKeyArg, newKey}};
    const QVariant result = co_await runKeyed(state, Command::Rename, std::move(key), std::move(args), false);
    co_return result.toBool();
}

QCoro::Task<QString> Cache::keyType(QString key)
{
    const QVariant result = co_await runKeyed(m_state, Command::KeyType, std::move(key), {}, QStringLiteral("none"));
    co_return result.toString();
}

QCoro::Task<QByteArray> Cache::ping(QByteArray message)
{
    const QString routeKey = QString::fromUtf8(message);
    CommandArgs args{{MessageArg, message}};
    const QVariant result = co_await runKeyed(m_state, Command::Ping, routeKey, std::move(args), QVariant());
    co_return result.toByteArray();
}

QCoro::Task<> Cache::clear()
{
    auto state = m_state;
    for (qsizetype i = 0; i < static_cast<qsizetype>(state->routes.size()); ++i) {
        const auto &route = state->routes[static_cast<size_t>(i)];
        if (route.disabled.contains(Command::Clear))
            continue;
        BackendPtr backend = route.backend;
        co_await state->run(Command::Clear, backend, {});
    }
}

QCoro::Task<bool> Cache::setLock(QString key, QByteArray value, Ttl expire)
{
    CommandArgs args{{ValueArg, value}, {ExpireArg, wrap(expire)}};
    const QVariant result = co_await runKeyed(m_state, Command::SetLock, std::move(key), std::move(args), false);
    co_return result.toBool();
}

QCoro::Task<bool> Cache::unlock(QString key, QByteArray value)
{
    CommandArgs args{{ValueArg, value}};
    const QVariant result = co_await runKeyed(m_state, Command::Unlock, std::move(key), std::move(args), false);
    co_return result.toBool();
}

QCoro::Task<bool> Cache::isLocked(QString key, Ttl wait, Ttl step)
{
    auto state = m_state;
    const qint64 deadline = nowMs() + wait.milliseconds();
    for (;;) {
        const QVariant locked = co_await runKeyed(state, Command::IsLocked, key, {}, false);
        if (!locked.toBool())
            co_return false;
        if (!wait || nowMs() >= deadline)
            co_return true;
        const qint64 pause = std::max<qint64>(1, std::min(step.milliseconds(), deadline - nowMs()));
        co_await QCoro::sleepFor(std::chrono::milliseconds(pause));
    }
}

QCoro::Task<LockGuard> Cache::lock(QString key, Ttl expire, bool wait, Ttl checkInterval)
{
    auto state = m_state;
    LockGuard guard;
    guard.m_state = state;
    guard.m_key = key;
    guard.m_token = QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1();
    const qint64 pause = std::max<qint64>(1, checkInterval.milliseconds());
    for (;;) {
        CommandArgs args{{ValueArg, guard.m_token}, {ExpireArg, wrap(expire)}};
        const QVariant taken = co_await runKeyed(state, Command::SetLock, key, std::move(args), false);
        if (taken.toBool()) {
            guard.m_held = true;
            co_return guard;
        }
        // cashews: when the store is down, the block runs without a lock rather than failing.
        bool backendDown = false;
        try {
            CommandArgs pingArgs{{MessageArg, QByteArray("LOCK")}};
            const QVariant pong = co_await runKeyed(state, Command::Ping, key, std::move(pingArgs), QVariant());
            backendDown = !pong.isValid();
        } catch (const CacheBackendInteractionError &e) {
            qCWarning(lcCache) << "lock" << key << "taken without locking, the store is down:" << e.what();
            backendDown = true;
        }
        if (backendDown)
            co_return guard;
        if (!wait)
            throw LockedError(QStringLiteral("Key %1 is already locked").arg(key));
        co_await QCoro::sleepFor(std::chrono::milliseconds(pause));
    }
}

QCoro::Task<QList<qint64>> Cache::getBits(QString key, QList<qint64> indexes, int size)
{
    CommandArgs args{{IndexesArg, wrap(indexes)}, {SizeArg, size}};
    const QList<qint64> zeros(indexes.size(), 0);
    const QVariant result = co_await runKeyed(m_state, Command::GetBits, std::move(key), std::move(args), wrap(zeros));
    co_return result.value<QList<qint64>>();
}

QCoro::Task<QList<qint64>> Cache::incrBits(QString key, QList<qint64> indexes, int size, qint64 by)
{
    CommandArgs args{{IndexesArg, wrap(indexes)}, {SizeArg, size}, {ByArg, by}};
    const QList<qint64> zeros(indexes.size(), 0);
    const QVariant result = co_await runKeyed(m_state, Command::IncrBits, std::move(key), std::move(args), wrap(zeros));
    co_return result.value<QList<qint64>>();
}

QCoro::Task<qint64> Cache::sliceIncr(QString key, double start, double end, qint64 maxValue, Ttl expire)
{
    CommandArgs args{{StartArg, start}, {EndArg, end}, {MaxValueArg, maxValue}, {ExpireArg, wrap(expire)}};
    const QVariant result = co_await runKeyed(m_state, Command::SliceIncr, std::move(key), std::move(args), 0);
    co_return result.toLongLong();
}

QCoro::Task<QList<double>> Cache::sliceEntries(QString key)
{
    const QVariant result = co_await runKeyed(m_state, Command::SliceEntries, std::move(key), {}, QVariant());
    co_return result.value<QList<double>>();
}

QCoro::Task<qint64> Cache::setAdd(QString key, QStringList members, Ttl expire)
{
    CommandArgs args{{MembersArg, members}, {ExpireArg, wrap(expire)}};
    const QVariant result = co_await runKeyed(m_state, Command::SetAdd, std::move(key), std::move(args), 0);
    co_return result.toLongLong();
}

QCoro::Task<qint64> Cache::setRemove(QString key, QStringList members)
{
    CommandArgs args{{MembersArg, members}};
    const QVariant result = co_await runKeyed(m_state, Command::SetRemove, std::move(key), std::move(args), 0);
    co_return result.toLongLong();
}

QCoro::Task<QStringList> Cache::setPop(QString key, int count)
{
    CommandArgs args{{CountArg, count}};
    const QVariant result = co_await runKeyed(m_state, Command::SetPop, std::move(key), std::move(args), QStringList());
    co_return result.toStringList();
}

QCoro::Task<QStringList> Cache::setMembers(QString key)
{
    const QVariant result = co_await runKeyed(m_state, Command::SetMembers, std::move(key), {}, QStringList());
    co_return result.toStringList();
}

QCoro::Task<MemberPage> Cache::memberPage(QString key, QByteArray cursor, int count)
{
    CommandArgs args{{CursorArg, cursor}, {CountArg, count}};
    const QVariant result = co_await runKeyed(m_state, Command::MemberPage, std::move(key), std::move(args), QVariant());
    co_return result.value<MemberPage>();
}

QCoro::Task<qint64> Cache::getSize(QString key)
{
    const QVariant result = co_await runKeyed(m_state, Command::GetSize, std::move(key), {}, 0);
    co_return result.toLongLong();
}

QCoro::Task<qint64> Cache::getKeysCount()
{
    auto state = m_state;
    qint64 total = 0;
    for (qsizetype i = 0; i < static_cast<qsizetype>(state->routes.size()); ++i) {
        const auto &route = state->routes[static_cast<size_t>(i)];
        if (route.disabled.contains(Command::GetKeysCount))
            continue;
        BackendPtr backend = route.backend;
        const QVariant n = co_await state->run(Command::GetKeysCount, backend, {});
        total += n.toLongLong();
    }
    co_return total;
}

QCoro::Task<> Cache::close()
{
    auto state = m_state;
    for (qsizetype i = 0; i < static_cast<qsizetype>(state->routes.size()); ++i) {
        BackendPtr backend = state->routes[static_cast<size_t>(i)].backend;
        co_await backend->close();
    }
}

// ---------------------------------------------------------------- LockGuard

LockGuard::LockGuard(LockGuard &&other) noexcept
    : m_state(std::move(other.m_state))
    , m_key(std::move(other.m_key))
    , m_token(std::move(other.m_token))
    , m_held(std::exchange(other.m_held, false))
{
}

LockGuard &LockGuard::operator=(LockGuard &&other) noexcept
{
    if (this != &other) {
        if (m_held)
            releaseInBackground(m_state, m_key, m_token);
        m_state = std::move(other.m_state);
        m_key = std::move(other.m_key);
        m_token = std::move(other.m_token);
        m_held = std::exchange(other.m_held, false);
    }
    return *this;
}

LockGuard::~LockGuard()
{
    // Destroying the task detaches it: the unlock completes in the background.
    if (m_held)
        releaseInBackground(m_state, m_key, m_token);
}

QCoro::Task<bool> LockGuard::release()
{
    if (!m_held)
        co_return false;
    m_held = false;
    auto state = m_state;
    CommandArgs args{{ValueArg, m_token}};
    const QVariant result = co_await runKeyed(state, Command::Unlock, m_key, std::move(args), false);
    co_return result.toBool();
}

} // namespace cashews

namespace cashews {

void Cache::registerTag(const QString &tag, const QString &keyTemplate)
{
    m_state->tags.add(tag, keyTemplate);
}

QStringList Cache::getKeyTags(const QString &key) const
{
    return m_state->tags.tagsOf(key);
}

QCoro::Task<> Cache::addToTags(QStringList keys, Ttl ttl, QStringList tags)
{
    for (const QString &tag : std::as_const(tags)) {
        // cashews sets the set's expiry to the latest entry's, so a set could expire before a
        // member that lives longer (and members set without expiry could vanish from it). We keep
        // cashews' layout, but the backend's tagAdd only ever extends the expiry, atomically, so
        // concurrent writers of one tag cannot leave the shorter of their expiries. Middlewares
        // see cashews' set_add.
        CommandArgs args{{MembersArg, keys}, {ExpireArg, wrap(ttl)}, {TagSetArg, true}};
        co_await runKeyed(m_state, Command::SetAdd, tagKeyPrefix() + tag, std::move(args), 0);
    }
}

QCoro::Task<qint64> Cache::deleteTags(QStringList tags)
{
    qint64 deleted = 0;
    for (const QString &tag : std::as_const(tags)) {
        for (;;) {
            const QStringList popped = co_await setPop(tagKeyPrefix() + tag, TagPopBatch);
            if (!popped.isEmpty())
                deleted += co_await removeMany(popped);
            if (popped.size() < TagPopBatch)
                break;
        }
    }
    co_return deleted;
}

} // namespace cashews
