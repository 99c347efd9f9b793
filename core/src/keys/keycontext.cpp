#include <cashews/keycontext.h>

#include <QList>
#include <QPair>

namespace cashews {

namespace {

// Scopes of this thread, outermost first. Coroutines may end scopes out of order, so a
// scope is removed by its id rather than popped.
thread_local QList<QPair<quint64, QVariantMap>> t_scopes;
thread_local quint64 t_nextId = 0;

} // namespace

KeyContext::KeyContext(QVariantMap values)
    : m_id(++t_nextId)
{
    t_scopes.append({m_id, std::move(values)});
}

KeyContext::~KeyContext()
{
    for (qsizetype i = t_scopes.size() - 1; i >= 0; --i) {
        if (t_scopes.at(i).first == m_id) {
            t_scopes.removeAt(i);
            return;
        }
    }
}

QVariantMap KeyContext::current()
{
    if (t_scopes.size() == 1)
        return t_scopes.constFirst().second;
    QVariantMap merged;
    for (const auto &scope : std::as_const(t_scopes))
        merged.insert(scope.second);
    return merged;
}

} // namespace cashews
