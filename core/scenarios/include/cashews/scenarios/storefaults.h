#pragma once

#include <cashews/scenarios/distribution.h>
#include <cashews/scenarios/duration.h>
#include <cashews/scenarios/runcontext.h>

#include <cashews/middleware.h>

#include <QList>
#include <QStringList>
#include <QVariant>

#include <memory>

namespace cashews::scenarios {

// Faults on store commands, applied by a middleware on each instance's cache (so they work
// on any store), in Toxiproxy's terms per window:
//   [{at, for, latency: <Distribution>, errorRate: 0..1, timeout: "500ms", down: true,
//     commands: ["get", "set", ...]}]
// latency delays the command; errorRate fails that share with StoreFaultError; timeout waits
// that long and then fails; down fails every command at once. `commands` (cashews' names)
// limits a window to those commands. The middleware also counts store_ops{cmd, instance}.
class StoreFaults
{
public:
    StoreFaults() = default;
    // Throws ScenarioError naming `path` and the bad field.
    StoreFaults(const QVariant &spec, const QString &path);

    // The middleware for one instance's cache.
    static Middleware middleware(std::shared_ptr<const StoreFaults> self, std::shared_ptr<RunContext> run, QString instance);
    // The windows' [start, end) spans, for the run's fault markers.
    QList<TimeWindow> windows() const;

private:
    struct Fault
    {
        TimeWindow window;
        Distribution latency;
        bool hasLatency = false;
        double errorRate = 0;
        double timeoutMs = 0;
        bool down = false;
        QStringList commands;
    };
    static QCoro::Task<QVariant> apply(std::shared_ptr<const StoreFaults> self, std::shared_ptr<RunContext> run, QString instance,
                                       NextCall next, Command command, CommandArgs args);

    QList<Fault> m_faults;
};

} // namespace cashews::scenarios
