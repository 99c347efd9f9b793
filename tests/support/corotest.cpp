#include "corotest.h"

#include <QEventLoop>
#include <QTimer>

#include <QCoro/QCoroTimer>

#include <memory>

namespace cashews::test {

namespace {

struct RunState
{
    QEventLoop *loop = nullptr;
    bool done = false;
    QByteArray error;
};

// Awaits the body and records how it ended; the state outlives a timed-out run.
QCoro::Task<> guard(QCoro::Task<> task, std::shared_ptr<RunState> state)
{
    try {
        co_await task;
    } catch (const std::exception &e) {
        state->error = QByteArray("exception: ") + e.what();
    } catch (...) {
        state->error = "unknown exception";
    }
    state->done = true;
    if (state->loop)
        state->loop->quit();
}

} // namespace

bool runCoro(QCoro::Task<> task, std::chrono::milliseconds timeout, const char *file, int line)
{
    auto state = std::make_shared<RunState>();
    QEventLoop loop;
    state->loop = &loop;
    auto running = guard(std::move(task), state);
    if (!state->done) {
        QTimer timer;
        timer.setSingleShot(true);
        QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
        timer.start(timeout);
        loop.exec();
    }
    state->loop = nullptr;
    if (!state->done) {
        QTest::qFail("coroutine did not finish before the timeout", file, line);
        return false;
    }
    if (!state->error.isEmpty()) {
        QTest::qFail(state->error.constData(), file, line);
        return false;
    }
    return !QTest::currentTestFailed();
}

QCoro::Task<> sleepMs(int ms)
{
    co_await QCoro::sleepFor(std::chrono::milliseconds(ms));
}

} // namespace cashews::test
