#include <cashews/transaction.h>

#include "cachestate.h"
#include "transactionstate.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcTransaction, "cashews.transaction")

namespace cashews {

namespace {

QCoro::Task<> commitScope(std::shared_ptr<TransactionState> state, bool joined)
{
    // A joined scope leaves the commit to the outermost one, unless the transaction ended under it.
    if (joined && state->isOpen())
        co_return;
    co_await TransactionState::commit(state);
}

std::shared_ptr<TransactionState> stateOf(const std::shared_ptr<CacheState> &view)
{
    if (!view)
        throw TransactionError(QStringLiteral("this transaction scope was moved from"));
    return view->transaction;
}

} // namespace

// ---------------------------------------------------------------- Cache's transaction members

Transaction Cache::transaction(std::optional<TransactionMode> mode, Ttl timeout)
{
    // cashews: a transaction started inside another one joins it (only the outermost commits).
    if (m_state->transaction)
        return Transaction(m_state, true);
    auto state = std::make_shared<TransactionState>(mode.value_or(m_state->transactionMode),
                                                    timeout ? timeout : m_state->transactionTimeout);
    auto view = std::make_shared<CacheState>();
    view->name = m_state->name;
    view->middlewares = m_state->middlewares;
    view->tags = m_state->tags;
    view->transactionMode = m_state->transactionMode;
    view->transactionTimeout = m_state->transactionTimeout;
    for (const auto &route : m_state->routes)
        view->routes.push_back({route.prefix, state->wrap(route.backend), route.disabled});
    view->transaction = std::move(state);
    return Transaction(std::move(view), false);
}

void Cache::setTransactionMode(TransactionMode mode)
{
    m_state->transactionMode = mode;
}

void Cache::setTransactionTimeout(Ttl timeout)
{
    if (!timeout)
        throw ValueError(QStringLiteral("a transaction timeout must be positive"));
    m_state->transactionTimeout = timeout;
}

// ---------------------------------------------------------------- Transaction

Transaction::Transaction(std::shared_ptr<CacheState> view, bool joined)
    : m_view(std::move(view))
    , m_joined(joined)
{
}

Transaction::Transaction(Transaction &&other) noexcept
    : m_view(std::move(other.m_view))
    , m_joined(other.m_joined)
    , m_finished(std::exchange(other.m_finished, true))
{
}

Transaction &Transaction::operator=(Transaction &&other) noexcept
{
    if (this != &other) {
        abandon();
        m_view = std::move(other.m_view);
        m_joined = other.m_joined;
        m_finished = std::exchange(other.m_finished, true);
    }
    return *this;
}

Transaction::~Transaction()
{
    abandon();
}

void Transaction::abandon()
{
    if (!m_view || m_finished)
        return;
    m_finished = true;
    std::shared_ptr<TransactionState> state = m_view->transaction;
    if (!state->isOpen())
        return;
    qCWarning(lcTransaction).nospace() << "a transaction scope" << (m_joined ? " (nested)" : "")
                                       << " was destroyed without commit() or rollback(): the transaction is rolled back";
    // Destroying the task detaches it: the locks are released in the background.
    TransactionState::rollback(std::move(state));
}

Cache Transaction::cache() const
{
    stateOf(m_view); // throws on a moved-from scope
    return Cache(m_view);
}

QCoro::Task<> Transaction::commit()
{
    std::shared_ptr<TransactionState> state = stateOf(m_view);
    m_finished = true;
    return commitScope(std::move(state), m_joined);
}

QCoro::Task<> Transaction::rollback()
{
    std::shared_ptr<TransactionState> state = stateOf(m_view);
    m_finished = true;
    return TransactionState::rollback(std::move(state));
}

TransactionMode Transaction::mode() const
{
    return stateOf(m_view)->mode();
}

Ttl Transaction::timeout() const
{
    return stateOf(m_view)->timeout();
}

} // namespace cashews
