#include "redislog.h"

namespace cashews {

Q_LOGGING_CATEGORY(lcRedis, "cashews.redis")

} // namespace cashews
