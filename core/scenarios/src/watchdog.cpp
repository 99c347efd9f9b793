#include <cashews/scenarios/watchdog.h>

namespace cashews::scenarios {

Watchdog::Watchdog(QJSEngine *engine, int limitMs) : m_engine(engine), m_limitMs(limitMs), m_thread([this] { watch(); })
{
}

Watchdog::~Watchdog()
{
    {
        std::lock_guard lock(m_mutex);
        m_quit = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

void Watchdog::begin()
{
    {
        std::lock_guard lock(m_mutex);
        m_armed = true;
        m_fired = false;
        m_deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(m_limitMs);
    }
    m_wake.notify_all();
}

bool Watchdog::end()
{
    std::lock_guard lock(m_mutex);
    m_armed = false;
    if (m_fired)
        m_engine->setInterrupted(false); // every later call would fail otherwise
    return m_fired;
}

void Watchdog::watch()
{
    std::unique_lock lock(m_mutex);
    while (!m_quit) {
        if (!m_armed) {
            m_wake.wait(lock);
            continue;
        }
        if (m_wake.wait_until(lock, m_deadline) == std::cv_status::timeout && m_armed && !m_fired
            && std::chrono::steady_clock::now() >= m_deadline) {
            m_fired = true;
            m_engine->setInterrupted(true); // thread-safe by contract
        }
        if (m_fired)
            m_wake.wait(lock, [this] { return m_quit || !m_armed; });
    }
}

} // namespace cashews::scenarios
