#include "diskstore.h"

#include "../bitfield.h"
#include "../rawbytes.h"
#include "../tagexpiry.h"

#include <cashews/backend.h>
#include <cashews/errors.h>
#include <cashews/keycodec.h>
#include <cashews/pattern.h>

#include <QDir>
#include <QFile>
#include <QLocale>

#include <algorithm>
#include <limits>

namespace cashews {

namespace {

// A bit field is at most 2^32 bits, as in Redis.
// Bytes one sliding-window timestamp counts towards size_limit.
constexpr qint64 WindowScoreSize = 8;

qint64 expiryFrom(Ttl ttl, qint64 now)
{
    return ttl.hasExpiry() ? now + ttl.milliseconds() : 0;
}

// The smallest byte string greater than every string starting with `prefix` (empty = none).
QByteArray prefixEnd(QByteArray prefix)
{
    while (!prefix.isEmpty()) {
        const auto last = static_cast<unsigned char>(prefix.back());
        if (last < 0xff) {
            prefix.back() = static_cast<char>(last + 1);
            return prefix;
        }
        prefix.chop(1);
    }
    return {};
}

ValueError wrongKind(const QString &key, const char *command)
{
    return ValueError(QStringLiteral("disk: %1 on key '%2', which holds another kind of value")
                          .arg(QString::fromUtf8(command), displayKey(key)));
}

} // namespace

DiskStore::DiskStore(DiskOptions options, SerializerPtr serializer)
    : m_options(std::move(options))
    , m_serializer(std::move(serializer))
    , m_shardLimit(m_options.sizeLimit > 0 ? qMax<qint64>(1, m_options.sizeLimit / m_options.shards) : 0)
{
    for (int i = 0; i < m_options.shards; ++i)
        m_touches.push_back(std::make_shared<DiskTouches>());
}

std::unique_ptr<DiskStore> DiskStore::inlineSibling() const
{
    // The serializer is shared: encode() and decode() are const and keep no state between calls.
    auto sibling = std::make_unique<DiskStore>(m_options, m_serializer);
    sibling->m_mode = DiskShard::Mode::Inline;
    sibling->m_touches = m_touches;
    return sibling;
}

QString DiskStore::shardFile(const QString &directory, int index)
{
    return QDir(directory).filePath(QStringLiteral("shard-%1.sqlite").arg(index, 3, 10, QLatin1Char('0')));
}

void DiskStore::checkFiles() const
{
    if (m_options.recreateCorrupt)
        return;
    for (int i = 0; i < m_options.shards; ++i) {
        QFile file(shardFile(m_options.directory, i));
        if (!file.exists() || file.size() == 0)
            continue;
        if (!file.open(QIODevice::ReadOnly))
            throw SettingsError(QStringLiteral("disk: cannot read shard file '%1': %2").arg(file.fileName(), file.errorString()));
        if (file.read(16) != QByteArray("SQLite format 3\0", 16))
            throw SettingsError(QStringLiteral("disk: '%1' is not an SQLite database; remove it, point directory= "
                                               "elsewhere or set on_corrupt=recreate")
                                    .arg(file.fileName()));
    }
}

void DiskStore::open()
{
    m_shards.clear();
    for (int i = 0; i < m_options.shards; ++i) {
        auto shard = std::make_unique<DiskShard>(shardFile(m_options.directory, i), m_options, m_shardLimit, m_mode,
                                                 m_touches.at(size_t(i)));
        shard->open();
        const DiskShard *self = shard.get();
        shard->setPeers(
            [this, self] {
                return std::any_of(m_shards.cbegin(), m_shards.cend(), [self](const auto &other) {
                    return other.get() != self && other->holdsBatchTransaction();
                });
            },
            [this, self] {
                for (auto &other : m_shards) {
                    if (other.get() != self)
                        other->commitHeld();
                }
            });
        m_shards.push_back(std::move(shard));
    }
}

void DiskStore::ensureOpen()
{
    if (m_closed)
        throw CacheBackendInteractionError(QStringLiteral("disk: %1 was closed").arg(m_options.directory));
    if (m_shards.empty())
        open();
}

void DiskStore::close()
{
    m_closed = true;
    for (auto &shard : m_shards)
        shard->close();
    m_shards.clear();
}

void DiskStore::beginBatch()
{
    m_batching = true;
    for (auto &shard : m_shards)
        shard->beginBatch();
}

void DiskStore::commitBatch()
{
    m_batching = false;
    std::exception_ptr failure;
    for (auto &shard : m_shards) {
        try {
            shard->commitBatch();
        } catch (...) {
            if (!failure)
                failure = std::current_exception();
        }
    }
    if (failure)
        std::rethrow_exception(failure);
}

void DiskStore::endReads()
{
    for (auto &shard : m_shards)
        shard->endRead();
}

int DiskStore::shardIndex(const QByteArray &key) const
{
    quint32 hash = 2166136261U;
    for (const char c : key) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 16777619U;
    }
    return static_cast<int>(hash % static_cast<quint32>(m_options.shards));
}

DiskShard &DiskStore::shardFor(const QByteArray &key)
{
    return *m_shards.at(size_t(shardIndex(key)));
}

std::optional<DiskStore::Row> DiskStore::liveRow(DiskShard &shard, const QByteArray &key, qint64 now)
{
    shard.beginRead();
    auto query = shard.prepare("SELECT kind, value, expire_at, size FROM entries WHERE key = ?1");
    query.bind(1, key);
    if (!query.next())
        return std::nullopt;
    Row row;
    row.expireAt = query.isNullAt(2) ? 0 : query.int64At(2);
    if (row.expireAt != 0 && row.expireAt <= now)
        return std::nullopt;
    row.kind = int(query.int64At(0));
    row.value = query.bytesAt(1);
    row.size = query.int64At(3);
    return row;
}

void DiskStore::checkFits(const QString &key, qint64 size) const
{
    // A value above the per-shard limit would evict the whole shard and then itself.
    if (m_shardLimit > 0 && size > m_shardLimit)
        throw ValueError(QStringLiteral("disk: key '%1' with its value is %2 bytes, more than the %3 bytes "
                                        "size_limit allows per shard")
                             .arg(displayKey(key))
                             .arg(size)
                             .arg(m_shardLimit));
}

void DiskStore::upsert(DiskShard &shard, const QByteArray &key, int kind, const QByteArray &bytes, qint64 expireAt, qint64 now)
{
    // A write without expiry keeps the live expiry of the value it replaces, as cashews' disk
    // and memory backends do (Redis SET clears it; the conformance suite pins both).
    shard.prepare("INSERT INTO entries(key, kind, value, expire_at, access, size) VALUES (?1, ?2, ?3, ?4, ?5, ?6) "
                  "ON CONFLICT(key) DO UPDATE SET kind = excluded.kind, value = excluded.value, "
                  "expire_at = CASE WHEN excluded.expire_at IS NULL AND entries.expire_at > excluded.access "
                  "THEN entries.expire_at ELSE excluded.expire_at END, "
                  "access = excluded.access, size = excluded.size")
        .bind(1, key)
        .bind(2, qint64(kind))
        .bind(3, bytes)
        .bindOptional(4, expireAt)
        .bind(5, now)
        .bind(6, qint64(key.size() + bytes.size()))
        .run();
}

bool DiskStore::writeBytes(const QString &key, int kind, const QByteArray &bytes, Ttl expire, Exist exist, qint64 now)
{
    const QByteArray k = keyToBytes(key);
    checkFits(key, k.size() + bytes.size());
    DiskShard &shard = shardFor(k);
    return shard.write(now, [&] {
        if (exist != Exist::Always) {
            const bool live = liveRow(shard, k, now).has_value();
            if (live != (exist == Exist::IfExists))
                return false;
        }
        upsert(shard, k, kind, bytes, expiryFrom(expire, now), now);
        return true;
    });
}

bool DiskStore::set(const QString &key, const QVariant &value, Ttl expire, Exist exist, qint64 now)
{
    return writeBytes(key, DiskShard::Value, m_serializer->encode(key, value), expire, exist, now);
}

bool DiskStore::setRaw(const QString &key, const QVariant &value, Ttl expire, qint64 now)
{
    return writeBytes(key, DiskShard::Raw, rawBytes(key, value), expire, Exist::Always, now);
}

bool DiskStore::setMany(const KeyValueList &pairs, Ttl expire, qint64 now)
{
    // One transaction per shard: the pairs of a shard are written together or not at all.
    QHash<int, QList<QPair<QByteArray, QByteArray>>> byShard;
    for (const auto &[key, value] : pairs) {
        QByteArray k = keyToBytes(key);
        QByteArray bytes = m_serializer->encode(key, value);
        checkFits(key, k.size() + bytes.size());
        const int index = shardIndex(k);
        byShard[index].append({std::move(k), std::move(bytes)});
    }
    const qint64 expireAt = expiryFrom(expire, now);
    for (auto it = byShard.cbegin(); it != byShard.cend(); ++it) {
        DiskShard &shard = *m_shards.at(size_t(it.key()));
        shard.write(now, [&] {
            for (const auto &[k, bytes] : it.value())
                upsert(shard, k, DiskShard::Value, bytes, expireAt, now);
            return true;
        });
    }
    return true;
}

QVariant DiskStore::decode(const QString &key, int kind, const QByteArray &bytes) const
{
    if (kind != DiskShard::Value && kind != DiskShard::Raw)
        return {};
    return m_serializer->decode(key, bytes);
}

std::optional<DiskStore::Row> DiskStore::readRow(const QString &key, qint64 now)
{
    const QByteArray k = keyToBytes(key);
    DiskShard &shard = shardFor(k);
    auto row = liveRow(shard, k, now);
    if (row)
        shard.touch(k, now);
    return row;
}

QVariant DiskStore::get(const QString &key, qint64 now)
{
    const auto row = readRow(key, now);
    return row ? decode(key, row->kind, row->value) : QVariant();
}

QVariant DiskStore::getRaw(const QString &key, qint64 now)
{
    const auto row = readRow(key, now);
    if (!row)
        return {};
    switch (row->kind) {
    case DiskShard::Set:
        return setMembers(key, now);
    case DiskShard::Window: {
        QVariantList scores;
        for (const double score : windowScores(keyToBytes(key)))
            scores.append(score);
        return scores;
    }
    default:
        return row->value;
    }
}

RawPrefix DiskStore::getRawPrefix(const QString &key, qint64 maxBytes, qint64 now)
{
    const QByteArray k = keyToBytes(key);
    DiskShard &shard = shardFor(k);
    shard.beginRead();
    RawPrefix prefix;
    int kind = DiskShard::Value;
    {
        // substr() reads only the requested pages of a large value.
        auto query = shard.prepare("SELECT kind, length(value), substr(value, 1, ?2), expire_at FROM entries WHERE key = ?1");
        query.bind(1, k).bind(2, std::max<qint64>(maxBytes, 0));
        if (!query.next())
            return prefix;
        const qint64 expireAt = query.isNullAt(3) ? 0 : query.int64At(3);
        if (expireAt != 0 && expireAt <= now)
            return prefix;
        kind = int(query.int64At(0));
        prefix.totalBytes = query.int64At(1);
        prefix.value = query.bytesAt(2);
    }
    if (kind == DiskShard::Set || kind == DiskShard::Window) {
        prefix.totalBytes = -1;
        prefix.value = getRaw(key, now);
        return prefix;
    }
    shard.touch(k, now);
    return prefix;
}

QList<double> DiskStore::sliceEntries(const QString &key, qint64 now)
{
    const QByteArray k = keyToBytes(key);
    const auto row = liveRow(shardFor(k), k, now);
    if (!row || row->kind != DiskShard::Window)
        return {};
    return windowScores(k);
}

QList<double> DiskStore::windowScores(const QByteArray &key)
{
    QList<double> scores;
    auto query = shardFor(key).prepare("SELECT score FROM windows WHERE key = ?1 ORDER BY score");
    query.bind(1, key);
    while (query.next())
        scores.append(query.doubleAt(0));
    return scores;
}

QList<QVariant> DiskStore::getMany(const QStringList &keys, qint64 now)
{
    // As a batch of its own when the worker ran it alone: one read transaction per shard
    // instead of one per key.
    const bool ownBatch = !m_batching;
    if (ownBatch)
        beginBatch();
    QList<QVariant> values;
    values.reserve(keys.size());
    try {
        for (const QString &key : keys)
            values.append(get(key, now));
    } catch (...) {
        // A read transaction left open would hide every later write from this connection.
        if (ownBatch)
            commitBatch();
        throw;
    }
    if (ownBatch)
        commitBatch();
    return values;
}

template<typename Emit>
void DiskStore::page(const QString &pattern, DiskCursor &cursor, int pageSize, qint64 now, bool withValues, Emit emit)
{
    const GlobPattern glob(pattern);
    const QByteArray prefix = keyToBytes(glob.literalPrefix());
    const QByteArray end = prefixEnd(prefix);
    if (cursor.from.isEmpty())
        cursor.from = prefix;
    while (!cursor.done) {
        if (cursor.shard >= int(m_shards.size())) {
            cursor.done = true;
            return;
        }
        DiskShard &shard = *m_shards[size_t(cursor.shard)];
        shard.beginRead();
        // Two statements: an open upper bound written as "?2 IS NULL OR key < ?2" would stop
        // SQLite from ending the index range at the prefix.
        auto query = end.isEmpty()
            ? shard.prepare("SELECT key, kind, value FROM entries WHERE key >= ?1 "
                            "AND (expire_at IS NULL OR expire_at > ?3) ORDER BY key LIMIT ?4")
            : shard.prepare("SELECT key, kind, value FROM entries WHERE key >= ?1 AND key < ?2 "
                            "AND (expire_at IS NULL OR expire_at > ?3) ORDER BY key LIMIT ?4");
        query.bind(1, cursor.from).bind(3, now).bind(4, qint64(pageSize));
        if (!end.isEmpty())
            query.bind(2, end);
        int rows = 0;
        QByteArray last;
        while (query.next()) {
            ++rows;
            last = query.bytesAt(0);
            const QString key = keyFromBytes(last);
            if (glob.matches(key))
                emit(key, int(query.int64At(1)), withValues ? query.bytesAt(2) : QByteArray());
        }
        if (rows < pageSize) {
            ++cursor.shard;
            cursor.from = prefix;
        } else {
            // The smallest key after `last`.
            cursor.from = last + '\0';
        }
        if (rows > 0)
            return;
    }
}

QStringList DiskStore::scanPage(const QString &pattern, DiskCursor &cursor, int pageSize, qint64 now)
{
    QStringList keys;
    page(pattern, cursor, pageSize, now, false, [&](const QString &key, int, const QByteArray &) { keys.append(key); });
    return keys;
}

KeyValueList DiskStore::matchPage(const QString &pattern, DiskCursor &cursor, int pageSize, qint64 now)
{
    KeyValueList pairs;
    page(pattern, cursor, pageSize, now, true, [&](const QString &key, int kind, const QByteArray &bytes) {
        // Undecodable values and non-string kinds are skipped, as the Backend contract says.
        QVariant value = decode(key, kind, bytes);
        if (value.isValid())
            pairs.append({key, std::move(value)});
    });
    return pairs;
}

qint64 DiskStore::incr(const QString &key, qint64 by, Ttl expire, qint64 now)
{
    const QByteArray k = keyToBytes(key);
    DiskShard &shard = shardFor(k);
    return shard.write(now, [&] {
        const auto row = liveRow(shard, k, now);
        qint64 current = 0;
        qint64 expireAt = 0;
        if (row) {
            if (row->kind != DiskShard::Value && row->kind != DiskShard::Raw)
                throw wrongKind(key, "incr");
            bool ok = false;
            current = row->value.toLongLong(&ok);
            if (!ok)
                throw ValueError(QStringLiteral("disk: incr on key '%1', whose value is not an integer").arg(displayKey(key)));
            expireAt = row->expireAt;
        }
        qint64 result = 0;
        if (__builtin_add_overflow(current, by, &result))
            throw OverflowError(QStringLiteral("disk: incr on key '%1' + %2 would overflow a 64-bit integer").arg(displayKey(key)).arg(by));
        // The expiry is set when this call creates the key (never inferred from the result).
        if (!row && expire.hasExpiry())
            expireAt = expiryFrom(expire, now);
        upsert(shard, k, DiskShard::Value, QByteArray::number(result), expireAt, now);
        return result;
    });
}

bool DiskStore::exists(const QString &key, qint64 now)
{
    const QByteArray k = keyToBytes(key);
    return liveRow(shardFor(k), k, now).has_value();
}

qint64 DiskStore::removeMany(const QStringList &keys, qint64 now)
{
    QHash<int, QList<QByteArray>> byShard;
    for (const QString &key : keys) {
        QByteArray k = keyToBytes(key);
        const int index = shardIndex(k);
        byShard[index].append(std::move(k));
    }
    qint64 removed = 0;
    for (auto it = byShard.cbegin(); it != byShard.cend(); ++it) {
        DiskShard &shard = *m_shards.at(size_t(it.key()));
        removed += shard.write(now, [&] {
            qint64 count = 0;
            for (const QByteArray &k : it.value()) {
                shard.dropIfExpired(k, now);
                shard.prepare("DELETE FROM entries WHERE key = ?1").bind(1, k).run();
                count += shard.changes();
            }
            return count;
        });
    }
    return removed;
}

bool DiskStore::expire(const QString &key, Ttl timeout, qint64 now)
{
    const QByteArray k = keyToBytes(key);
    DiskShard &shard = shardFor(k);
    return shard.write(now, [&] {
        shard.prepare("UPDATE entries SET expire_at = ?2 WHERE key = ?1 AND (expire_at IS NULL OR expire_at > ?3)")
            .bind(1, k)
            .bindOptional(2, expiryFrom(timeout, now))
            .bind(3, now)
            .run();
        return shard.changes() > 0;
    });
}

qint64 DiskStore::getExpireMs(const QString &key, qint64 now)
{
    const QByteArray k = keyToBytes(key);
    const auto row = liveRow(shardFor(k), k, now);
    if (!row)
        return NotExist;
    return row->expireAt == 0 ? NoExpiry : row->expireAt - now;
}

bool DiskStore::rename(const QString &key, const QString &newKey, qint64 now)
{
    const QByteArray from = keyToBytes(key);
    const QByteArray to = keyToBytes(newKey);
    DiskShard &source = shardFor(from);
    DiskShard &target = shardFor(to);
    if (&source == &target) {
        return source.write(now, [&] {
            if (!liveRow(source, from, now))
                return false;
            if (from == to)
                return true;
            source.prepare("DELETE FROM entries WHERE key = ?1").bind(1, to).run();
            for (const char *sql : {"UPDATE entries SET key = ?2 WHERE key = ?1", "UPDATE members SET key = ?2 WHERE key = ?1",
                                    "UPDATE windows SET key = ?2 WHERE key = ?1"})
                source.prepare(sql).bind(1, from).bind(2, to).run();
            return true;
        });
    }
    // Across two files there is no atomic transaction in WAL mode: copy first, then delete,
    // so a crash in between leaves both keys rather than neither.
    const auto row = liveRow(source, from, now);
    if (!row)
        return false;
    QList<QByteArray> members;
    QList<double> scores;
    {
        auto query = source.prepare("SELECT member FROM members WHERE key = ?1");
        query.bind(1, from);
        while (query.next())
            members.append(query.bytesAt(0));
    }
    {
        auto query = source.prepare("SELECT score FROM windows WHERE key = ?1");
        query.bind(1, from);
        while (query.next())
            scores.append(query.doubleAt(0));
    }
    target.write(now, [&] {
        target.prepare("DELETE FROM entries WHERE key = ?1").bind(1, to).run();
        target.prepare("INSERT INTO entries(key, kind, value, expire_at, access, size) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
            .bind(1, to)
            .bind(2, qint64(row->kind))
            .bind(3, row->value)
            .bindOptional(4, row->expireAt)
            .bind(5, now)
            .bind(6, row->size - from.size() + to.size())
            .run();
        for (const QByteArray &member : std::as_const(members))
            target.prepare("INSERT INTO members(key, member) VALUES (?1, ?2)").bind(1, to).bind(2, member).run();
        for (double score : std::as_const(scores))
            target.prepare("INSERT INTO windows(key, score) VALUES (?1, ?2)").bind(1, to).bind(2, score).run();
        return true;
    });
    source.write(now, [&] {
        source.prepare("DELETE FROM entries WHERE key = ?1").bind(1, from).run();
        return true;
    });
    return true;
}

QString DiskStore::keyType(const QString &key, qint64 now)
{
    const QByteArray k = keyToBytes(key);
    const auto row = liveRow(shardFor(k), k, now);
    if (!row)
        return QStringLiteral("none");
    switch (row->kind) {
    case DiskShard::Set:
        return QStringLiteral("set");
    case DiskShard::Window:
        return QStringLiteral("zset");
    default:
        // Bit fields included: Redis keeps them in strings, and the memory backend agrees.
        return QStringLiteral("string");
    }
}

void DiskStore::ping()
{
    for (auto &shard : m_shards)
        shard->prepare("SELECT 1").run();
}

void DiskStore::clear(qint64 now)
{
    for (auto &shard : m_shards) {
        shard->write(now, [&] {
            shard->prepare("DELETE FROM windows").run();
            shard->prepare("DELETE FROM members").run();
            shard->prepare("DELETE FROM entries").run();
            return true;
        });
    }
}

bool DiskStore::setLock(const QString &key, const QByteArray &value, Ttl expire, qint64 now)
{
    return writeBytes(key, DiskShard::Raw, value, expire, Exist::IfMissing, now);
}

bool DiskStore::unlock(const QString &key, const QByteArray &value, qint64 now)
{
    const QByteArray k = keyToBytes(key);
    DiskShard &shard = shardFor(k);
    // Compare-and-delete in one statement (cashews' memory backend ignored the value; Redis does not).
    return shard.write(now, [&] {
        shard.prepare("DELETE FROM entries WHERE key = ?1 AND value = ?2 AND kind IN (0, 1) "
                      "AND (expire_at IS NULL OR expire_at > ?3)")
            .bind(1, k)
            .bind(2, value)
            .bind(3, now)
            .run();
        return shard.changes() > 0;
    });
}

QList<qint64> DiskStore::getBits(const QString &key, const QList<qint64> &indexes, int size, qint64 now)
{
    bitfield::checkArguments(key, indexes, size);
    const QByteArray k = keyToBytes(key);
    DiskShard &shard = shardFor(k);
    const auto row = liveRow(shard, k, now);
    if (row && row->kind != DiskShard::Bits)
        throw wrongKind(key, "get_bits");
    if (row)
        shard.touch(k, now);
    return bitfield::read(row ? row->value : QByteArray(), indexes, size);
}

QList<qint64> DiskStore::incrBits(const QString &key, const QList<qint64> &indexes, int size, qint64 by, qint64 now)
{
    bitfield::checkArguments(key, indexes, size);
    const QByteArray k = keyToBytes(key);
    DiskShard &shard = shardFor(k);
    return shard.write(now, [&] {
        const auto row = liveRow(shard, k, now);
        if (row && row->kind != DiskShard::Bits)
            throw wrongKind(key, "incr_bits");
        QByteArray bits = row ? row->value : QByteArray();
        QList<qint64> values = bitfield::increment(bits, indexes, size, by);
        checkFits(key, k.size() + bits.size());
        upsert(shard, k, DiskShard::Bits, bits, row ? row->expireAt : 0, now);
        return values;
    });
}

void DiskStore::ensureContainer(DiskShard &shard, const QByteArray &key, int kind, const char *command, qint64 now)
{
    shard.dropIfExpired(key, now);
    shard.prepare("INSERT INTO entries(key, kind, value, expire_at, access, size) VALUES (?1, ?2, NULL, NULL, ?3, ?4) "
                  "ON CONFLICT(key) DO UPDATE SET access = excluded.access")
        .bind(1, key)
        .bind(2, qint64(kind))
        .bind(3, now)
        .bind(4, qint64(key.size()))
        .run();
    auto query = shard.prepare("SELECT kind FROM entries WHERE key = ?1");
    query.bind(1, key);
    if (query.next() && query.int64At(0) != kind)
        throw wrongKind(keyFromBytes(key), command);
}

qint64 DiskStore::sliceIncr(const QString &key, double start, double end, qint64 maxValue, Ttl expire, qint64 now)
{
    const QByteArray k = keyToBytes(key);
    DiskShard &shard = shardFor(k);
    return shard.write(now, [&] {
        ensureContainer(shard, k, DiskShard::Window, "slice_incr", now);
        shard.prepare("DELETE FROM windows WHERE key = ?1 AND score < ?2").bind(1, k).bind(2, start).run();
        qint64 count = 0;
        {
            auto query = shard.prepare("SELECT count(*) FROM windows WHERE key = ?1 AND score BETWEEN ?2 AND ?3");
            query.bind(1, k).bind(2, start).bind(3, end);
            count = query.next() ? query.int64At(0) : 0;
        }
        if (count < maxValue) {
            shard.prepare("INSERT INTO windows(key, score) VALUES (?1, ?2)").bind(1, k).bind(2, end).run();
            ++count;
        }
        qint64 total = 0;
        {
            auto query = shard.prepare("SELECT count(*) FROM windows WHERE key = ?1");
            query.bind(1, k);
            total = query.next() ? query.int64At(0) : 0;
        }
        if (total == 0) {
            // An empty window is no key, like an empty Redis sorted set.
            shard.prepare("DELETE FROM entries WHERE key = ?1").bind(1, k).run();
            return count;
        }
        shard.prepare("UPDATE entries SET size = ?2, expire_at = coalesce(?3, expire_at) WHERE key = ?1")
            .bind(1, k)
            .bind(2, qint64(k.size()) + total * WindowScoreSize)
            .bindOptional(3, expiryFrom(expire, now))
            .run();
        return count;
    });
}

qint64 DiskStore::setAdd(const QString &key, const QStringList &members, Ttl expire, qint64 now)
{
    return addMembers(key, members, expire, false, now);
}

qint64 DiskStore::tagAdd(const QString &key, const QStringList &members, Ttl expire, qint64 now)
{
    return addMembers(key, members, expire, true, now);
}

qint64 DiskStore::addMembers(const QString &key, const QStringList &members, Ttl expire, bool tagSet, qint64 now)
{
    const QByteArray k = keyToBytes(key);
    DiskShard &shard = shardFor(k);
    return shard.write(now, [&] {
        // A tag set's expiry depends on whether it existed: read before ensureContainer creates it.
        const std::optional<Row> before = tagSet ? liveRow(shard, k, now) : std::nullopt;
        ensureContainer(shard, k, DiskShard::Set, tagSet ? "tag_add" : "set_add", now);
        qint64 added = 0;
        qint64 bytes = 0;
        for (const QString &member : members) {
            const QByteArray m = keyToBytes(member);
            shard.prepare("INSERT OR IGNORE INTO members(key, member) VALUES (?1, ?2)").bind(1, k).bind(2, m).run();
            if (shard.changes() > 0) {
                ++added;
                bytes += m.size();
            }
        }
        if (tagSet) {
            const qint64 expireAt = tagSetExpiry(before.has_value(), before ? before->expireAt : 0, expiryFrom(expire, now));
            shard.prepare("UPDATE entries SET size = size + ?2, expire_at = ?3 WHERE key = ?1")
                .bind(1, k)
                .bind(2, bytes)
                .bindOptional(3, expireAt)
                .run();
        } else {
            shard.prepare("UPDATE entries SET size = size + ?2, expire_at = coalesce(?3, expire_at) WHERE key = ?1")
                .bind(1, k)
                .bind(2, bytes)
                .bindOptional(3, expiryFrom(expire, now))
                .run();
        }
        return added;
    });
}

qint64 DiskStore::setRemove(const QString &key, const QStringList &members, qint64 now)
{
    const QByteArray k = keyToBytes(key);
    DiskShard &shard = shardFor(k);
    return shard.write(now, [&] {
        const auto row = liveRow(shard, k, now);
        if (!row)
            return qint64(0);
        if (row->kind != DiskShard::Set)
            throw wrongKind(key, "set_remove");
        qint64 removed = 0;
        qint64 bytes = 0;
        for (const QString &member : members) {
            const QByteArray m = keyToBytes(member);
            shard.prepare("DELETE FROM members WHERE key = ?1 AND member = ?2").bind(1, k).bind(2, m).run();
            if (shard.changes() > 0) {
                ++removed;
                bytes += m.size();
            }
        }
        shard.prepare("UPDATE entries SET size = size - ?2 WHERE key = ?1").bind(1, k).bind(2, bytes).run();
        shard.prepare("DELETE FROM entries WHERE key = ?1 AND NOT EXISTS (SELECT 1 FROM members WHERE key = ?1)").bind(1, k).run();
        return removed;
    });
}

QStringList DiskStore::setPop(const QString &key, int count, qint64 now)
{
    const QByteArray k = keyToBytes(key);
    DiskShard &shard = shardFor(k);
    return shard.write(now, [&] {
        QStringList popped;
        const auto row = liveRow(shard, k, now);
        if (!row || count <= 0)
            return popped;
        if (row->kind != DiskShard::Set)
            throw wrongKind(key, "set_pop");
        QList<QByteArray> chosen;
        {
            // Random members, as SPOP picks them.
            auto query = shard.prepare("SELECT member FROM members WHERE key = ?1 ORDER BY random() LIMIT ?2");
            query.bind(1, k).bind(2, qint64(count));
            while (query.next())
                chosen.append(query.bytesAt(0));
        }
        qint64 bytes = 0;
        for (const QByteArray &m : std::as_const(chosen)) {
            shard.prepare("DELETE FROM members WHERE key = ?1 AND member = ?2").bind(1, k).bind(2, m).run();
            bytes += m.size();
            popped.append(keyFromBytes(m));
        }
        shard.prepare("UPDATE entries SET size = size - ?2 WHERE key = ?1").bind(1, k).bind(2, bytes).run();
        shard.prepare("DELETE FROM entries WHERE key = ?1 AND NOT EXISTS (SELECT 1 FROM members WHERE key = ?1)").bind(1, k).run();
        return popped;
    });
}

QStringList DiskStore::setMembers(const QString &key, qint64 now)
{
    const QByteArray k = keyToBytes(key);
    DiskShard &shard = shardFor(k);
    QStringList members;
    const auto row = liveRow(shard, k, now);
    if (!row)
        return members;
    if (row->kind != DiskShard::Set)
        throw wrongKind(key, "set_members");
    shard.touch(k, now);
    auto query = shard.prepare("SELECT member FROM members WHERE key = ?1");
    query.bind(1, k);
    while (query.next())
        members.append(keyFromBytes(query.bytesAt(0)));
    return members;
}

MemberPage DiskStore::memberPage(const QString &key, const QByteArray &cursor, int count, qint64 now)
{
    MemberPage page;
    page.type = keyType(key, now);
    const QByteArray k = keyToBytes(key);
    const auto row = liveRow(shardFor(k), k, now);
    if (!row || (row->kind != DiskShard::Set && row->kind != DiskShard::Window))
        return page;
    const qint64 offset = Backend::pageOffset(cursor);
    const qint64 limit = qMax(count, 1);
    // One row more than the page tells whether another page follows.
    auto query = shardFor(k).prepare(row->kind == DiskShard::Set
                                         ? "SELECT member FROM members WHERE key = ?1 ORDER BY member LIMIT ?2 OFFSET ?3"
                                         : "SELECT score FROM windows WHERE key = ?1 ORDER BY score LIMIT ?2 OFFSET ?3");
    query.bind(1, k).bind(2, limit + 1).bind(3, offset);
    qint64 fetched = 0;
    while (query.next()) {
        if (++fetched > limit)
            continue;
        if (row->kind == DiskShard::Set) {
            page.entries.append({query.bytesAt(0), {}});
        } else {
            // The member is str(timestamp) in Redis; here the score stands for both.
            const QByteArray text = QByteArray::number(query.doubleAt(0), 'g', QLocale::FloatingPointShortest);
            page.entries.append({text, text});
        }
    }
    page.cursor = Backend::nextPageCursor(offset, page.entries.size(), offset + fetched);
    return page;
}

qint64 DiskStore::getSize(const QString &key, qint64 now)
{
    const QByteArray k = keyToBytes(key);
    const auto row = liveRow(shardFor(k), k, now);
    return row ? row->size : 0;
}

qint64 DiskStore::getKeysCount(qint64 now)
{
    qint64 count = 0;
    for (auto &shard : m_shards) {
        auto query = shard->prepare("SELECT count(*) FROM entries WHERE expire_at IS NULL OR expire_at > ?1");
        query.bind(1, now);
        if (query.next())
            count += query.int64At(0);
    }
    return count;
}

qint64 DiskStore::purgeExpired(qint64 now)
{
    qint64 purged = 0;
    for (auto &shard : m_shards)
        purged += shard->write(now, [&] { return shard->purgeExpired(now, std::numeric_limits<qint64>::max()); });
    return purged;
}

QStringList DiskStore::takeEvicted()
{
    QStringList keys;
    for (auto &shard : m_shards) {
        const QList<QByteArray> evicted = shard->takeEvicted();
        for (const QByteArray &k : evicted)
            keys.append(keyFromBytes(k));
    }
    return keys;
}

QList<int> DiskStore::takeCheckpointRequests()
{
    QList<int> indexes;
    for (size_t i = 0; i < m_shards.size(); ++i) {
        if (m_shards[i]->takeCheckpointRequest())
            indexes.append(int(i));
    }
    return indexes;
}

void DiskStore::checkpoint(int index)
{
    // False means another connection was checkpointing the file, which does the same work.
    m_shards.at(size_t(index))->checkpoint();
}

qint64 DiskStore::storedEvictions()
{
    qint64 total = 0;
    for (auto &shard : m_shards)
        total += shard->storedEvictions();
    return total;
}

} // namespace cashews
