#pragma once

#include <cashews/command.h>

#include <QString>
#include <QVariant>

#include <functional>
#include <memory>

namespace cashews {

class Cache;
class CacheState;

// Called after a command reached a backend: the command, the key (the pattern for
// delete_match) as the backend got it, after the middlewares, and the result.
using CommandCallback = std::function<void(Command command, const QString &key, const QVariant &result)>;

// cashews' cache.callback(fn, cmd): while the scope lives, `callback` runs after each command
// of `commands` (every command when empty) that names a key or pattern and has a result (a
// miss is not reported; neither are scan and get_match, which are generators). An exception
// thrown by the callback propagates from the command. Made by Cache::callback().
class CallbackScope
{
public:
    CallbackScope(Cache &cache, CommandCallback callback, CommandSet commands);
    // Unregisters the callback; commands in flight no longer report to it.
    ~CallbackScope();
    CallbackScope(const CallbackScope &) = delete;
    CallbackScope &operator=(const CallbackScope &) = delete;

private:
    std::weak_ptr<CacheState> m_state;
    quint64 m_id = 0;
};

} // namespace cashews
