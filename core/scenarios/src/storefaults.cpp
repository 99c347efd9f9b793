#include <cashews/scenarios/storefaults.h>

#include <cashews/scenarios/optionreader.h>
#include <cashews/scenarios/scenarioerrors.h>

namespace cashews::scenarios {

StoreFaults::StoreFaults(const QVariant &spec, const QString &path)
{
    const QVariantList list = spec.toList();
    if (spec.isValid() && spec.typeId() != QMetaType::QVariantList)
        throw ScenarioError(QStringLiteral("%1 must be a list of fault windows").arg(path));
    QStringList known;
    for (int c = 0; c < CommandCount; ++c)
        known.append(commandName(static_cast<Command>(c)));
    for (qsizetype i = 0; i < list.size(); ++i) {
        OptionReader r(list.at(i), QStringLiteral("%1[%2]").arg(path).arg(i));
        Fault f;
        f.window.startMs = r.duration(QStringLiteral("at"), 0);
        f.window.endMs = f.window.startMs + durationMs(r.required(QStringLiteral("for")), r.pathOf(QStringLiteral("for")));
        f.hasLatency = r.has(QStringLiteral("latency"));
        if (f.hasLatency)
            f.latency = Distribution::parse(r.take(QStringLiteral("latency")), r.pathOf(QStringLiteral("latency")));
        f.errorRate = r.number(QStringLiteral("errorRate"), 0, 0, 1);
        f.timeoutMs = r.duration(QStringLiteral("timeout"), 0);
        f.down = r.boolean(QStringLiteral("down"), false);
        f.commands = r.strings(QStringLiteral("commands"));
        for (const QString &c : std::as_const(f.commands)) {
            if (!known.contains(c))
                throw ScenarioError(QStringLiteral("%1: unknown command '%2' (known: %3)")
                                        .arg(r.pathOf(QStringLiteral("commands")), c, known.join(QStringLiteral(", "))));
        }
        r.finish();
        m_faults.append(f);
    }
}

QList<TimeWindow> StoreFaults::windows() const
{
    QList<TimeWindow> out;
    for (const Fault &f : m_faults)
        out.append(f.window);
    return out;
}

Middleware StoreFaults::middleware(std::shared_ptr<const StoreFaults> self, std::shared_ptr<RunContext> run, QString instance)
{
    // Not a coroutine: the stored callable hands copies of its state to apply()'s frame.
    return [self, run, instance](NextCall next, Command command, Backend *, CommandArgs args) {
        return apply(self, run, instance, std::move(next), command, std::move(args));
    };
}

QCoro::Task<QVariant> StoreFaults::apply(std::shared_ptr<const StoreFaults> self, std::shared_ptr<RunContext> run, QString instance,
                                         NextCall next, Command command, CommandArgs args)
{
    const QString name = commandName(command);
    run->metrics.add(QStringLiteral("store_ops"), 1, {{QStringLiteral("cmd"), name}, {QStringLiteral("instance"), instance}});
    const double now = run->elapsedMs();
    double delayMs = 0;
    QString failure;
    for (const Fault &f : self->m_faults) {
        if (!f.window.contains(now) || (!f.commands.isEmpty() && !f.commands.contains(name)))
            continue;
        if (f.down) {
            failure = QStringLiteral("the store is down (fault window)");
            delayMs = 0;
            break;
        }
        if (f.hasLatency)
            delayMs += f.latency.sampleMs(run->rng);
        if (f.timeoutMs > 0) {
            delayMs += f.timeoutMs;
            failure = QStringLiteral("the store timed out after %1 ms (fault window)").arg(f.timeoutMs);
        } else if (f.errorRate > 0 && run->rng.generateDouble() < f.errorRate) {
            failure = QStringLiteral("injected store error (fault window)");
        }
    }
    if (delayMs > 0)
        co_await preciseSleep(delayMs);
    if (!failure.isEmpty()) {
        run->metrics.add(QStringLiteral("store_faults"), 1, {{QStringLiteral("cmd"), name}});
        throw StoreFaultError(QStringLiteral("%1 %2: %3").arg(name, args.value(QStringLiteral("key")).toString(), failure));
    }
    QVariant result = co_await next(std::move(args));
    co_return result;
}

} // namespace cashews::scenarios
