#pragma once

#include "store/keyoperations.h"

#include <QObject>
#include <QStringList>

namespace cashews {

// Deletes a list of keys in batches (one removeKeys per batch, through the cache's
// middleware chain), reporting progress after each; cancel() stops after the batch in
// flight. Used by tag invalidation and bulk delete by pattern.
class BatchDeleter : public QObject
{
    Q_OBJECT

public:
    BatchDeleter(KeyOperationsPtr operations, QStringList keys, QObject *parent = nullptr);

    static constexpr int BatchSize = 100;

    void start();
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    // `done` of `total` keys handled so far; `removed` of them existed.
    void progress(int done, int total, qint64 removed);
    // All batches ran (or the run was cancelled); `removed` keys existed and are gone.
    void finished(qint64 removed, bool cancelled);
    void failed(const QString &message);

private:
    void next();

    KeyOperationsPtr m_operations;
    QStringList m_keys;
    int m_done = 0;
    qint64 m_removed = 0;
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace cashews
