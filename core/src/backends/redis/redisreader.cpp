#include "redisreader.h"

#include <cashews/errors.h>

#include <hiredis/read.h>

namespace cashews {

namespace {

// hiredis calls these for every parsed element. A root element is heap-allocated and handed
// back by redisReaderGetReply; a nested one is appended to its parent's element list (hiredis
// delivers elements in order, index 0 first). An append can move the earlier siblings, but
// those are complete by then: hiredis only keeps the pointer of the array being filled.
void *place(const redisReadTask *task, RedisReply &&reply)
{
    if (task->parent) {
        auto *parent = static_cast<RedisReply *>(task->parent->obj);
        Q_ASSERT(parent->elements.size() == task->idx);
        parent->elements.append(std::move(reply));
        return &parent->elements.last();
    }
    return new RedisReply(std::move(reply));
}

void *createString(const redisReadTask *task, char *str, size_t len)
{
    RedisReply reply;
    switch (task->type) {
    case REDIS_REPLY_ERROR:
        reply.type = RedisReply::Type::Error;
        break;
    case REDIS_REPLY_STATUS:
        reply.type = RedisReply::Type::Status;
        break;
    default:
        reply.type = RedisReply::Type::String;
        break;
    }
    reply.string = QByteArray(str, static_cast<qsizetype>(len));
    return place(task, std::move(reply));
}

void *createArray(const redisReadTask *task, int elements)
{
    RedisReply reply;
    reply.type = RedisReply::Type::Array;
    // The announced count is the peer's word ("*2000000000" is 13 bytes); reserve only a little
    // and let the list grow with the elements that actually arrive.
    reply.elements.reserve(qMin(elements, 64));
    return place(task, std::move(reply));
}

void *createInteger(const redisReadTask *task, long long value)
{
    RedisReply reply;
    reply.type = RedisReply::Type::Integer;
    reply.integer = value;
    return place(task, std::move(reply));
}

void *createNil(const redisReadTask *task)
{
    return place(task, RedisReply());
}

void freeObject(void *object)
{
    // Only roots are ever freed by hiredis (children live inside them); a child pointer is
    // never passed here because hiredis frees only r->reply.
    delete static_cast<RedisReply *>(object);
}

redisReplyObjectFunctions replyFunctions = {
    createString, createArray, createInteger, createNil, freeObject,
};

} // namespace

RedisReader::RedisReader()
    : m_reader(redisReaderCreateWithFunctions(&replyFunctions))
{
    if (!m_reader)
        throw CacheBackendInteractionError(QStringLiteral("redis: cannot allocate the reply parser"));
}

RedisReader::~RedisReader()
{
    redisReaderFree(m_reader);
}

void RedisReader::feed(const char *data, qsizetype size)
{
    if (redisReaderFeed(m_reader, data, static_cast<size_t>(size)) != REDIS_OK)
        throw CacheBackendInteractionError(QStringLiteral("redis: reply parser error: %1")
                                               .arg(QString::fromUtf8(m_reader->errstr)));
}

std::optional<RedisReply> RedisReader::next()
{
    void *object = nullptr;
    if (redisReaderGetReply(m_reader, &object) != REDIS_OK)
        throw CacheBackendInteractionError(QStringLiteral("redis: protocol error in a reply: %1")
                                               .arg(QString::fromUtf8(m_reader->errstr)));
    if (!object)
        return std::nullopt;
    auto *root = static_cast<RedisReply *>(object);
    RedisReply reply = std::move(*root);
    delete root;
    return reply;
}

} // namespace cashews
