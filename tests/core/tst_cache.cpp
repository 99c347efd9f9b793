#include "corotest.h"

#include <cashews/cache.h>
#include <cashews/clock.h>

using namespace cashews;

using CachePtr = std::shared_ptr<Cache>;

class CacheTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { setClock({}); }

    void notConfigured()
    {
        CASHEWS_RUN([]() -> QCoro::Task<> {
            Cache cache;
            CORO_VERIFY_THROWS(cache.get(QStringLiteral("k")), NotConfiguredError);
            cache.setup(QStringLiteral("mem://"), {{QStringLiteral("prefix"), QStringLiteral("only:")}});
            CORO_VERIFY_THROWS(cache.set(QStringLiteral("other"), 1), NotConfiguredError);
            CORO_VERIFY(co_await cache.set(QStringLiteral("only:k"), 1));
        }());
    }

    void longestPrefixWins()
    {
        CASHEWS_RUN([]() -> QCoro::Task<> {
            Cache cache;
            BackendPtr fallback = cache.setup(QStringLiteral("mem://"));
            BackendPtr users = cache.setup(QStringLiteral("mem://"), {{QStringLiteral("prefix"), QStringLiteral("user:")}});
            BackendPtr admins = cache.setup(QStringLiteral("mem://"), {{QStringLiteral("prefix"), QStringLiteral("user:admin:")}});
            CORO_COMPARE(cache.backendFor(QStringLiteral("x")), fallback);
            CORO_COMPARE(cache.backendFor(QStringLiteral("user:1")), users);
            CORO_COMPARE(cache.backendFor(QStringLiteral("user:admin:1")), admins);
            co_await cache.set(QStringLiteral("user:admin:1"), 1);
            co_await cache.set(QStringLiteral("user:2"), 2);
            co_await cache.set(QStringLiteral("z"), 3);
            // The prefix is not added to the key; each backend holds only its own keys.
            CORO_COMPARE(co_await admins->getKeysCount(), qint64(1));
            CORO_COMPARE(co_await users->getKeysCount(), qint64(1));
            CORO_COMPARE(co_await cache.getKeysCount(), qint64(3));
            const QStringList keys{QStringLiteral("user:admin:1"), QStringLiteral("z"), QStringLiteral("user:2")};
            const QList<QVariant> values = co_await cache.getMany(keys);
            const QList<QVariant> expected{1, 3, 2};
            CORO_COMPARE(values, expected);
            // Setting up the same prefix again replaces that backend.
            BackendPtr replaced = cache.setup(QStringLiteral("mem://"), {{QStringLiteral("prefix"), QStringLiteral("user:")}});
            CORO_COMPARE(cache.backendFor(QStringLiteral("user:1")), replaced);
            CORO_COMPARE(cache.backends().size(), qsizetype(3));
        }());
    }

    void tagsBackendHoldsTheTagSets()
    {
        CASHEWS_RUN([]() -> QCoro::Task<> {
            Cache cache;
            BackendPtr data = cache.setup(QStringLiteral("mem://"));
            BackendPtr tags = cache.setupTagsBackend(QStringLiteral("mem://"));
            CORO_COMPARE(cache.backendFor(QStringLiteral("_tag:t")), tags);
            const QStringList t{QStringLiteral("t")};
            CORO_VERIFY(co_await cache.set(QStringLiteral("k"), 1, 60, Exist::Always, t));
            CORO_VERIFY(co_await data->exists(QStringLiteral("k")));
            CORO_VERIFY(!(co_await data->exists(QStringLiteral("_tag:t"))));
            const QStringList k{QStringLiteral("k")};
            CORO_COMPARE(co_await tags->setMembers(QStringLiteral("_tag:t")), k);
            CORO_COMPARE(co_await cache.deleteTags(t), qint64(1));
            CORO_VERIFY(!(co_await data->exists(QStringLiteral("k"))));
        }());
    }

    void tagFieldsMustBeInTheTemplate()
    {
        Cache cache;
        QVERIFY_THROWS_EXCEPTION(ValueError, cache.registerTag(QStringLiteral("user:{uid}"), QStringLiteral("u:{id}")));
        // A field repeated in the template must repeat its value.
        cache.registerTag(QStringLiteral("pair:{a}"), QStringLiteral("{a}-{a}"));
        const QStringList pair{QStringLiteral("pair:x")};
        QCOMPARE(cache.getKeyTags(QStringLiteral("x-x")), pair);
        QVERIFY(cache.getKeyTags(QStringLiteral("x-y")).isEmpty());
    }

    void disableAndEnable()
    {
        CASHEWS_RUN([]() -> QCoro::Task<> {
            Cache cache;
            cache.setup(QStringLiteral("mem://"));
            co_await cache.set(QStringLiteral("k"), 1);
            cache.disable({Command::Get});
            CORO_VERIFY(cache.isDisabled(Command::Get));
            CORO_VERIFY(cache.isEnabled(Command::Set));
            CORO_COMPARE((co_await cache.get(QStringLiteral("k"), 9)).toInt(), 9);
            const QStringList keys{QStringLiteral("k")};
            CORO_COMPARE((co_await cache.getMany(keys, 7)).first().toInt(), 1); // GET_MANY still enabled
            cache.enable();
            CORO_COMPARE((co_await cache.get(QStringLiteral("k"))).toInt(), 1);
            cache.disable();
            CORO_VERIFY(cache.isFullyDisabled());
            CORO_VERIFY(!(co_await cache.set(QStringLiteral("k2"), 1)));
            CORO_COMPARE(co_await cache.incr(QStringLiteral("n")), std::optional<qint64>());
            cache.enable();
            CORO_VERIFY(!(co_await cache.exists(QStringLiteral("k2"))));
        }());
    }

    void disablePerPrefix()
    {
        CASHEWS_RUN([]() -> QCoro::Task<> {
            Cache cache;
            cache.setup(QStringLiteral("mem://"));
            cache.setup(QStringLiteral("mem://"), {{QStringLiteral("prefix"), QStringLiteral("p:")}});
            cache.disable({Command::Set}, QStringLiteral("p:"));
            CORO_VERIFY(!(co_await cache.set(QStringLiteral("p:k"), 1)));
            CORO_VERIFY(co_await cache.set(QStringLiteral("k"), 1));
            CORO_VERIFY(!cache.isFullyDisabled());
        }());
    }

    void disablingScopeRestores()
    {
        CASHEWS_RUN([]() -> QCoro::Task<> {
            Cache cache;
            cache.setup(QStringLiteral("mem://"));
            cache.disable({Command::Delete});
            {
                auto scope = cache.disabling({Command::Set, Command::Get});
                CORO_VERIFY(!(co_await cache.set(QStringLiteral("k"), 1)));
                CORO_VERIFY(cache.isDisabled(Command::Delete));
            }
            CORO_VERIFY(co_await cache.set(QStringLiteral("k"), 1));
            CORO_VERIFY(cache.isDisabled(Command::Delete));
            CORO_VERIFY(cache.isEnabled(Command::Get));
        }());
    }

    void disabledAtSetup()
    {
        Cache cache;
        cache.setup(QStringLiteral("mem://?disable=true"));
        QVERIFY(cache.isFullyDisabled());
        Cache other;
        other.setup(QStringLiteral("mem://?enable=0"));
        QVERIFY(other.isFullyDisabled());
    }

    void middlewareOrderLastRunsFirst()
    {
        CASHEWS_RUN([]() -> QCoro::Task<> {
            auto order = std::make_shared<QStringList>();
            Cache cache;
            cache.setup(QStringLiteral("mem://"));
            for (const QString name : {QStringLiteral("m1"), QStringLiteral("m2"), QStringLiteral("m3")}) {
                cache.addMiddleware([order, name](NextCall next, Command, Backend *, CommandArgs args) {
                    order->append(name);
                    return next(std::move(args));
                });
            }
            co_await cache.set(QStringLiteral("k"), 1);
            CORO_COMPARE(*order, (QStringList{QStringLiteral("m3"), QStringLiteral("m2"), QStringLiteral("m1")}));
        }());
    }

    void middlewareRewritesArguments()
    {
        CASHEWS_RUN([]() -> QCoro::Task<> {
            // cashews' add_prefix middleware, written as a user would.
            Cache cache;
            BackendPtr backend = cache.setup(QStringLiteral("mem://"));
            cache.addMiddleware([](NextCall next, Command, Backend *, CommandArgs args) {
                for (const QString name : {QStringLiteral("key"), QStringLiteral("pattern")}) {
                    if (args.contains(name))
                        args[name] = QStringLiteral("pre:") + args[name].toString();
                }
                return next(std::move(args));
            });
            co_await cache.set(QStringLiteral("k"), 1);
            CORO_VERIFY(co_await backend->exists(QStringLiteral("pre:k")));
            CORO_COMPARE((co_await cache.get(QStringLiteral("k"))).toInt(), 1);
            QStringList keys;
            auto gen = cache.scan(QStringLiteral("k*"));
            QCORO_FOREACH(const QString &key, gen) {
                keys.append(key);
            }
            CORO_COMPARE(keys, QStringList{QStringLiteral("pre:k")});
        }());
    }

    void middlewareSeesEvents()
    {
        CASHEWS_RUN([]() -> QCoro::Task<> {
            struct Event
            {
                Command command;
                QString key;
                bool hit;
            };
            auto events = std::make_shared<QList<Event>>();
            Cache cache;
            cache.setup(QStringLiteral("mem://"));
            cache.addMiddleware([events](NextCall next, Command command, Backend *, CommandArgs args) -> QCoro::Task<QVariant> {
                const QString key = args.value(QStringLiteral("key")).toString();
                QVariant result = co_await next(std::move(args));
                events->append({command, key, result.isValid()});
                co_return result;
            });
            co_await cache.set(QStringLiteral("k"), 1);
            co_await cache.get(QStringLiteral("k"));
            co_await cache.get(QStringLiteral("missing"));
            CORO_COMPARE(events->size(), qsizetype(3));
            CORO_COMPARE((*events)[0].command, Command::Set);
            CORO_VERIFY((*events)[1].hit);
            CORO_COMPARE((*events)[2].key, QStringLiteral("missing"));
            CORO_VERIFY(!(*events)[2].hit);
        }());
    }

    void readOnlyMiddleware()
    {
        CASHEWS_RUN([]() -> QCoro::Task<> {
            Cache cache;
            cache.setup(QStringLiteral("mem://"));
            co_await cache.set(QStringLiteral("k"), 1);
            cache.addMiddleware([](NextCall next, Command command, Backend *, CommandArgs args) -> QCoro::Task<QVariant> {
                if (isWriteCommand(command))
                    throw ReadOnlyError(QStringLiteral("read-only: %1 refused").arg(commandName(command)));
                co_return co_await next(std::move(args));
            });
            CORO_VERIFY_THROWS(cache.set(QStringLiteral("k"), 2), ReadOnlyError);
            CORO_VERIFY_THROWS(cache.remove(QStringLiteral("k")), ReadOnlyError);
            CORO_COMPARE((co_await cache.get(QStringLiteral("k"))).toInt(), 1);
        }());
    }

    void getOrSet()
    {
        CASHEWS_RUN([]() -> QCoro::Task<> {
            Cache cache;
            cache.setup(QStringLiteral("mem://"));
            CORO_COMPARE((co_await cache.getOrSet(QStringLiteral("a"), QVariant(5), 10)).toInt(), 5);
            CORO_COMPARE((co_await cache.getOrSet(QStringLiteral("a"), QVariant(6), 10)).toInt(), 5);
            auto calls = std::make_shared<int>(0);
            auto factory = [calls]() -> QCoro::Task<QVariant> {
                ++*calls;
                co_return QStringLiteral("made");
            };
            CORO_COMPARE((co_await cache.getOrSet(QStringLiteral("b"), factory)).toString(), QStringLiteral("made"));
            CORO_COMPARE((co_await cache.getOrSet(QStringLiteral("b"), factory)).toString(), QStringLiteral("made"));
            CORO_COMPARE(*calls, 1);
        }());
    }

    void valuesAreCopies()
    {
        CASHEWS_RUN([]() -> QCoro::Task<> {
            Cache cache;
            cache.setup(QStringLiteral("mem://"));
            QVariantList list{1, 2};
            co_await cache.set(QStringLiteral("l"), list);
            list.append(3); // changing what was stored does not change the cache
            QVariantList got = (co_await cache.get(QStringLiteral("l"))).toList();
            CORO_COMPARE(got.size(), qsizetype(2));
            got.append(4); // nor does changing what was read
            CORO_COMPARE((co_await cache.get(QStringLiteral("l"))).toList().size(), qsizetype(2));
        }());
    }

    void expiryFollowsTheClock()
    {
        CASHEWS_RUN([]() -> QCoro::Task<> {
            auto now = std::make_shared<qint64>(1'000'000);
            setClock([now] { return *now; });
            Cache cache;
            cache.setup(QStringLiteral("mem://?check_interval=0"));
            co_await cache.set(QStringLiteral("k"), 1, "1h");
            *now += 3599'000;
            CORO_VERIFY(co_await cache.exists(QStringLiteral("k")));
            CORO_COMPARE(co_await cache.getExpire(QStringLiteral("k")), qint64(1));
            *now += 1000;
            CORO_VERIFY(!(co_await cache.exists(QStringLiteral("k"))));
            CORO_COMPARE(co_await cache.getExpire(QStringLiteral("k")), qint64(-2));
        }());
    }

    void backgroundPurge()
    {
        CASHEWS_RUN([]() -> QCoro::Task<> {
            Cache cache;
            cache.setup(QStringLiteral("mem://?check_interval=0.05&size=100000"));
            for (int i = 0; i < 12000; ++i)
                co_await cache.set(QStringLiteral("k%1").arg(i), i, 0.05);
            co_await cache.set(QStringLiteral("stays"), 1);
            co_await test::sleepMs(300);
            // Purged without anyone touching the keys (the count sees raw entries).
            CORO_COMPARE(co_await cache.getKeysCount(), qint64(1));
        }());
    }

    void memoryIndexSurvivesGrowthAndDeletes()
    {
        // mem:// keeps its own hash index: growing, deleting inside probe runs and evicting
        // must leave every other key reachable.
        CASHEWS_RUN([]() -> QCoro::Task<> {
            Cache cache;
            cache.setup(QStringLiteral("mem://?size=100000&check_interval=0"));
            constexpr int Count = 20000;
            for (int i = 0; i < Count; ++i)
                co_await cache.set(QStringLiteral("k%1").arg(i), i);
            for (int i = 0; i < Count; i += 3)
                CORO_VERIFY(co_await cache.remove(QStringLiteral("k%1").arg(i)));
            CORO_COMPARE(co_await cache.getKeysCount(), qint64(Count - (Count + 2) / 3));
            QStringList keys;
            QList<QVariant> expected;
            for (int i = 0; i < Count; ++i) {
                const QVariant value = co_await cache.get(QStringLiteral("k%1").arg(i));
                CORO_COMPARE(value, i % 3 == 0 ? QVariant() : QVariant(i));
                keys.append(QStringLiteral("k%1").arg(i));
                expected.append(i % 3 == 0 ? QVariant(-1) : QVariant(i));
            }
            CORO_COMPARE(co_await cache.getMany(keys, -1), expected);

            Cache bounded;
            bounded.setup(QStringLiteral("mem://?size=1000&check_interval=0"));
            for (int i = 0; i < 5000; ++i)
                co_await bounded.set(QStringLiteral("k%1").arg(i), i);
            CORO_COMPARE(co_await bounded.getKeysCount(), qint64(1000));
            for (int i = 0; i < 5000; ++i)
                CORO_COMPARE((co_await bounded.get(QStringLiteral("k%1").arg(i))).isValid(), i >= 4000);
        }());
    }

    void lockRunsUnlockedWhenStoreIsDown()
    {
        CASHEWS_RUN([]() -> QCoro::Task<> {
            Cache cache;
            cache.setup(QStringLiteral("mem://"));
            // A store that refuses every lock and whose ping fails, as Redis under suppress.
            cache.addMiddleware([](NextCall next, Command command, Backend *, CommandArgs args) -> QCoro::Task<QVariant> {
                if (command == Command::SetLock)
                    co_return false;
                if (command == Command::Ping)
                    throw CacheBackendInteractionError(QStringLiteral("connection refused"));
                co_return co_await next(std::move(args));
            });
            LockGuard guard = co_await cache.lock(QStringLiteral("k"), 10, false);
            CORO_VERIFY(!guard.isHeld());
        }());
    }
};

QTEST_GUILESS_MAIN(CacheTest)
#include "tst_cache.moc"
