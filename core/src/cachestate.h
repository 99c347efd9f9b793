#pragma once

#include <cashews/cache.h>

#include "tagregistry.h"

#include <vector>

namespace cashews {

class TransactionState;

// Everything a Cache holds, shared with coroutines and lock guards so that they stay valid
// while a command is in flight even if the Cache object goes away.
class CacheState
{
public:
    struct Route
    {
        QString prefix;
        BackendPtr backend;
        CommandSet disabled;
    };

    // The route for `key` (longest matching prefix); throws NotConfiguredError. Inline for
    // the common case of a cache with only the default route: every command asks.
    Route &route(const QString &key)
    {
        if (routes.size() == 1 && routes.front().prefix.isEmpty())
            return routes.front();
        return matchRoute(key);
    }
    // The same, nullptr when no route matches.
    Route *findRoute(const QString &key);
    Route *findRouteByPrefix(const QString &prefix);

    // Whether a command must go through run(): middlewares or callbacks want to see it.
    bool hasChain() const { return !middlewares.empty() || !callbacks.empty(); }
    // Runs `command` through the middleware chain (last added first), then the backend.
    QCoro::Task<QVariant> run(Command command, BackendPtr backend, CommandArgs args);
    // Executes a command on a backend from its packed arguments (the end of the chain).
    static QCoro::Task<QVariant> execute(Command command, BackendPtr backend, CommandArgs args);

    // A callback of a CallbackScope, with the commands it wants.
    struct Callback
    {
        quint64 id;
        CommandCallback function;
        CommandSet commands;
    };

    QString name;
    std::vector<Route> routes; // longest prefix first
    std::vector<Middleware> middlewares;
    std::vector<Backend::EventListener> eventListeners;
    TagRegistry tags;
    // Defaults of Cache::transaction() (cashews: LOCKED, 10 s).
    TransactionMode transactionMode = TransactionMode::Locked;
    Ttl transactionTimeout = 10;
    // Set on a transaction's view: the transaction its backends buffer into.
    std::shared_ptr<TransactionState> transaction;
    std::vector<Callback> callbacks;
    quint64 lastCallbackId = 0;

private:
    // route() when there are several routes (or none).
    Route &matchRoute(const QString &key);
    // Calls the callbacks that want `command` with its result.
    void notifyCallbacks(Command command, const CommandArgs &args, const QVariant &result) const;
    QCoro::Task<QVariant> runFrom(qsizetype index, Command command, BackendPtr backend, CommandArgs args);
};

} // namespace cashews
