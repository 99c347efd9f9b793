#pragma once

#include <QByteArray>
#include <QString>

#include <stdexcept>

namespace cashews {

// Root of every error the library throws. Names follow cashews' exceptions so that
// users of the Python library recognise them; all derive from std::exception so that
// QCoro's Task::then() error path sees them.
class CacheError : public std::runtime_error
{
public:
    explicit CacheError(const QString &message);
    // The message as a QString (what() holds the same text in UTF-8).
    QString message() const { return m_message; }

private:
    QString m_message;
};

#define CASHEWS_DECLARE_ERROR(Name, Base)                         \
    class Name : public Base                                      \
    {                                                             \
    public:                                                       \
        using Base::Base;                                         \
    };

// Bad input given by the caller (a TTL string, an option value, ...).
CASHEWS_DECLARE_ERROR(ValueError, CacheError)
// A setup URL or option that cannot be understood; the message names the bad part.
CASHEWS_DECLARE_ERROR(SettingsError, ValueError)
// A key routes to no backend, or the cache was never set up.
CASHEWS_DECLARE_ERROR(NotConfiguredError, CacheError)
// The URL scheme names no registered backend.
CASHEWS_DECLARE_ERROR(BackendNotAvailableError, CacheError)
// The store failed (connection lost, server error, ...) and suppress is off.
CASHEWS_DECLARE_ERROR(CacheBackendInteractionError, CacheError)
// A lock is held by someone else and the caller asked not to wait.
CASHEWS_DECLARE_ERROR(LockedError, CacheError)
// A transaction used after it ended (a write through its view, a second commit, a commit
// after a nested scope rolled it back).
CASHEWS_DECLARE_ERROR(TransactionError, CacheError)
// Stored bytes that cannot be decoded; get() turns this into a miss.
CASHEWS_DECLARE_ERROR(DecodeError, CacheError)
// A signature that does not match, or an unknown digest; never turned into a miss.
CASHEWS_DECLARE_ERROR(UnSecureDataError, CacheError)
// Data without a signature read by a signing cache; get() turns this into a miss.
CASHEWS_DECLARE_ERROR(SignIsMissingError, CacheError)
CASHEWS_DECLARE_ERROR(UnsupportedPicklerError, SettingsError)
CASHEWS_DECLARE_ERROR(UnsupportedCompressorError, SettingsError)
CASHEWS_DECLARE_ERROR(UnsupportedDigestmod, SettingsError)
// A key template names a field the function has no parameter for.
CASHEWS_DECLARE_ERROR(WrongKeyError, ValueError)
// A rate limit was exceeded.
CASHEWS_DECLARE_ERROR(RateLimitError, CacheError)
// A circuit breaker is open. (cashews derives it from Exception; one root is more useful here.)
CASHEWS_DECLARE_ERROR(CircuitBreakerOpen, CacheError)
// A write command was refused because the connection is read-only.
CASHEWS_DECLARE_ERROR(ReadOnlyError, CacheError)

// An integer result outside the 64-bit range (incr); the stored value is left unchanged.
// Redis answers "ERR increment or decrement would overflow"; every backend throws this.
CASHEWS_DECLARE_ERROR(OverflowError, ValueError)

#undef CASHEWS_DECLARE_ERROR

// A value signed with another digestmod than the configured one (and not listed in the
// accept_digestmods option). Python cashews trusts the digestmod named in the value, so a
// "sum:" signature — the byte sum of secret, key and payload — forged by anyone who can write
// to the store passes there; this library refuses it. The message names both digestmods.
class DigestmodMismatchError : public UnSecureDataError
{
public:
    DigestmodMismatchError(const QString &message, QByteArray stored, QByteArray configured, bool weaker,
                           bool validForStored);
    // The digestmod named in the value ("sum", "md5", ...).
    QByteArray storedDigestmod() const { return m_stored; }
    // The digestmod the reading pipeline is configured with.
    QByteArray configuredDigestmod() const { return m_configured; }
    // Whether the stored digestmod is weaker than the configured one (sum < md5 < sha1 < sha256).
    bool isWeaker() const { return m_weaker; }
    // Whether the signature verifies with the stored digestmod and the configured secret:
    // Python cashews services reading this value would accept it.
    bool validForStoredDigestmod() const { return m_validForStored; }

private:
    QByteArray m_stored;
    QByteArray m_configured;
    bool m_weaker;
    bool m_validForStored;
};

} // namespace cashews
