#pragma once

#include <QStringList>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <exception>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

namespace cashews {

class DiskStore;

// The one thread of a disk backend on which all its SQLite work runs.
//
// Jobs queued while the thread is busy run together as a batch: each shard written by the
// batch gets one transaction (every job inside its own savepoint, so a failing job rolls back
// alone), and the results are published after the commit. Concurrent writers thus share one
// commit — the syscalls of a commit, not the SQL, dominate a small write. Between bursts the
// thread polls briefly before sleeping, so a caller awaiting command after command does not
// pay a thread wake-up each time.
class DiskWorker
{
public:
    struct Job
    {
        // Runs on the worker thread inside the batch; must not throw (record errors instead).
        std::function<void(DiskStore &)> run;
        // Runs on the worker thread after the batch committed (or failed to, then with the
        // error) and gets the keys the batch evicted; publishes the job's result.
        std::function<void(std::exception_ptr commitError, QStringList evicted)> complete;
    };

    explicit DiskWorker(std::shared_ptr<DiskStore> store);
    ~DiskWorker();
    DiskWorker(const DiskWorker &) = delete;
    DiskWorker &operator=(const DiskWorker &) = delete;

    void post(Job job);
    // Runs what is queued, then ends the thread. The store is idle afterwards.
    void stop();

private:
    void loop();
    bool waitForJobs(std::unique_lock<std::mutex> &lock);

    std::shared_ptr<DiskStore> m_store;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Job> m_jobs;
    // Jobs queued, readable without the mutex while the thread polls.
    std::atomic<size_t> m_queued = 0;
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace cashews
