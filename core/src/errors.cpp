#include <cashews/errors.h>

namespace cashews {

CacheError::CacheError(const QString &message)
    : std::runtime_error(message.toStdString())
    , m_message(message)
{
}

} // namespace cashews
