#pragma once

#include <QtGlobal>

#include <functional>

namespace cashews {

// Wall-clock milliseconds since the epoch, used for every expiry decision in the library.
// Tests replace it to move time forward without sleeping.
qint64 nowMs();
// Installs a replacement clock (or restores the real one with an empty function).
void setClock(std::function<qint64()> clock);

} // namespace cashews
