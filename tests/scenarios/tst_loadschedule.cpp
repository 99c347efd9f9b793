#include <cashews/scenarios/loadschedule.h>
#include <cashews/scenarios/scenarioerrors.h>

#include <QTest>

using namespace cashews::scenarios;

namespace {

LoadSchedule parse(const QVariantMap &config)
{
    return LoadSchedule::parse(config, QStringLiteral("options.scenarios.s"), {});
}

} // namespace

// The executors' arithmetic, without a clock.
class LoadScheduleTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void k6Defaults()
    {
        const auto s = parse({{QStringLiteral("executor"), QStringLiteral("shared-iterations")}});
        QCOMPARE(s.vus(), 1);
        QCOMPARE(s.iterations(), 1);
        QCOMPARE(s.durationMs(), 600000.0); // maxDuration 10m
        QCOMPARE(s.gracefulStopMs(), 30000.0);
        QCOMPARE(s.startTimeMs(), 0.0);
        const auto r = parse({{QStringLiteral("executor"), QStringLiteral("constant-arrival-rate")}, {QStringLiteral("rate"), 5},
                              {QStringLiteral("duration"), QStringLiteral("2s")}, {QStringLiteral("preAllocatedVUs"), 3}});
        QCOMPARE(r.maxVus(), 3); // maxVUs defaults to preAllocatedVUs
        QVERIFY(r.isOpen());
    }

    void constantArrivalRateSpacing()
    {
        const auto s = parse({{QStringLiteral("executor"), QStringLiteral("constant-arrival-rate")}, {QStringLiteral("rate"), 10},
                              {QStringLiteral("timeUnit"), QStringLiteral("1s")}, {QStringLiteral("duration"), 2},
                              {QStringLiteral("preAllocatedVUs"), 1}});
        QCOMPARE(s.arrivalCount(), qint64(20));
        QCOMPARE(s.arrivalOffsetMs(0), 0.0);
        QCOMPARE(s.arrivalOffsetMs(1), 100.0); // 10 per second: one every 100 ms
        QCOMPARE(s.arrivalOffsetMs(19), 1900.0);
        QVERIFY(s.arrivalOffsetMs(20) < 0);
    }

    void rampingArrivalRateIntegratesTheRate()
    {
        // 0 -> 10/s over 2 s: 10 starts in all, denser at the end; then 10/s for 1 s: 10 more.
        const auto s = parse({{QStringLiteral("executor"), QStringLiteral("ramping-arrival-rate")}, {QStringLiteral("startRate"), 0},
                              {QStringLiteral("stages"), QVariantList{QVariantMap{{QStringLiteral("duration"), 2}, {QStringLiteral("target"), 10}},
                                                                      QVariantMap{{QStringLiteral("duration"), 1}, {QStringLiteral("target"), 10}}}},
                              {QStringLiteral("preAllocatedVUs"), 2}});
        QCOMPARE(s.arrivalCount(), qint64(20));
        // count(t) = 2.5 t^2 in the first stage: the 5th start at sqrt(2) s.
        QVERIFY(qAbs(s.arrivalOffsetMs(5) - 1414.2) < 1);
        QVERIFY(qAbs(s.arrivalOffsetMs(10) - 2000.0) < 1e-6);
        QVERIFY(qAbs(s.arrivalOffsetMs(15) - 2500.0) < 1e-6);
        for (qint64 n = 1; n < 20; ++n)
            QVERIFY(s.arrivalOffsetMs(n) > s.arrivalOffsetMs(n - 1));
    }

    // A stage of no duration jumps to its target: it holds no starts and divides by nothing.
    void zeroDurationStageJumps()
    {
        const auto s = parse({{QStringLiteral("executor"), QStringLiteral("ramping-arrival-rate")},
                              {QStringLiteral("stages"), QVariantList{QVariantMap{{QStringLiteral("duration"), 0}, {QStringLiteral("target"), 10}},
                                                                      QVariantMap{{QStringLiteral("duration"), 1}, {QStringLiteral("target"), 10}}}},
                              {QStringLiteral("preAllocatedVUs"), 1}});
        QCOMPARE(s.arrivalCount(), qint64(10));
        for (qint64 n = 0; n < 10; ++n)
            QVERIFY(qAbs(s.arrivalOffsetMs(n) - 100.0 * static_cast<double>(n)) < 1e-6);
        QVERIFY(s.arrivalOffsetMs(10) < 0);
    }

    void rampingVusInterpolates()
    {
        const auto s = parse({{QStringLiteral("executor"), QStringLiteral("ramping-vus")}, {QStringLiteral("startVUs"), 0},
                              {QStringLiteral("stages"), QVariantList{QVariantMap{{QStringLiteral("duration"), QStringLiteral("10s")}, {QStringLiteral("target"), 10}},
                                                                      QVariantMap{{QStringLiteral("duration"), QStringLiteral("5s")}, {QStringLiteral("target"), 0}}}}});
        QCOMPARE(s.vusAt(0), 0);
        QCOMPARE(s.vusAt(5000), 5);
        QCOMPARE(s.vusAt(10000), 10);
        QCOMPARE(s.vusAt(12500), 5);
        QCOMPARE(s.vusAt(15000), 0);
        QCOMPARE(s.vus(), 10);
        QCOMPARE(s.durationMs(), 15000.0);
    }

    void rejectsBadConfigs_data()
    {
        QTest::addColumn<QVariantMap>("config");
        QTest::addColumn<QString>("words");
        QTest::newRow("unknown executor") << QVariantMap{{QStringLiteral("executor"), QStringLiteral("constant-rate")}}
                                          << QStringLiteral("unknown executor 'constant-rate'");
        QTest::newRow("misspelt parameter") << QVariantMap{{QStringLiteral("executor"), QStringLiteral("constant-vus")},
                                                           {QStringLiteral("duration"), 1}, {QStringLiteral("vu"), 3}}
                                            << QStringLiteral("unknown option 'vu'");
        QTest::newRow("missing duration") << QVariantMap{{QStringLiteral("executor"), QStringLiteral("constant-vus")}}
                                          << QStringLiteral("options.scenarios.s.duration is required");
        QTest::newRow("bad duration") << QVariantMap{{QStringLiteral("executor"), QStringLiteral("constant-vus")},
                                                     {QStringLiteral("duration"), QStringLiteral("2 sec")}}
                                      << QStringLiteral("is not a duration");
        QTest::newRow("missing preAllocatedVUs") << QVariantMap{{QStringLiteral("executor"), QStringLiteral("constant-arrival-rate")},
                                                                {QStringLiteral("rate"), 1}, {QStringLiteral("duration"), 1}}
                                                 << QStringLiteral("preAllocatedVUs is required");
        QTest::newRow("iterations below vus") << QVariantMap{{QStringLiteral("executor"), QStringLiteral("shared-iterations")},
                                                             {QStringLiteral("vus"), 5}, {QStringLiteral("iterations"), 2}}
                                              << QStringLiteral("must be >= vus");
    }
    void rejectsBadConfigs()
    {
        QFETCH(QVariantMap, config);
        QFETCH(QString, words);
        try {
            parse(config);
            QFAIL("no error");
        } catch (const ScenarioError &e) {
            QVERIFY2(e.message().contains(words), qPrintable(e.message()));
        }
    }
};

QTEST_APPLESS_MAIN(LoadScheduleTest)
#include "tst_loadschedule.moc"
