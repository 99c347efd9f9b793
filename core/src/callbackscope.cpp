#include <cashews/callbackscope.h>
#include <cashews/cache.h>

#include "cachestate.h"

#include <algorithm>

namespace cashews {

CallbackScope::CallbackScope(Cache &cache, CommandCallback callback, CommandSet commands)
    : m_state(cache.m_state)
    , m_id(++cache.m_state->lastCallbackId)
{
    cache.m_state->callbacks.push_back({m_id, std::move(callback), commands});
}

CallbackScope::~CallbackScope()
{
    // The cache may be gone already: then so are its callbacks.
    if (auto state = m_state.lock())
        std::erase_if(state->callbacks, [this](const CacheState::Callback &c) { return c.id == m_id; });
}

} // namespace cashews
