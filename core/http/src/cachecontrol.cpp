#include <cashews/http/cachecontrol.h>

#include <cashews/http/request.h>

#include "routesupport.h"

#include <QVariantList>

namespace cashews::http {

namespace {

// RFC 9111 §1.2.2: a delta-seconds past 2^31 is taken as 2^31.
constexpr qint64 MaxDeltaSeconds = qint64(1) << 31;

std::optional<qint64> deltaSeconds(const QByteArray &value)
{
    const QByteArray text = route::unquoted(value);
    if (text.isEmpty())
        return std::nullopt;
    qint64 seconds = 0;
    for (const char c : std::as_const(text)) {
        if (c < '0' || c > '9')
            return std::nullopt;
        seconds = std::min(seconds * 10 + (c - '0'), MaxDeltaSeconds);
    }
    return seconds;
}

} // namespace

CacheControl CacheControl::parse(const QByteArray &value)
{
    CacheControl control;
    for (const QByteArray &part : value.split(',')) {
        const QByteArray directive = part.trimmed();
        const qsizetype equals = directive.indexOf('=');
        const QByteArray name = (equals < 0 ? directive : directive.left(equals)).trimmed().toLower();
        if (name == "no-cache")
            control.m_noCache = true;
        else if (name == "no-store")
            control.m_noStore = true;
        else if (name == "max-age" && equals >= 0 && !control.m_maxAge)
            control.m_maxAge = deltaSeconds(directive.mid(equals + 1));
    }
    return control;
}

TtlSpec cacheControlTtl(Ttl fallback)
{
    return TtlSpec([fallback](const QVariantList &args) {
        for (const QVariant &arg : args) {
            if (arg.metaType() != QMetaType::fromType<Request>())
                continue;
            const std::optional<qint64> maxAge = CacheControl::parse(arg.value<Request>().header("cache-control")).maxAge();
            return maxAge ? Ttl(*maxAge) : fallback;
        }
        return fallback;
    });
}

} // namespace cashews::http
