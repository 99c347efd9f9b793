#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace cashews::http {

// What a CachedRoute does around the cache, one switch per cashews middleware.
struct HttpOptions
{
    // ETag records are "<etagPrefix>:etag:<etag>" (cashews' CacheEtagMiddleware prefix).
    QString etagPrefix = QStringLiteral("http");
    // CacheEtagMiddleware: ETag on cached responses, 304 for a matching If-None-Match.
    bool etag = true;
    // CacheRequestControlMiddleware: request Cache-Control, response Cache-Control and Age.
    bool requestControl = true;
    // "private" (else "public") in the response Cache-Control of a cache hit.
    bool privateResponses = true;
    // CacheDeleteMiddleware: "Clear-Site-Data: cache" recomputes and stores again.
    bool clearSiteData = true;
    // Methods answered through the cache; others call the handler every time.
    QList<QByteArray> methods{QByteArrayLiteral("GET")};
};

} // namespace cashews::http
