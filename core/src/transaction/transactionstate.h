#pragma once

#include <cashews/backend.h>
#include <cashews/transactionmode.h>

#include <QCoro/QCoroTask>

#include <memory>
#include <vector>

namespace cashews {

class TransactionBackend;

// One transaction (cashews' Transaction): its mode, its lock token and a buffering wrapper per
// backend, shared by every scope that joined it and by its views' cache states.
class TransactionState
{
public:
    TransactionState(TransactionMode mode, Ttl timeout);

    TransactionMode mode() const { return m_mode; }
    Ttl timeout() const { return m_timeout; }
    // Neither committed nor rolled back yet.
    bool isOpen() const { return m_status == Status::Open; }
    // The wrapper through which this transaction uses `backend` (one per backend).
    BackendPtr wrap(const BackendPtr &backend);

    // Writes every backend's buffer, then releases the locks. Throws TransactionError when the
    // transaction already ended; after a store failure the other buffers are dropped, the locks
    // released and the failure rethrown.
    static QCoro::Task<> commit(std::shared_ptr<TransactionState> state);
    // Drops every buffer and releases the locks; a no-op once the transaction ended.
    static QCoro::Task<> rollback(std::shared_ptr<TransactionState> state);

private:
    enum class Status : quint8 { Open, Committed, RolledBack };

    static QCoro::Task<> releaseLocks(std::shared_ptr<TransactionState> state);

    TransactionMode m_mode;
    Ttl m_timeout;
    QByteArray m_token;
    Status m_status = Status::Open;
    std::vector<std::shared_ptr<TransactionBackend>> m_backends;
};

} // namespace cashews
