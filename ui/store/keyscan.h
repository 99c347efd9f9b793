#pragma once

#include <QStringList>

#include <QCoro/QCoroTask>

#include <memory>
#include <optional>

namespace cashews {

// One paged walk over the keys matching a glob. The owner keeps it in a shared_ptr and
// asks for one page at a time with KeyScan::next(scan), never two at once; a walk that is
// not asked for more pauses where it is, so it can be resumed.
class KeyScan
{
public:
    virtual ~KeyScan();

    // The next page, or nullopt when the walk is over. Throws the store's errors.
    static QCoro::Task<std::optional<QStringList>> next(std::shared_ptr<KeyScan> scan);
    // Keys the walk has examined so far, matching or not (what a progress line counts).
    virtual qint64 scanned() const = 0;

protected:
    virtual QCoro::Task<std::optional<QStringList>> fetchNext() = 0;
};

} // namespace cashews
