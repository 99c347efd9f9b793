#include <cashews/scenarios/metricregistry.h>
#include <cashews/scenarios/scenarioerrors.h>
#include <cashews/scenarios/threshold.h>

#include <QTest>

using namespace cashews::scenarios;

// k6's threshold grammar over the run's metrics and submetrics.
class ThresholdTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void evaluatesAggregations()
    {
        MetricRegistry m;
        m.define(QStringLiteral("latency"), MetricRegistry::Type::Trend);
        m.define(QStringLiteral("calls"), MetricRegistry::Type::Counter);
        m.define(QStringLiteral("inflight"), MetricRegistry::Type::Gauge);
        for (int i = 1; i <= 100; ++i)
            m.add(QStringLiteral("latency"), i, {{QStringLiteral("fn"), i <= 50 ? QStringLiteral("a") : QStringLiteral("b")}});
        m.add(QStringLiteral("calls"), 30);
        m.add(QStringLiteral("inflight"), 7);
        m.add(QStringLiteral("inflight"), 2);

        const auto p95 = Threshold::parse(QStringLiteral("latency"), QStringLiteral("p(95)<96"), m);
        QVERIFY(qAbs(p95.observe(m, 1) - 95.05) < 1e-9);
        QVERIFY(p95.passes(p95.observe(m, 1)));
        const auto sub = Threshold::parse(QStringLiteral("latency{fn:a}"), QStringLiteral("max<=50"), m);
        QCOMPARE(sub.observe(m, 1), 50.0);
        QVERIFY(sub.passes(50));
        const auto rate = Threshold::parse(QStringLiteral("calls"), QStringLiteral("rate>=10"), m);
        QCOMPARE(rate.observe(m, 3), 10.0); // 30 over 3 s
        const auto gauge = Threshold::parse(QStringLiteral("inflight"), QStringLiteral("max<=1"), m);
        QCOMPARE(gauge.observe(m, 1), 7.0);
        QVERIFY(!gauge.passes(7));
        const auto value = Threshold::parse(QStringLiteral("inflight"), QStringLiteral("value==2"), m);
        QVERIFY(value.passes(value.observe(m, 1)));
        const auto object = Threshold::parse(QStringLiteral("calls"),
                                             QVariantMap{{QStringLiteral("threshold"), QStringLiteral("count<10")},
                                                         {QStringLiteral("abortOnFail"), true},
                                                         {QStringLiteral("delayAbortEval"), QStringLiteral("2s")}},
                                             m);
        QVERIFY(object.abortOnFail());
        QCOMPARE(object.delayAbortEvalMs(), 2000.0);
        QVERIFY(!object.passes(object.observe(m, 1)));
    }

    void rejectsBadThresholds_data()
    {
        QTest::addColumn<QString>("metric");
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QString>("words");
        QTest::newRow("unknown metric") << QStringLiteral("latncy") << QStringLiteral("p(95)<1") << QStringLiteral("no metric 'latncy'");
        QTest::newRow("aggregation of another type") << QStringLiteral("calls") << QStringLiteral("p(95)<1")
                                                     << QStringLiteral("a counter has no aggregation 'p(95)'");
        QTest::newRow("bad operator") << QStringLiteral("calls") << QStringLiteral("count => 1") << QStringLiteral("is not 'aggregation");
        QTest::newRow("bad tag filter") << QStringLiteral("calls{fn}") << QStringLiteral("count<1") << QStringLiteral("is not tag:value");
    }
    void rejectsBadThresholds()
    {
        QFETCH(QString, metric);
        QFETCH(QString, expression);
        QFETCH(QString, words);
        MetricRegistry m;
        m.define(QStringLiteral("calls"), MetricRegistry::Type::Counter);
        try {
            Threshold::parse(metric, expression, m);
            QFAIL("no error");
        } catch (const ScenarioError &e) {
            QVERIFY2(e.message().contains(words), qPrintable(e.message()));
        }
    }
};

QTEST_APPLESS_MAIN(ThresholdTest)
#include "tst_threshold.moc"
