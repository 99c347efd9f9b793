#pragma once

#include <cashews/cache.h>

#include "tagregistry.h"

#include <vector>

namespace cashews {

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

    // The route for `key` (longest matching prefix); throws NotConfiguredError.
    Route &route(const QString &key);
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
    std::vector<Callback> callbacks;
    quint64 lastCallbackId = 0;

private:
    // Calls the callbacks that want `command` with its result.
    void notifyCallbacks(Command command, const CommandArgs &args, const QVariant &result) const;
    QCoro::Task<QVariant> runFrom(qsizetype index, Command command, BackendPtr backend, CommandArgs args);
};

} // namespace cashews
