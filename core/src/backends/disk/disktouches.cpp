#include "disktouches.h"

namespace cashews {

qsizetype DiskTouches::add(const QByteArray &key, qint64 now)
{
    const std::lock_guard lock(m_mutex);
    qint64 &access = m_pending[key];
    access = qMax(access, now);
    return m_pending.size();
}

QHash<QByteArray, qint64> DiskTouches::take()
{
    const std::lock_guard lock(m_mutex);
    return std::exchange(m_pending, {});
}

bool DiskTouches::isEmpty() const
{
    const std::lock_guard lock(m_mutex);
    return m_pending.isEmpty();
}

} // namespace cashews
