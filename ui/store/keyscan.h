#pragma once

#include <QStringList>

#include <QCoro/QCoroTask>

#include <memory>
#include <optional>

namespace cashews {

// One paged walk over the keys matching a glob. The owner keeps it in a shared_ptr and
// asks for one page at a time with KeyScan::next(scan), never two at once.
class KeyScan
{
public:
    virtual ~KeyScan();

    // The next page, or nullopt when the walk is over. Throws the store's errors.
    static QCoro::Task<std::optional<QStringList>> next(std::shared_ptr<KeyScan> scan);

protected:
    virtual QCoro::Task<std::optional<QStringList>> fetchNext() = 0;
};

} // namespace cashews
