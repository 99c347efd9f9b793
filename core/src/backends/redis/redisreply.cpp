#include "redisreply.h"

namespace cashews {

qint64 RedisReply::toInteger() const
{
    if (type == Type::Integer)
        return integer;
    return string.toLongLong();
}

QByteArray RedisReply::describe() const
{
    switch (type) {
    case Type::Nil:
        return QByteArrayLiteral("nil");
    case Type::Integer:
        return QByteArray::number(integer);
    case Type::Array:
        return QByteArrayLiteral("array of ") + QByteArray::number(elements.size());
    case Type::String:
    case Type::Status:
    case Type::Error:
        break;
    }
    return string.left(120);
}

} // namespace cashews
