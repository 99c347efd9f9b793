#include <cashews/http/response.h>

#include <cashews/errors.h>

#include <QCryptographicHash>
#include <QHttpServerResponder>
#include <QVariantList>

namespace cashews::http {

namespace {

bool isBytes(const QVariant &value)
{
    return value.metaType() == QMetaType::fromType<QByteArray>();
}

bool isInteger(const QVariant &value)
{
    const int id = value.metaType().id();
    return id == QMetaType::Int || id == QMetaType::LongLong || id == QMetaType::UInt || id == QMetaType::ULongLong;
}

// Headers the writer sets from the body itself: a cached copy must not repeat them.
bool isFraming(const QByteArray &name)
{
    return name.compare("content-length", Qt::CaseInsensitive) == 0
        || name.compare("transfer-encoding", Qt::CaseInsensitive) == 0;
}

} // namespace

Response::Response(int status, QByteArray body, Headers headers)
    : m_status(status), m_body(std::move(body)), m_headers(std::move(headers))
{
}

QByteArray Response::header(QByteArrayView name) const
{
    for (const auto &[key, value] : m_headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

void Response::setHeader(QByteArray name, QByteArray value)
{
    removeHeader(name);
    m_headers.append({std::move(name), std::move(value)});
}

void Response::removeHeader(QByteArrayView name)
{
    m_headers.removeIf([name](const auto &header) { return header.first.compare(name, Qt::CaseInsensitive) == 0; });
}

QByteArray Response::etag() const
{
    return QCryptographicHash::hash(m_body, QCryptographicHash::Blake2s_256).toHex();
}

QVariant Response::toVariant() const
{
    QVariantList headers;
    headers.reserve(m_headers.size());
    for (const auto &[name, value] : m_headers)
        headers.append(QVariant(QVariantList{name, value}));
    return QVariantList{qint64(m_status), headers, m_body, m_producedAtMs};
}

Response Response::fromVariant(const QVariant &value)
{
    const QVariantList fields = value.toList();
    if (value.metaType() != QMetaType::fromType<QVariantList>() || fields.size() != 4)
        throw DecodeError(QStringLiteral("a cached HTTP response must be a list of 4 fields, got %1").arg(QString::fromLatin1(value.typeName())));
    if (!isInteger(fields[0]) || !isBytes(fields[2]) || !isInteger(fields[3]) || fields[1].metaType() != QMetaType::fromType<QVariantList>())
        throw DecodeError(QStringLiteral("a cached HTTP response needs [int status, headers, bytes body, int time]"));
    const qint64 status = fields[0].toLongLong();
    if (status < 100 || status > 999)
        throw DecodeError(QStringLiteral("cached HTTP status %1 is not a status code").arg(status));
    Headers headers;
    for (const QVariant &header : fields[1].toList()) {
        const QVariantList pair = header.toList();
        if (pair.size() != 2 || !isBytes(pair[0]) || !isBytes(pair[1]))
            throw DecodeError(QStringLiteral("a cached HTTP header must be [bytes name, bytes value]"));
        headers.append({pair[0].toByteArray(), pair[1].toByteArray()});
    }
    Response response(int(status), fields[2].toByteArray(), std::move(headers));
    response.setProducedAtMs(fields[3].toLongLong());
    return response;
}

void Response::writeHead(QHttpServerResponder &responder) const
{
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(m_status));
    for (const auto &[name, value] : m_headers) {
        if (!isFraming(name))
            responder.writeHeader(name, value);
    }
}

void Response::write(QHttpServerResponder &responder) const
{
    writeHead(responder);
    responder.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(m_body.size()));
    // writeBody ends the header block, also for an empty body.
    responder.writeBody(m_body.constData(), m_body.size());
}

} // namespace cashews::http
