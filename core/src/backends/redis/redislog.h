#pragma once

#include <QLoggingCategory>

namespace cashews {

// Logging category of the Redis backend ("cashews.redis").
Q_DECLARE_LOGGING_CATEGORY(lcRedis)

} // namespace cashews
