#include "store/keyscan.h"

namespace cashews {

KeyScan::~KeyScan() = default;

QCoro::Task<std::optional<QStringList>> KeyScan::next(std::shared_ptr<KeyScan> scan)
{
    // `scan` (by value) keeps the walk alive while this page is in flight, even if its
    // owner dropped it (cancel).
    co_return co_await scan->fetchNext();
}

} // namespace cashews
