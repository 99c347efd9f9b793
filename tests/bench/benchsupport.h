#pragma once

#include <QString>
#include <QVariantMap>

#include <functional>

// Helpers for tests/bench: every figure is printed as one JSON object per line.
namespace cashews::bench {

// Prints {"name": name, "ops_per_s": opsPerSecond, ...extra} on stdout.
void report(const QString &name, double opsPerSecond, const QVariantMap &extra = {});

// Runs `body(iterations)` with growing iteration counts until one run lasts at least
// `minSeconds`, and returns operations per second of that run.
double measure(const std::function<void(qint64 iterations)> &body, double minSeconds = 0.5);

} // namespace cashews::bench
