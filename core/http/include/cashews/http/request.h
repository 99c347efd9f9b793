#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>
#include <QUrl>

#include <memory>

class QHttpServerRequest;

namespace cashews::http {

// A copy of what a QHttpServerRequest holds: QHttpServer's request lives only while the view
// runs, a cached route's handler runs later (after the cache answered a miss). Copies share
// one "computed" flag, which is how the route learns that its handler ran for this request.
class Request
{
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    Request() = default;
    // A request built by hand (tests, handlers that forward). `method` is upper case ("GET").
    Request(QByteArray method, QUrl url, Headers headers = {}, QByteArray body = {});
    // Copies QHttpServer's request.
    static Request from(const QHttpServerRequest &request);

    // "GET", "POST", ... ("" for a method QHttpServer does not know).
    QByteArray method() const { return m_method; }
    QUrl url() const { return m_url; }
    // The path, percent-decoded ("/items/1").
    QString path() const { return m_url.path(); }
    // Path and query as sent ("/items?page=2"): the default cache key.
    QString target() const;
    Headers headers() const { return m_headers; }
    // The value of header `name` (case-insensitive); repeated headers joined by ", " as RFC 9110
    // allows; empty when absent.
    QByteArray header(QByteArrayView name) const;
    QByteArray body() const { return m_body; }

    // Records that the route's handler ran for this request (a miss), and asks it.
    void markComputed() const { *m_computed = true; }
    bool wasComputed() const { return *m_computed; }

private:
    QByteArray m_method;
    QUrl m_url;
    Headers m_headers;
    QByteArray m_body;
    std::shared_ptr<bool> m_computed = std::make_shared<bool>(false);
};

} // namespace cashews::http

// The strategies carry the call's arguments as QVariants.
Q_DECLARE_METATYPE(cashews::http::Request)
