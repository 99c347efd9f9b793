// libFuzzer entry point for the scenario loader's declarations: any text goes through the
// syntax pre-scan, and, when it is JSON, through ScenarioSpec::parse and the thresholds as if it
// were a script's `export const options`. Bad input must end in a ScenarioError (a CacheError),
// never a crash or a hang; a schedule that parses yields ordered arrival offsets.
#include <cashews/scenarios/metricregistry.h>
#include <cashews/scenarios/scenarioerrors.h>
#include <cashews/scenarios/scenariospec.h>
#include <cashews/scenarios/syntaxcheck.h>
#include <cashews/scenarios/threshold.h>

#include <QJsonDocument>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace cashews::scenarios;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString text = QString::fromUtf8(bytes);
    for (const SyntaxCheck::Finding &f : SyntaxCheck::scan(text)) {
        if (f.line < 1 || f.column < 1 || f.message.isEmpty())
            std::abort();
    }
    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    if (!doc.isObject())
        return 0;
    try {
        const ScenarioSpec spec = ScenarioSpec::parse(doc.toVariant(), {QStringLiteral("flow")}, QStringLiteral("scenario:f:"));
        MetricRegistry metrics;
        metrics.define(QStringLiteral("calls"), MetricRegistry::Type::Counter);
        metrics.define(QStringLiteral("latency"), MetricRegistry::Type::Trend);
        metrics.add(QStringLiteral("latency"), 1, {{QStringLiteral("fn"), QStringLiteral("f")}});
        for (auto it = spec.thresholds.cbegin(); it != spec.thresholds.cend(); ++it) {
            const Threshold t = Threshold::parse(it.key(), it.value(), metrics);
            t.passes(t.observe(metrics, 1));
        }
        for (const ScenarioSpec::Load &load : spec.scenarios) {
            if (!load.schedule.isOpen())
                continue;
            // Bounded: a schedule may hold billions of starts.
            const qint64 n = std::min<qint64>(load.schedule.arrivalCount(), 1000);
            double previous = -1;
            for (qint64 i = 0; i < n; ++i) {
                const double offset = load.schedule.arrivalOffsetMs(i);
                if (offset < previous - 1e-6)
                    std::abort();
                previous = offset;
            }
        }
    } catch (const cashews::CacheError &) {
    }
    return 0;
}
