#pragma once

#include <QVariantMap>

namespace cashews {

// cashews' key_context(): values visible to key templates as the `@` map, e.g.
// "user:{@:get(tenant)}". A scope object: the values are active on this thread while it
// lives. Wrapped calls read the context when they are called (not when they resume), so a
// call made inside the scope keeps its key even if it finishes after the scope ended.
class KeyContext
{
public:
    // Pushes `values` (they shadow equal names of enclosing scopes).
    explicit KeyContext(QVariantMap values);
    // Removes this scope's values.
    ~KeyContext();
    KeyContext(const KeyContext &) = delete;
    KeyContext &operator=(const KeyContext &) = delete;

    // The merged values of every active scope on this thread (inner scopes win).
    static QVariantMap current();

private:
    quint64 m_id;
};

} // namespace cashews
