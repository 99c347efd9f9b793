#include "diskworker.h"

#include "diskstore.h"

#include <QElapsedTimer>

namespace cashews {

namespace {

// Jobs per batch: bounds how long one batch holds a shard's write lock.
constexpr size_t MaxBatch = 64;
// How long the idle thread keeps polling for the next job before it sleeps.
constexpr qint64 PollNs = 100'000;

} // namespace

DiskWorker::DiskWorker(std::shared_ptr<DiskStore> store)
    : m_store(std::move(store))
    , m_thread([this] { loop(); })
{
}

DiskWorker::~DiskWorker()
{
    stop();
}

void DiskWorker::post(Job job)
{
    {
        const std::lock_guard lock(m_mutex);
        m_jobs.push_back(std::move(job));
        ++m_queued;
    }
    m_wake.notify_one();
}

void DiskWorker::stop()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_one();
    if (m_thread.joinable())
        m_thread.join();
}

bool DiskWorker::waitForJobs(std::unique_lock<std::mutex> &lock)
{
    if (m_jobs.empty() && !m_stopping) {
        lock.unlock();
        QElapsedTimer polled;
        polled.start();
        bool seen = false;
        while (!seen && polled.nsecsElapsed() < PollNs) {
            std::this_thread::yield();
            seen = m_queued.load() > 0;
        }
        lock.lock();
    }
    m_wake.wait(lock, [this] { return !m_jobs.empty() || m_stopping; });
    return !m_jobs.empty();
}

void DiskWorker::loop()
{
    std::unique_lock lock(m_mutex);
    while (waitForJobs(lock)) {
        std::vector<Job> batch;
        while (!m_jobs.empty() && batch.size() < MaxBatch) {
            batch.push_back(std::move(m_jobs.front()));
            m_jobs.pop_front();
            --m_queued;
        }
        lock.unlock();
        // A lone job commits by itself: savepoints and a shared read transaction would only
        // add statements.
        const bool batched = batch.size() > 1;
        if (batched)
            m_store->beginBatch();
        for (Job &job : batch)
            job.run(*m_store);
        std::exception_ptr commitError;
        try {
            if (batched)
                m_store->commitBatch();
        } catch (...) {
            commitError = std::current_exception();
        }
        QStringList evicted = m_store->takeEvicted();
        for (Job &job : batch)
            job.complete(commitError, std::exchange(evicted, {}));
        lock.lock();
    }
}

} // namespace cashews
