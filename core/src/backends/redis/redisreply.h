#pragma once

#include <QByteArray>
#include <QList>

namespace cashews {

// One RESP2 reply, as produced by RedisReader. Arrays own their elements.
struct RedisReply
{
    enum class Type : quint8 { Nil, String, Status, Error, Integer, Array };

    Type type = Type::Nil;
    // Bulk string, status text or error message.
    QByteArray string;
    qint64 integer = 0;
    QList<RedisReply> elements;

    bool isNil() const { return type == Type::Nil; }
    bool isError() const { return type == Type::Error; }
    // An Integer reply, or a bulk string holding decimal digits (what Lua and some commands return).
    qint64 toInteger() const;
    // A short printable form for error messages.
    QByteArray describe() const;
};

} // namespace cashews
