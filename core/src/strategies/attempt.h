#pragma once

#include <QString>
#include <QVariant>

#include <QCoro/QCoroTask>

#include <exception>

namespace cashews {

// What a call ended with: its value, or the exception it threw. Strategies that act on an
// exception await through attempt(), since no co_await is allowed in a catch block.
struct Attempt
{
    QVariant value;
    std::exception_ptr error;

    // The exception's what() (detect's "exc" field).
    QString describeError() const;
};

// Awaits `task` and keeps its exception.
QCoro::Task<Attempt> attempt(QCoro::Task<QVariant> task);

} // namespace cashews
