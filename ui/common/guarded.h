#pragma once

#include <QCoro/QCoroTask>

#include <QString>

#include <exception>
#include <memory>
#include <optional>

namespace cashews {

// The outcome of an awaited store call: a value or the error message. Widgets receive
// these through QCoro::connect, whose continuation would otherwise drop an exception
// silently (QCoro 0.8 has no error path for connect()).
template<typename T>
struct Guarded
{
    std::optional<T> value;
    QString error;

    bool ok() const { return value.has_value(); }

    // Awaits `task` and captures its value or its exception's message. `owner` is kept
    // alive until the task is done (the Cache whose member coroutine `task` is).
    static QCoro::Task<Guarded<T>> of(QCoro::Task<T> task, std::shared_ptr<const void> owner = {})
    {
        Q_UNUSED(owner);
        Guarded<T> result;
        try {
            result.value = co_await task;
        } catch (const std::exception &e) {
            result.error = QString::fromUtf8(e.what());
        }
        co_return result;
    }
};

// For commands without a result: `value` holds true on success.
inline QCoro::Task<Guarded<bool>> guardVoid(QCoro::Task<> task, std::shared_ptr<const void> owner = {})
{
    Q_UNUSED(owner);
    Guarded<bool> result;
    try {
        co_await task;
        result.value = true;
    } catch (const std::exception &e) {
        result.error = QString::fromUtf8(e.what());
    }
    co_return result;
}

} // namespace cashews
