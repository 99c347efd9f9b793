#include "attempt.h"

namespace cashews {

QString Attempt::describeError() const
{
    try {
        std::rethrow_exception(error);
    } catch (const std::exception &e) {
        return QString::fromUtf8(e.what());
    } catch (...) {
        return QStringLiteral("unknown exception");
    }
}

QCoro::Task<Attempt> attempt(QCoro::Task<QVariant> task)
{
    Attempt outcome;
    try {
        outcome.value = co_await task;
    } catch (...) {
        outcome.error = std::current_exception();
    }
    co_return outcome;
}

} // namespace cashews
