#include <cashews/scenarios/scenariospec.h>

#include <cashews/scenarios/optionreader.h>
#include <cashews/scenarios/scenarioerrors.h>

namespace cashews::scenarios {

ScenarioSpec ScenarioSpec::parse(const QVariant &options, const QStringList &exports, const QString &keyPrefix)
{
    if (!options.isValid() || options.isNull())
        throw ScenarioError(QStringLiteral("the script must export 'options' (export const options = {...})"));
    ScenarioSpec spec;
    OptionReader r(options, QStringLiteral("options"));
    spec.store = r.string(QStringLiteral("store"), QStringLiteral("mem://"));
    spec.instances = r.integer(QStringLiteral("instances"), 1, 1, 1000);
    spec.seed = static_cast<quint32>(r.number(QStringLiteral("seed"), 1, 0, 4294967295.0));
    spec.intervalMs = r.duration(QStringLiteral("interval"), 1000);
    if (spec.intervalMs < 50)
        throw ScenarioError(QStringLiteral("options.interval must be at least 50ms"));

    const QVariantMap functions = r.take(QStringLiteral("functions")).toMap();
    for (auto it = functions.cbegin(); it != functions.cend(); ++it)
        spec.functions.insert(it.key(), FunctionSpec::parse(it.value(), it.key(), keyPrefix));

    const QStringList own{QStringLiteral("fn"), QStringLiteral("exec"), QStringLiteral("keys"), QStringLiteral("tags")};
    const QVariantMap scenarios = r.required(QStringLiteral("scenarios")).toMap();
    if (scenarios.isEmpty())
        throw ScenarioError(QStringLiteral("options.scenarios must declare at least one scenario"));
    for (auto it = scenarios.cbegin(); it != scenarios.cend(); ++it) {
        const QString path = QStringLiteral("options.scenarios.%1").arg(it.key());
        Load load;
        load.name = it.key();
        load.schedule = LoadSchedule::parse(it.value(), path, own);
        OptionReader s(it.value(), path);
        load.fn = s.string(QStringLiteral("fn"));
        load.exec = s.string(QStringLiteral("exec"));
        load.keys = KeyChooser::parse(s.take(QStringLiteral("keys")), s.pathOf(QStringLiteral("keys")));
        const QVariantMap tags = s.take(QStringLiteral("tags")).toMap();
        for (auto t = tags.cbegin(); t != tags.cend(); ++t)
            load.tags.insert(t.key(), t.value().toString());
        if (load.fn.isEmpty() == load.exec.isEmpty())
            throw ScenarioError(QStringLiteral("%1 needs exactly one of fn (a function of options.functions) or exec (an exported flow)").arg(path));
        if (!load.fn.isEmpty() && !spec.functions.contains(load.fn))
            throw ScenarioError(QStringLiteral("%1: no function '%2' in options.functions").arg(s.pathOf(QStringLiteral("fn")), load.fn));
        if (!load.exec.isEmpty() && !exports.contains(load.exec))
            throw ScenarioError(QStringLiteral("%1: the module exports no '%2'").arg(s.pathOf(QStringLiteral("exec")), load.exec));
        spec.scenarios.append(load);
    }

    if (r.has(QStringLiteral("faults"))) {
        OptionReader f(r.take(QStringLiteral("faults")), QStringLiteral("options.faults"));
        spec.storeFaults = StoreFaults(f.take(QStringLiteral("store")), f.pathOf(QStringLiteral("store")));
        f.finish();
    }

    const QVariantList timeline = r.take(QStringLiteral("timeline")).toList();
    for (qsizetype i = 0; i < timeline.size(); ++i) {
        OptionReader a(timeline.at(i), QStringLiteral("options.timeline[%1]").arg(i));
        Action action;
        action.atMs = durationMs(a.required(QStringLiteral("at")), a.pathOf(QStringLiteral("at")));
        action.action = a.string(QStringLiteral("action"));
        for (const QString &tag : a.strings(QStringLiteral("tags")))
            action.tags.append(keyPrefix + tag);
        if (action.action == u"deleteTags" && action.tags.isEmpty())
            throw ScenarioError(QStringLiteral("%1: deleteTags needs tags").arg(a.path()));
        if (action.action != u"deleteTags" && action.action != u"expireAll" && action.action != u"clear")
            throw ScenarioError(QStringLiteral("%1: unknown action '%2' (deleteTags, expireAll, clear)")
                                    .arg(a.pathOf(QStringLiteral("action")), action.action));
        a.finish();
        spec.timeline.append(action);
    }
    spec.thresholds = r.take(QStringLiteral("thresholds")).toMap();
    r.finish();
    return spec;
}

} // namespace cashews::scenarios
