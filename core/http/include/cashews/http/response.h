#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QVariant>

class QHttpServerResponder;

namespace cashews::http {

// A whole HTTP response as a cached route stores it: status, headers and body, plus when it
// was produced (what the Age header is computed from).
class Response
{
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    // A response with `status`, `body` and `headers` (Content-Length is added when written).
    explicit Response(int status = 200, QByteArray body = {}, Headers headers = {});

    int status() const { return m_status; }
    QByteArray body() const { return m_body; }
    Headers headers() const { return m_headers; }
    // The value of header `name` (case-insensitive), empty when absent.
    QByteArray header(QByteArrayView name) const;
    // Replaces every header `name` by one with `value`.
    void setHeader(QByteArray name, QByteArray value);
    // Removes every header `name`.
    void removeHeader(QByteArrayView name);

    // Milliseconds since the epoch (cashews::nowMs) when the handler produced it; 0 = unknown.
    qint64 producedAtMs() const { return m_producedAtMs; }
    void setProducedAtMs(qint64 ms) { m_producedAtMs = ms; }

    // The blake2s-256 hex digest of the body, as cashews' CacheEtagMiddleware computes ETags.
    QByteArray etag() const;

    // The cached form: the list [status, [[name, value], ...], body, producedAtMs] of ints and
    // bytes, which every serializer (pickle included) stores and Python can read.
    QVariant toVariant() const;
    // Reads toVariant()'s form back; throws DecodeError naming what is wrong.
    static Response fromVariant(const QVariant &value);

    // Writes status line, headers, Content-Length and body.
    void write(QHttpServerResponder &responder) const;
    // Writes the status line and the headers but Content-Length and Transfer-Encoding (the
    // framing is the writer's); the first writeBody() ends the header block.
    void writeHead(QHttpServerResponder &responder) const;

private:
    int m_status;
    QByteArray m_body;
    Headers m_headers;
    qint64 m_producedAtMs = 0;
};

} // namespace cashews::http
