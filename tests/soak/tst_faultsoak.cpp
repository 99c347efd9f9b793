// The fault soak (label `soak`: packaging/soak.sh runs it, the default suite does not).
// Redis: 64 coroutines per suppress setting (both at once) drive mixed commands and wrapped
// calls against a private redis-server that is stopped, killed with SIGKILL, frozen with
// SIGSTOP/SIGCONT and has its clients killed (CLIENT KILL), one fault after another.
// Disk: disk_child writers on a shared disk:// directory are killed by SIGKILL mid-burst while
// this process reads. One JSON summary line; the test fails on a hang, an untyped error, an
// exception under suppress, a wrong or torn value, a slow recovery or a damaged shard.
// CASHEWS_SOAK_SECONDS (default 60) is the whole run, half Redis, half disk.
#include "burstvalue.h"
#include "corotest.h"
#include "redisserver.h"
#include "sqliteintegrity.h"

#include "backends/redis/redisoptions.h"
#include "backends/redis/redispool.h"

#include <cashews/cache.h>
#include <cashews/errors.h>
#include <cashews/settings.h>
#include <cashews/strategies.h>

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cxxabi.h>
#include <signal.h>

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <vector>

using namespace cashews;

namespace {

using CachePtr = std::shared_ptr<Cache>;

// Workers per suppress setting.
constexpr int Coroutines = 64;
// socket_timeout and socket_connect_timeout of the soaked caches.
constexpr int TimeoutMs = 500;
// An operation slower than this hangs: ten times the connect plus the command timeout.
constexpr qint64 HangMs = 10 * 2 * TimeoutMs;
// Back within one reconnect back-off: the pool's longest (5 s, redispool.cpp) plus one
// connection setup and a second of event-loop slack on a loaded machine.
constexpr qint64 RecoveryBoundMs = 5000 + TimeoutMs + 1000;
// How long a fault lasts and how long the server is healthy between faults.
constexpr int DownMs = 1500;
constexpr int HealthyMs = 1500;
constexpr int Keys = 50;
constexpr int BurstKeys = 40;
constexpr int Shards = 4;
// Failure descriptions kept per phase for the summary.
constexpr int MaxSamples = 5;

qint64 soakSeconds()
{
    bool ok = false;
    const int seconds = qEnvironmentVariableIntValue("CASHEWS_SOAK_SECONDS", &ok);
    return ok && seconds >= 10 ? seconds : 60;
}

// The exception's class without the namespace ("RedisTimeoutError").
QString typeName(const std::exception &error)
{
    int status = 0;
    char *name = abi::__cxa_demangle(typeid(error).name(), nullptr, nullptr, &status);
    QString result = QString::fromUtf8(status == 0 && name ? name : typeid(error).name());
    std::free(name);
    return result.remove(QStringLiteral("cashews::"));
}

QJsonObject toJson(const QMap<QString, qint64> &counts)
{
    QJsonObject object;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

void sample(QStringList &samples, const QString &what)
{
    if (samples.size() < MaxSamples)
        samples << what;
}

// Warnings by logging category. The soak closes hundreds of connections on purpose; each is
// counted here (and in the summary) instead of filling the log.
QMutex logMutex;
QMap<QString, qint64> logCounts;
QtMessageHandler previousHandler = nullptr;

void countingHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString category = QString::fromUtf8(context.category ? context.category : "default");
    if (type == QtWarningMsg && category.startsWith(QLatin1String("cashews."))) {
        const QMutexLocker lock(&logMutex);
        ++logCounts[category];
        return;
    }
    previousHandler(type, context, message);
}

struct ModeStats
{
    bool suppress = false;
    qint64 ops = 0;
    // Finished without an exception.
    qint64 completed = 0;
    // Exceptions by class: CacheError subclasses expected without suppress, none with it.
    QMap<QString, qint64> errors;
    // Exceptions that are no CacheError.
    qint64 untyped = 0;
    // A read that returned something never written, a wrapped call with a wrong result.
    qint64 wrongValues = 0;
    qint64 hangs = 0;
    qint64 maxOpMs = 0;
    QStringList samples;

    QJsonObject toJson() const
    {
        return {{QStringLiteral("suppress"), suppress}, {QStringLiteral("ops"), ops},
                {QStringLiteral("completed"), completed}, {QStringLiteral("errors"), ::toJson(errors)},
                {QStringLiteral("untyped"), untyped}, {QStringLiteral("wrong_values"), wrongValues},
                {QStringLiteral("hangs"), hangs}, {QStringLiteral("max_op_ms"), maxOpMs},
                {QStringLiteral("samples"), QJsonArray::fromStringList(samples)}};
    }
};

struct RedisSoak
{
    QElapsedTimer clock;
    qint64 deadlineMs = 0;
    ModeStats modes[2];
    QMap<QString, qint64> faults;
    // Milliseconds from the server being back to a successful PING, per fault kind and cache.
    QMap<QString, QList<qint64>> recoveries;
    qint64 slowRecoveries = 0;
    QStringList samples;
};

struct DiskSoak
{
    qint64 kills = 0;
    qint64 integrityChecks = 0;
    qint64 integrityFailures = 0;
    // Values read after a kill that are not a whole round's value.
    qint64 tornAfterKill = 0;
    qint64 reads = 0;
    qint64 tornReads = 0;
    QMap<QString, qint64> readErrors;
    qint64 untyped = 0;
    qint64 writerFailures = 0;
    QStringList samples;

    QJsonObject toJson() const
    {
        return {{QStringLiteral("writer_kills"), kills}, {QStringLiteral("integrity_checks"), integrityChecks},
                {QStringLiteral("integrity_failures"), integrityFailures},
                {QStringLiteral("torn_after_kill"), tornAfterKill}, {QStringLiteral("reads"), reads},
                {QStringLiteral("torn_reads"), tornReads}, {QStringLiteral("read_errors"), ::toJson(readErrors)},
                {QStringLiteral("untyped"), untyped}, {QStringLiteral("writer_failures"), writerFailures},
                {QStringLiteral("samples"), QJsonArray::fromStringList(samples)}};
    }
};

QCoro::Task<qlonglong> doubled(int x)
{
    co_return qlonglong(x) * 2;
}

// A value this soak wrote for `key`, or a miss.
bool plausible(const QString &key, const QVariant &value)
{
    return !value.isValid() || value.toString().startsWith(QStringLiteral("v:%1:").arg(key));
}

// One worker: random commands and wrapped calls until the deadline, each timed and classified.
QCoro::Task<> redisWorker(CachePtr cache, RedisSoak *soak, ModeStats *stats, int id)
{
    QRandomGenerator rng(quint32(id * 2 + (stats->suppress ? 1 : 0)));
    const QStringList x{QStringLiteral("x")};
    auto cachedCall = cached(*cache, {.name = QStringLiteral("soak:cached"), .ttl = 60, .key = QStringLiteral("soak:c:{x}")}, doubled, x);
    auto failoverCall = failover(*cache, {.name = QStringLiteral("soak:failover"), .ttl = 60, .key = QStringLiteral("soak:f:{x}")}, doubled, x);
    auto lockedCall = locked(*cache, {.name = QStringLiteral("soak:locked"), .ttl = 2, .key = QStringLiteral("soak:l:{x}")}, doubled, x);
    while (soak->clock.elapsed() < soak->deadlineMs) {
        const int op = static_cast<int>(rng.bounded(10));
        const int n = static_cast<int>(rng.bounded(Keys));
        const QString key = QStringLiteral("soak:k:%1").arg(n);
        const qint64 started = soak->clock.elapsed();
        bool right = true;
        bool failed = false;
        try {
            switch (op) {
            case 0: {
                const QString value = QStringLiteral("v:%1:%2").arg(key).arg(rng.generate());
                const bool stored = co_await cache->set(key, value, Ttl(60));
                Q_UNUSED(stored);
                break;
            }
            case 1: {
                const QVariant value = co_await cache->get(key);
                right = plausible(key, value);
                break;
            }
            case 2: {
                const QString counter = QStringLiteral("soak:n:%1").arg(n);
                const std::optional<qint64> count = co_await cache->incr(counter);
                right = !count || *count >= 1;
                break;
            }
            case 3: {
                const QStringList keys{key, QStringLiteral("soak:k:%1").arg((n + 1) % Keys)};
                const QList<QVariant> values = co_await cache->getMany(keys);
                right = values.size() == keys.size() && plausible(keys[0], values[0]) && plausible(keys[1], values[1]);
                break;
            }
            case 4: {
                const QString other = QStringLiteral("soak:k:%1").arg((n + 7) % Keys);
                const KeyValueList pairs{{key, QStringLiteral("v:%1:m").arg(key)}, {other, QStringLiteral("v:%1:m").arg(other)}};
                const bool stored = co_await cache->setMany(pairs, Ttl(60));
                Q_UNUSED(stored);
                break;
            }
            case 5: {
                const bool removed = co_await cache->remove(key);
                Q_UNUSED(removed);
                break;
            }
            case 6: {
                const qint64 ttl = co_await cache->getExpireMs(key);
                right = ttl >= -2 && ttl <= 60000;
                break;
            }
            case 7: {
                const qlonglong result = co_await cachedCall(n);
                right = result == 2LL * n;
                break;
            }
            case 8: {
                const qlonglong result = co_await failoverCall(n);
                right = result == 2LL * n;
                break;
            }
            default: {
                const qlonglong result = co_await lockedCall(n % 5);
                right = result == 2LL * (n % 5);
                break;
            }
            }
        } catch (const CacheError &error) {
            failed = true;
            ++stats->errors[typeName(error)];
            if (stats->suppress)
                sample(stats->samples, QStringLiteral("op %1 threw under suppress: %2").arg(op).arg(QString::fromUtf8(error.what())));
        } catch (const std::exception &error) {
            failed = true;
            ++stats->untyped;
            sample(stats->samples, QStringLiteral("op %1 threw %2: %3").arg(op).arg(typeName(error), QString::fromUtf8(error.what())));
        }
        const qint64 took = soak->clock.elapsed() - started;
        ++stats->ops;
        stats->completed += failed ? 0 : 1;
        stats->maxOpMs = qMax(stats->maxOpMs, took);
        if (took > HangMs) {
            ++stats->hangs;
            sample(stats->samples, QStringLiteral("op %1 took %2 ms").arg(op).arg(took));
        }
        if (!right) {
            ++stats->wrongValues;
            sample(stats->samples, QStringLiteral("op %1 on %2 gave a wrong value").arg(op).arg(key));
        }
        // A pause between operations (longer after a failure, as a client would back off), so
        // that failing at once in a back-off does not spin the event loop.
        co_await test::sleepMs(failed ? 20 : 5);
    }
}

// PINGs until the server answers; records how long that took after `backMs`.
QCoro::Task<> probeRecovery(CachePtr cache, RedisSoak *soak, QString kind, qint64 backMs)
{
    while (soak->clock.elapsed() - backMs < 4 * RecoveryBoundMs) {
        bool answered = false;
        try {
            const QByteArray pong = co_await cache->ping();
            answered = !pong.isEmpty();
        } catch (const CacheError &) {
            // Still down or in back-off: try again shortly.
        }
        if (answered)
            break;
        co_await test::sleepMs(10);
    }
    const qint64 took = soak->clock.elapsed() - backMs;
    soak->recoveries[kind].append(took);
    if (took > RecoveryBoundMs) {
        ++soak->slowRecoveries;
        sample(soak->samples, QStringLiteral("%1: back after %2 ms").arg(kind).arg(took));
    }
}

// Faults one after another until the deadline, each followed by the recovery of both caches.
QCoro::Task<> injectFaults(test::RedisServer *server, RedisPool *admin, CachePtr plain, CachePtr suppressed, RedisSoak *soak)
{
    const QStringList kinds{QStringLiteral("stop"), QStringLiteral("kill9"), QStringLiteral("freeze"), QStringLiteral("client_kill")};
    int cycle = 0;
    // The last fault still gets its recovery inside the phase.
    while (soak->clock.elapsed() + HealthyMs + DownMs + RecoveryBoundMs < soak->deadlineMs) {
        co_await test::sleepMs(HealthyMs);
        const QString kind = kinds.at(cycle++ % kinds.size());
        ++soak->faults[kind];
        const auto pid = pid_t(server->processId());
        if (kind == u"freeze") {
            ::kill(pid, SIGSTOP);
            co_await test::sleepMs(DownMs);
            ::kill(pid, SIGCONT);
        } else if (kind == u"client_kill") {
            try {
                const QList<QByteArray> command{"CLIENT", "KILL", "TYPE", "normal"};
                const RedisReply killed = co_await admin->execute(command);
                Q_UNUSED(killed);
            } catch (const CacheError &error) {
                sample(soak->samples, QStringLiteral("CLIENT KILL failed: %1").arg(QString::fromUtf8(error.what())));
            }
        } else {
            if (kind == u"kill9")
                ::kill(pid, SIGKILL);
            // Reaps the killed server, or stops it with SIGTERM.
            server->stop();
            co_await test::sleepMs(DownMs);
            if (!server->start()) {
                sample(soak->samples, QStringLiteral("restart failed: %1").arg(server->errorString()));
                ++soak->slowRecoveries;
                co_return;
            }
        }
        const qint64 back = soak->clock.elapsed();
        QCoro::Task<> first = probeRecovery(plain, soak, kind, back);
        QCoro::Task<> second = probeRecovery(suppressed, soak, kind, back);
        co_await first;
        co_await second;
    }
}

QCoro::Task<> soakRedis(QString url, test::RedisServer *server, RedisPool *admin, RedisSoak *soak)
{
    auto plain = std::make_shared<Cache>();
    auto suppressed = std::make_shared<Cache>();
    const QString timeouts = QStringLiteral("socket_timeout=%1&socket_connect_timeout=%1").arg(TimeoutMs / 1000.0);
    plain->setup(QStringLiteral("%1/0?suppress=false&%2").arg(url, timeouts));
    suppressed->setup(QStringLiteral("%1/1?suppress=true&%2").arg(url, timeouts));
    soak->modes[0].suppress = false;
    soak->modes[1].suppress = true;
    std::vector<QCoro::Task<>> workers;
    for (int i = 0; i < Coroutines; ++i) {
        workers.push_back(redisWorker(plain, soak, &soak->modes[0], i));
        workers.push_back(redisWorker(suppressed, soak, &soak->modes[1], i));
    }
    co_await injectFaults(server, admin, plain, suppressed, soak);
    for (auto &worker : workers)
        co_await worker;
    co_await plain->close();
    co_await suppressed->close();
}

// Reads the burst keys while writers come and go; every value must be a whole round's.
QCoro::Task<> diskReader(CachePtr cache, DiskSoak *soak, const bool *stop)
{
    QRandomGenerator rng(7);
    while (!*stop) {
        const int index = static_cast<int>(rng.bounded(BurstKeys));
        const QString key = QStringLiteral("burst:%1").arg(index);
        try {
            const QVariant value = co_await cache->get(key);
            ++soak->reads;
            if (test::burstRound(value.toString(), index) < 0) {
                ++soak->tornReads;
                sample(soak->samples, QStringLiteral("read %1: %2").arg(key, value.toString().left(40)));
            }
        } catch (const CacheError &error) {
            ++soak->readErrors[typeName(error)];
        } catch (const std::exception &error) {
            ++soak->untyped;
            sample(soak->samples, QStringLiteral("read %1 threw %2").arg(key, typeName(error)));
        }
        co_await test::sleepMs(5);
    }
}

// Waits (without blocking the event loop) until `writer` committed its first round.
QCoro::Task<bool> firstRound(QProcess *writer)
{
    QByteArray output;
    QElapsedTimer waited;
    waited.start();
    while (!output.contains("round 1\n") && waited.elapsed() < 30000 && writer->state() != QProcess::NotRunning) {
        co_await test::sleepMs(20);
        output += writer->readAllStandardOutput();
    }
    co_return output.contains("round 1\n");
}

QCoro::Task<> soakDisk(QString directory, qint64 seconds, DiskSoak *soak)
{
    const QString url = QStringLiteral("disk://?directory=%1&shards=%2").arg(directory).arg(Shards);
    auto cache = std::make_shared<Cache>();
    cache->setup(url);
    KeyValueList seed;
    for (int i = 0; i < BurstKeys; ++i)
        seed.append({QStringLiteral("burst:%1").arg(i), test::burstValue(0, i)});
    const bool seeded = co_await cache->setMany(seed);
    if (!seeded) {
        ++soak->writerFailures;
        sample(soak->samples, QStringLiteral("seeding the store failed"));
        co_return;
    }
    bool stop = false;
    QCoro::Task<> reader = diskReader(cache, soak, &stop);
    QRandomGenerator rng(11);
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < seconds * 1000) {
        // Both write paths at once: setMany on the worker thread, set by set inline.
        QProcess batch;
        QProcess single;
        batch.start(QStringLiteral(CASHEWS_DISK_CHILD), {QStringLiteral("burst"), url, QString::number(BurstKeys)});
        single.start(QStringLiteral(CASHEWS_DISK_CHILD), {QStringLiteral("sets"), url, QString::number(BurstKeys)});
        const bool batchWrote = co_await firstRound(&batch);
        const bool singleWrote = co_await firstRound(&single);
        if (!batchWrote || !singleWrote) {
            ++soak->writerFailures;
            sample(soak->samples, QStringLiteral("a writer wrote no round: %1%2")
                                      .arg(QString::fromUtf8(batch.readAllStandardError()), QString::fromUtf8(single.readAllStandardError())));
        }
        // Mid-burst: somewhere in a later round.
        co_await test::sleepMs(static_cast<int>(rng.bounded(400)));
        for (QProcess *writer : {&batch, &single}) {
            writer->kill();
            writer->waitForFinished(10000);
            ++soak->kills;
        }
        for (int shard = 0; shard < Shards; ++shard) {
            const QString file = QDir(directory).filePath(QStringLiteral("shard-%1.sqlite").arg(shard, 3, 10, QLatin1Char('0')));
            const QString verdict = test::integrityOf(file);
            ++soak->integrityChecks;
            if (verdict != u"ok") {
                ++soak->integrityFailures;
                sample(soak->samples, QStringLiteral("%1: %2").arg(file, verdict));
            }
        }
        for (int i = 0; i < BurstKeys; ++i) {
            const QString key = QStringLiteral("burst:%1").arg(i);
            const QVariant value = co_await cache->get(key);
            if (test::burstRound(value.toString(), i) < 0) {
                ++soak->tornAfterKill;
                sample(soak->samples, QStringLiteral("after kill %1: %2").arg(key, value.toString().left(40)));
            }
        }
    }
    stop = true;
    co_await reader;
    co_await cache->close();
}

} // namespace

class FaultSoakTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void redisUnderFaults();
    void diskWritersKilled();

private:
    QJsonObject m_summary;
};

void FaultSoakTest::initTestCase()
{
    previousHandler = qInstallMessageHandler(countingHandler);
    m_summary.insert(QStringLiteral("seconds"), soakSeconds());
}

void FaultSoakTest::cleanupTestCase()
{
    qInstallMessageHandler(previousHandler);
    {
        const QMutexLocker lock(&logMutex);
        m_summary.insert(QStringLiteral("warnings_by_category"), toJson(logCounts));
    }
    std::printf("%s\n", QJsonDocument(m_summary).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

void FaultSoakTest::redisUnderFaults()
{
    test::RedisServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    Settings adminSettings = Settings::parse(server.url());
    RedisPool admin(RedisOptions::fromSettings(adminSettings));
    const qint64 seconds = soakSeconds() / 2;
    RedisSoak soak;
    soak.deadlineMs = seconds * 1000;
    soak.clock.start();
    CASHEWS_RUN_FOR(std::chrono::seconds(seconds + 60), soakRedis(server.url(), &server, &admin, &soak));

    QJsonObject recoveries;
    qint64 worst = 0;
    for (auto it = soak.recoveries.cbegin(); it != soak.recoveries.cend(); ++it) {
        QJsonArray times;
        for (const qint64 ms : it.value()) {
            times.append(ms);
            worst = qMax(worst, ms);
        }
        recoveries.insert(it.key(), times);
    }
    const ModeStats &plain = soak.modes[0];
    const ModeStats &suppressed = soak.modes[1];
    m_summary.insert(QStringLiteral("redis"), QJsonObject{
        {QStringLiteral("seconds"), seconds}, {QStringLiteral("coroutines"), 2 * Coroutines},
        {QStringLiteral("faults"), toJson(soak.faults)}, {QStringLiteral("recovery_ms"), recoveries},
        {QStringLiteral("max_recovery_ms"), worst}, {QStringLiteral("recovery_bound_ms"), RecoveryBoundMs},
        {QStringLiteral("slow_recoveries"), soak.slowRecoveries},
        {QStringLiteral("suppress_false"), plain.toJson()}, {QStringLiteral("suppress_true"), suppressed.toJson()},
        {QStringLiteral("samples"), QJsonArray::fromStringList(soak.samples)}});

    QVERIFY2(soak.faults.size() == 4, "the phase was too short for every kind of fault");
    QCOMPARE(soak.slowRecoveries, qint64(0));
    for (const ModeStats *stats : {&plain, &suppressed}) {
        QVERIFY(stats->completed > 0);
        QCOMPARE(stats->untyped, qint64(0));
        QCOMPARE(stats->hangs, qint64(0));
        QCOMPARE(stats->wrongValues, qint64(0));
    }
    // Typed errors without suppress, none at all with it.
    QVERIFY(!plain.errors.isEmpty());
    QVERIFY2(suppressed.errors.isEmpty(), qPrintable(suppressed.samples.join(QLatin1Char('\n'))));
}

void FaultSoakTest::diskWritersKilled()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const qint64 seconds = soakSeconds() - soakSeconds() / 2;
    DiskSoak soak;
    CASHEWS_RUN_FOR(std::chrono::seconds(seconds + 120), soakDisk(directory.path(), seconds, &soak));
    m_summary.insert(QStringLiteral("disk"), soak.toJson());

    QVERIFY(soak.kills > 0);
    QCOMPARE(soak.writerFailures, qint64(0));
    QCOMPARE(soak.integrityFailures, qint64(0));
    QCOMPARE(soak.tornAfterKill, qint64(0));
    QCOMPARE(soak.tornReads, qint64(0));
    QCOMPARE(soak.untyped, qint64(0));
    QVERIFY(soak.reads > 0);
}

QTEST_GUILESS_MAIN(FaultSoakTest)
#include "tst_faultsoak.moc"
