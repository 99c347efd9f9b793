#pragma once

#include <cashews/ttlspec.h>

#include <QByteArray>

#include <optional>

namespace cashews::http {

// The request Cache-Control directives cashews' CacheRequestControlMiddleware acts on.
// Malformed parts are ignored, as cashews ignores a max-age it cannot parse.
class CacheControl
{
public:
    // Parses a Cache-Control value: comma-separated directives, names case-insensitive
    // (cashews only acts on the exact values "no-cache" and "no-store"). max-age takes
    // digits only (quoted or not); values past 2^31 are 2^31 as RFC 9111 §1.2.2 asks;
    // anything else (signs, letters, empty) leaves it unset.
    static CacheControl parse(const QByteArray &value);

    // no-cache: do not read the cache, but store the fresh response.
    bool noCache() const { return m_noCache; }
    // no-store: neither read nor store.
    bool noStore() const { return m_noStore; }
    // max-age=N, when given and well formed.
    std::optional<qint64> maxAge() const { return m_maxAge; }
    // no-store or max-age=0: the route answers without the cache (cashews disables GET and SET).
    bool bypass() const { return m_noStore || m_maxAge == 0; }

private:
    bool m_noCache = false;
    bool m_noStore = false;
    std::optional<qint64> m_maxAge;
};

// cashews' cache_control_ttl(default): a route strategy's TTL that is the request's
// max-age=N when it sent one, else `fallback`. It reads the Request among the call's
// arguments, so concurrent requests never see each other's max-age.
TtlSpec cacheControlTtl(Ttl fallback);

} // namespace cashews::http
