#include <cashews/http/request.h>

#include <QHttpServerRequest>

namespace cashews::http {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get: return QByteArrayLiteral("GET");
    case QHttpServerRequest::Method::Put: return QByteArrayLiteral("PUT");
    case QHttpServerRequest::Method::Delete: return QByteArrayLiteral("DELETE");
    case QHttpServerRequest::Method::Post: return QByteArrayLiteral("POST");
    case QHttpServerRequest::Method::Head: return QByteArrayLiteral("HEAD");
    case QHttpServerRequest::Method::Options: return QByteArrayLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch: return QByteArrayLiteral("PATCH");
    case QHttpServerRequest::Method::Connect: return QByteArrayLiteral("CONNECT");
    case QHttpServerRequest::Method::Trace: return QByteArrayLiteral("TRACE");
    default: return {};
    }
}

} // namespace

Request::Request(QByteArray method, QUrl url, Headers headers, QByteArray body)
    : m_method(std::move(method)), m_url(std::move(url)), m_headers(std::move(headers)), m_body(std::move(body))
{
}

Request Request::from(const QHttpServerRequest &request)
{
    return Request(methodName(request.method()), request.url(), request.headers(), request.body());
}

QString Request::target() const
{
    return m_url.toString(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment | QUrl::FullyEncoded);
}

QByteArray Request::header(QByteArrayView name) const
{
    QByteArray value;
    for (const auto &[key, headerValue] : m_headers) {
        if (key.compare(name, Qt::CaseInsensitive) != 0)
            continue;
        if (!value.isEmpty())
            value += ", ";
        value += headerValue;
    }
    return value;
}

} // namespace cashews::http
