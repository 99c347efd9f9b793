#include <cashews/errors.h>

namespace cashews {

CacheError::CacheError(const QString &message)
    : std::runtime_error(message.toStdString())
    , m_message(message)
{
}

DigestmodMismatchError::DigestmodMismatchError(const QString &message, QByteArray stored, QByteArray configured,
                                               bool weaker, bool validForStored)
    : UnSecureDataError(message)
    , m_stored(std::move(stored))
    , m_configured(std::move(configured))
    , m_weaker(weaker)
    , m_validForStored(validForStored)
{
}

} // namespace cashews
