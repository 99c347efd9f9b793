#include "transactionstate.h"

#include "transactionbackend.h"

#include <cashews/errors.h>

#include <QUuid>

#include <algorithm>

namespace cashews {

TransactionState::TransactionState(TransactionMode mode, Ttl timeout)
    : m_mode(mode)
    , m_timeout(timeout)
    // cashews' lock value: uuid4().hex.
    , m_token(QUuid::createUuid().toByteArray(QUuid::Id128))
{
}

BackendPtr TransactionState::wrap(const BackendPtr &backend)
{
    auto it = std::find_if(m_backends.begin(), m_backends.end(),
                           [&backend](const auto &wrapper) { return wrapper->inner() == backend; });
    if (it != m_backends.end())
        return *it;
    m_backends.push_back(std::make_shared<TransactionBackend>(backend, m_mode, m_timeout, m_token));
    return m_backends.back();
}

QCoro::Task<> TransactionState::commit(std::shared_ptr<TransactionState> state)
{
    if (state->m_status == Status::Committed)
        throw TransactionError(QStringLiteral("the transaction was already committed"));
    if (state->m_status == Status::RolledBack)
        throw TransactionError(QStringLiteral("the transaction was rolled back (by rollback() or a scope destroyed "
                                              "without commit): nothing to commit"));
    state->m_status = Status::Committed;
    std::exception_ptr error;
    for (const auto &backend : state->m_backends) {
        if (error) {
            backend->end();
            continue;
        }
        try {
            co_await backend->commit();
        } catch (...) {
            error = std::current_exception();
        }
    }
    co_await releaseLocks(state);
    if (error)
        std::rethrow_exception(error);
}

QCoro::Task<> TransactionState::rollback(std::shared_ptr<TransactionState> state)
{
    if (state->m_status != Status::Open)
        co_return;
    state->m_status = Status::RolledBack;
    for (const auto &backend : state->m_backends)
        backend->end();
    co_await releaseLocks(state);
}

QCoro::Task<> TransactionState::releaseLocks(std::shared_ptr<TransactionState> state)
{
    for (const auto &backend : state->m_backends)
        co_await backend->releaseLocks();
}

} // namespace cashews
