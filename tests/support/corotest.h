#pragma once

#include <QTest>

#include <QCoro/QCoroTask>

#include <chrono>

// Running coroutines in Qt Test. Qt Test skips slots returning QCoro::Task<> and
// QCoro 0.8's waitFor() hangs when the task throws, so every test slot is `void` and
// runs its coroutine body through CASHEWS_RUN:
//
//     void MyTest::setGet()
//     {
//         CASHEWS_RUN([](std::shared_ptr<cashews::Cache> cache) -> QCoro::Task<> {
//             CORO_VERIFY(co_await cache->set(QStringLiteral("k"), 1));
//         }(m_cache));
//     }
//
// The body is a lambda without captures: its parameters live in the coroutine frame.
namespace cashews::test {

// Runs `task` on a local event loop until it finishes or `timeout` passes. A timeout or an
// escaping exception is reported as a test failure at file:line. Returns true on success.
bool runCoro(QCoro::Task<> task, std::chrono::milliseconds timeout, const char *file, int line);

// Awaits every event for `ms` milliseconds (a coroutine-friendly sleep).
QCoro::Task<> sleepMs(int ms);

} // namespace cashews::test

// Variadic because a coroutine lambda body holds commas the preprocessor would split on.
#define CASHEWS_RUN_FOR(timeout, ...)                                                  \
    do {                                                                               \
        if (!::cashews::test::runCoro((__VA_ARGS__), (timeout), __FILE__, __LINE__))   \
            return;                                                                    \
    } while (false)

#define CASHEWS_RUN(...) CASHEWS_RUN_FOR(std::chrono::seconds(20), __VA_ARGS__)

// Qt Test's QVERIFY/QCOMPARE `return;`, which a coroutine cannot; these `co_return`.
#define CORO_VERIFY(cond)                                                              \
    do {                                                                               \
        if (!QTest::qVerify(static_cast<bool>(cond), #cond, "", __FILE__, __LINE__))  \
            co_return;                                                                 \
    } while (false)

#define CORO_VERIFY2(cond, message)                                                    \
    do {                                                                               \
        if (!QTest::qVerify(static_cast<bool>(cond), #cond, (message), __FILE__, __LINE__)) \
            co_return;                                                                 \
    } while (false)

#define CORO_COMPARE(actual, expected)                                                 \
    do {                                                                               \
        if (!QTest::qCompare(actual, expected, #actual, #expected, __FILE__, __LINE__)) \
            co_return;                                                                 \
    } while (false)

// Fails unless awaiting `expr` throws `ExceptionType`.
#define CORO_VERIFY_THROWS(expr, ExceptionType)                                        \
    do {                                                                               \
        bool caught_ = false;                                                          \
        try {                                                                          \
            (void)(co_await (expr));                                                   \
        } catch (const ExceptionType &) {                                              \
            caught_ = true;                                                            \
        }                                                                              \
        if (!QTest::qVerify(caught_, #expr " throws " #ExceptionType, "", __FILE__, __LINE__)) \
            co_return;                                                                 \
    } while (false)
