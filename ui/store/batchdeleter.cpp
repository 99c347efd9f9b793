#include "store/batchdeleter.h"

#include "common/guarded.h"

#include <QTimer>

namespace cashews {

BatchDeleter::BatchDeleter(KeyOperationsPtr operations, QStringList keys, QObject *parent)
    : QObject(parent)
    , m_operations(std::move(operations))
    , m_keys(std::move(keys))
{
}

void BatchDeleter::start()
{
    if (m_running)
        return;
    m_running = true;
    m_cancelled = false;
    next();
}

void BatchDeleter::cancel()
{
    m_cancelled = true;
}

void BatchDeleter::next()
{
    if (m_cancelled || m_done >= m_keys.size()) {
        m_running = false;
        Q_EMIT finished(m_removed, m_cancelled);
        return;
    }
    const QStringList batch = m_keys.mid(m_done, BatchSize);
    QCoro::connect(Guarded<qint64>::of(m_operations->removeKeys(batch)), this, [this, size = batch.size()](Guarded<qint64> removed) {
        if (!removed.ok()) {
            m_running = false;
            Q_EMIT failed(removed.error);
            return;
        }
        m_done += static_cast<int>(size);
        m_removed += *removed.value;
        Q_EMIT progress(m_done, static_cast<int>(m_keys.size()), m_removed);
        // Through the event loop, so progress paints and Cancel is seen between batches.
        QTimer::singleShot(0, this, &BatchDeleter::next);
    });
}

} // namespace cashews
