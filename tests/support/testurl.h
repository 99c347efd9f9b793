#pragma once

#include <QString>

namespace cashews::test {

// The backend URL of a test that runs once per backend: the environment variable `variable`,
// else `fallback`.
// The token {redis} is replaced by the URL in the file CASHEWS_REDIS_URL_FILE names (the
// redis fixture writes it); empty when that file cannot be read (the caller skips).
QString testUrl(const char *variable = "CASHEWS_TEST_URL", const QString &fallback = QStringLiteral("mem://"));

} // namespace cashews::test
