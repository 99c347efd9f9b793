#include <cashews/backend.h>

namespace cashews {

Backend::~Backend() = default;

StoreLocation Backend::location() const
{
    return {};
}

bool Backend::tryGetNow(const QString &, QVariant &)
{
    return false;
}

void Backend::setEventListener(EventListener listener)
{
    m_eventListener = std::move(listener);
}

void Backend::emitEvent(const QString &name, const QStringList &keys) const
{
    if (m_eventListener)
        m_eventListener(BackendEvent{name, describe(), keys});
}

} // namespace cashews
