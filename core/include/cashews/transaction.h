#pragma once

#include <cashews/cache.h>
#include <cashews/transactionmode.h>
#include <cashews/ttl.h>

#include <QCoro/QCoroTask>

#include <exception>
#include <memory>
#include <optional>
#include <type_traits>
#include <utility>

// cashews' transactions. A scope buffers the writes made through its view and applies them at
// commit; reads through the view see them merged with the store:
//
//     cashews::Transaction tx = cache.transaction();          // Locked, 10 s
//     cashews::Cache view = tx.cache();
//     co_await view.set("balance:a", 90);
//     co_await view.incr("balance:b", 10);
//     co_await tx.commit();                                   // or co_await tx.rollback()
//
// Buffered: set, setMany, incr, remove, removeMany, removeMatch, expire. Merged reads: get,
// getMany, getMatch, scan, exists, getExpire. Everything else (locks, bits, sliding windows,
// tag sets, raw values, rename) goes straight to the store, as in cashews.
namespace cashews {

class CacheState;

// One transaction scope. Move-only. A scope destroyed while neither committed nor rolled back
// rolls the transaction back and logs a warning (cashews rolls back when an exception leaves
// its context manager). A scope started on a view joins the view's transaction: its commit()
// leaves the work to the outermost scope, its rollback() (or its destruction without either)
// rolls back the whole transaction, after which the outer commit() throws TransactionError.
class Transaction
{
public:
    Transaction(Transaction &&other) noexcept;
    Transaction &operator=(Transaction &&other) noexcept;
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    ~Transaction();

    // A cache on the backends, middlewares and tags the cache had when the transaction started,
    // whose commands go through this transaction. Any number of views may be taken; they all
    // share the buffer. Set the cache up before starting transactions, not through a view.
    Cache cache() const;
    // Writes the buffer to the store (deletions first, then the entries with the time they
    // have left to the millisecond) and releases the locks. Throws TransactionError when the
    // transaction already ended; on a store failure the locks are released and it rethrows.
    QCoro::Task<> commit();
    // Drops the buffer and releases the locks (a no-op when the transaction already ended).
    QCoro::Task<> rollback();

    TransactionMode mode() const;
    Ttl timeout() const;
    // Whether this scope joined an outer transaction (it was started on a view).
    bool isJoined() const { return m_joined; }
    // Whether this scope was committed or rolled back.
    bool isFinished() const { return m_finished; }

private:
    friend class Cache;
    Transaction(std::shared_ptr<CacheState> view, bool joined);
    // What destruction does to a scope that is not finished: rolls back and logs.
    void abandon();

    std::shared_ptr<CacheState> m_view;
    bool m_joined = false;
    bool m_finished = false;
};

namespace detail {

// Rolls back, then rethrows what made the call fail.
inline QCoro::Task<> rollbackAndRethrow(QCoro::Task<> rollback, std::exception_ptr error)
{
    co_await rollback;
    std::rethrow_exception(error);
}

// How a transactional() call ends: commit when `error` is empty, else roll back and rethrow.
// (co_await is not allowed in a catch block, so the error is carried out of it.)
inline QCoro::Task<> finish(Transaction &tx, std::exception_ptr error)
{
    if (error)
        return rollbackAndRethrow(tx.rollback(), std::move(error));
    return tx.commit();
}

// The body of a transactional() call: runs `function` on a view of a new (or the joined)
// transaction, commits when it returns, rolls back and rethrows when it throws. A free
// coroutine, so the function and the arguments live in its frame.
template<typename F, typename... Args>
std::invoke_result_t<F &, Cache &, Args &...> runTransactional(Cache *cache, F function,
                                                               std::optional<TransactionMode> mode, Ttl timeout,
                                                               Args... args)
{
    using Result = typename std::invoke_result_t<F &, Cache &, Args &...>::value_type;
    Transaction tx = cache->transaction(mode, timeout);
    Cache view = tx.cache();
    std::exception_ptr error;
    if constexpr (std::is_void_v<Result>) {
        try {
            co_await function(view, args...);
        } catch (...) {
            error = std::current_exception();
        }
        co_await finish(tx, std::move(error));
    } else {
        std::optional<Result> result;
        try {
            result.emplace(co_await function(view, args...));
        } catch (...) {
            error = std::current_exception();
        }
        co_await finish(tx, std::move(error));
        co_return std::move(*result);
    }
}

} // namespace detail

// cashews' @cache.transaction() decorator: wraps `function`, a callable taking the view
// (Cache &) and then its own arguments and returning QCoro::Task<T>, into a callable taking
// only those arguments. Each call runs in a transaction (mode and timeout as Cache::transaction)
// that commits when the function returns and rolls back when it throws (the exception goes on).
// Called with a view as `cache`, the calls join that view's transaction (a throwing call then
// rolls back the whole of it, see Transaction). `cache` must outlive the wrapper.
//
//     auto transfer = cashews::transactional(cache, [](cashews::Cache &view, int amount) -> QCoro::Task<> {
//         co_await view.incr("balance:a", -amount);
//         co_await view.incr("balance:b", amount);
//     });
//     co_await transfer(10);
template<typename F>
auto transactional(Cache &cache, F function, std::optional<TransactionMode> mode = {}, Ttl timeout = {})
{
    // Not a coroutine: it copies the state into runTransactional's frame (cpp-qt-notes 4.5).
    return [cache = &cache, function = std::move(function), mode, timeout](auto... args) {
        return detail::runTransactional(cache, function, mode, timeout, std::move(args)...);
    };
}

} // namespace cashews
