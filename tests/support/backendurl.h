#pragma once

#include <QString>

namespace cashews::test {

// The backend URL a test suite runs on: the environment variable `variable`, or `fallback`
// when it is unset; the token {redis} in it stands for the redis fixture's URL (read from the
// file CASHEWS_REDIS_URL_FILE names). Empty when the URL needs the fixture and there is none.
QString backendUrl(const char *variable, const QString &fallback);
// The URL the `redis` CTest fixture wrote to the file CASHEWS_REDIS_URL_FILE names, or an empty
// string when the test runs without the fixture.
QString redisFixtureUrl();

} // namespace cashews::test
