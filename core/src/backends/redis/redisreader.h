#pragma once

#include "redisreply.h"

#include <optional>

struct redisReader;

namespace cashews {

// RESP2 parser: hiredis' redisReader (read.h) with object callbacks that build RedisReply
// trees directly, so a reply is never copied out of hiredis' own redisReply structs.
class RedisReader
{
public:
    RedisReader();
    ~RedisReader();
    RedisReader(const RedisReader &) = delete;
    RedisReader &operator=(const RedisReader &) = delete;

    // Appends received bytes.
    void feed(const char *data, qsizetype size);
    // The next complete reply, or nullopt when more bytes are needed.
    // Throws CacheBackendInteractionError on a protocol error (the stream is then unusable).
    std::optional<RedisReply> next();

private:
    redisReader *m_reader;
};

} // namespace cashews
