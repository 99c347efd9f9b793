#include <cashews/backend.h>
#include <cashews/errors.h>

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

qint64 Backend::pageOffset(const QByteArray &cursor)
{
    if (cursor.isEmpty())
        return 0;
    bool ok = false;
    const qint64 offset = cursor.toLongLong(&ok);
    if (!ok || offset < 0)
        throw ValueError(QStringLiteral("member page: '%1' is not a cursor of this store").arg(QString::fromLatin1(cursor)));
    return offset;
}

QByteArray Backend::nextPageCursor(qint64 offset, qint64 count, qint64 total)
{
    return offset + count < total ? QByteArray::number(offset + count) : QByteArray();
}

} // namespace cashews
