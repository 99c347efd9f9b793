#pragma once

#include <QJSEngine>

#include <condition_variable>
#include <mutex>
#include <thread>

namespace cashews::scenarios {

// Interrupts a script that runs too long without returning to C++ (a `while (true) {}`): a
// thread of its own, because a timer on the engine's blocked thread cannot fire. Each entry
// into JavaScript is bracketed by begin()/end(); past the limit the watchdog calls
// QJSEngine::setInterrupted(true), which makes the running call fail with "Interrupted".
class Watchdog
{
public:
    Watchdog(QJSEngine *engine, int limitMs);
    ~Watchdog();
    Watchdog(const Watchdog &) = delete;
    Watchdog &operator=(const Watchdog &) = delete;

    // A JavaScript call starts now.
    void begin();
    // It returned; true when the watchdog interrupted it (the engine is usable again).
    bool end();
    int limitMs() const { return m_limitMs; }

private:
    void watch();

    QJSEngine *m_engine;
    int m_limitMs;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_armed = false;
    bool m_fired = false;
    bool m_quit = false;
    std::chrono::steady_clock::time_point m_deadline;
    std::thread m_thread;
};

} // namespace cashews::scenarios
