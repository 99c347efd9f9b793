#include <cashews/backend.h>

namespace cashews {

Backend::~Backend() = default;

bool Backend::tryGetNow(const QString &, QVariant &)
{
    return false;
}

} // namespace cashews
