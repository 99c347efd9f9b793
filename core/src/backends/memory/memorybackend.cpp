#include "memorybackend.h"

#include "../bitfield.h"
#include "../storedinteger.h"
#include "../tagexpiry.h"
#include "variantsize.h"

#include <cashews/clock.h>
#include <cashews/errors.h>
#include <cashews/keycodec.h>
#include <cashews/pattern.h>
#include <cashews/settings.h>

#include <QDateTime>
#include <QLocale>
#include <QLoggingCategory>
#include <QSet>

#include <algorithm>
#include <cmath>

Q_LOGGING_CATEGORY(lcMemory, "cashews.memory")

namespace cashews {

namespace {

constexpr int PurgeChunk = 5000;

} // namespace

// Registered while a scan runs so that erasing or touching its next node moves it on.
// Lives in the generator's frame: destroying an unfinished generator unregisters it.
struct MemoryBackend::ScanCursor
{
    ScanCursor(MemoryBackend *owner)
        : backend(owner)
        , node(owner->m_tail)
        , id(++owner->m_lastScanId == 0 ? ++owner->m_lastScanId : owner->m_lastScanId)
    {
        backend->m_scanCursors.append(this);
    }
    ~ScanCursor() { backend->m_scanCursors.removeOne(this); }
    ScanCursor(const ScanCursor &) = delete;
    ScanCursor &operator=(const ScanCursor &) = delete;

    MemoryBackend *backend;
    Node *node;
    quint32 id;
};

MemoryBackend::MemoryBackend(qint64 maxSize, Ttl checkInterval, SerializerPtr serializer, QString description)
    : m_maxSize(maxSize)
    , m_serializer(std::move(serializer))
    , m_storesObjects(!m_serializer || m_serializer->storesObjects())
    , m_description(std::move(description))
{
    if (checkInterval) {
        m_purgeTimer = std::make_unique<QTimer>();
        m_purgeTimer->setInterval(static_cast<int>(std::min<qint64>(checkInterval.milliseconds(), INT_MAX)));
        QObject::connect(m_purgeTimer.get(), &QTimer::timeout, m_purgeTimer.get(), [this] { purgeChunk(); });
        m_purgeTimer->start();
    }
}

MemoryBackend::~MemoryBackend()
{
    deleteAll();
}

QString MemoryBackend::describe() const
{
    return m_description;
}

QCoro::Task<> MemoryBackend::init()
{
    co_return;
}

QCoro::Task<> MemoryBackend::close()
{
    if (m_purgeTimer)
        m_purgeTimer->stop();
    co_return;
}

qint64 MemoryBackend::expiryFrom(Ttl ttl)
{
    return ttl ? nowMs() + ttl.milliseconds() : 0;
}

MemoryBackend::Node *MemoryBackend::find(const QString &key)
{
    return find(key, m_index.hashOf(key));
}

MemoryBackend::Node *MemoryBackend::find(const QString &key, size_t hash)
{
    Node *node = m_index.find(key, hash);
    if (!node)
        return nullptr;
    // Expired keys are gone for every command (cashews' memory `exist=` still saw them).
    if (node->expireAt && node->expireAt <= nowMs()) {
        erase(node);
        return nullptr;
    }
    return node;
}

void MemoryBackend::linkFront(Node *node)
{
    node->prev = nullptr;
    node->next = m_head;
    if (m_head)
        m_head->prev = node;
    m_head = node;
    if (!m_tail)
        m_tail = node;
}

void MemoryBackend::unlink(Node *node)
{
    if (m_purgeCursor == node)
        m_purgeCursor = node->next;
    for (ScanCursor *cursor : std::as_const(m_scanCursors)) {
        if (cursor->node == node)
            cursor->node = node->prev;
    }
    if (node->prev)
        node->prev->next = node->next;
    else
        m_head = node->next;
    if (node->next)
        node->next->prev = node->prev;
    else
        m_tail = node->prev;
    node->prev = node->next = nullptr;
}

void MemoryBackend::touch(Node *node)
{
    if (m_head == node)
        return;
    unlink(node);
    linkFront(node);
}

void MemoryBackend::erase(Node *node)
{
    unlink(node);
    m_index.remove(node);
    delete node;
}

void MemoryBackend::deleteAll()
{
    for (Node *node = m_head; node;) {
        Node *next = node->next;
        delete node;
        node = next;
    }
    m_index.clear();
    m_head = m_tail = m_purgeCursor = nullptr;
    for (ScanCursor *cursor : std::as_const(m_scanCursors))
        cursor->node = nullptr;
}

MemoryBackend::Node *MemoryBackend::store(const QString &key, QVariant value, Kind kind, qint64 expireAt)
{
    const size_t hash = m_index.hashOf(key);
    if (Node *node = m_index.find(key, hash)) {
        node->value = std::move(value);
        node->kind = kind;
        node->expireAt = expireAt;
        touch(node);
        return node;
    }
    return insertNode(key, hash, std::move(value), kind, expireAt);
}

MemoryBackend::Node *MemoryBackend::insertNode(const QString &key, size_t hash, QVariant value, Kind kind,
                                               qint64 expireAt)
{
    Node *node = new Node{key, std::move(value), expireAt, nullptr, nullptr, 0, kind};
    m_index.insert(node, hash);
    linkFront(node);
    evictOverflow();
    return node;
}

void MemoryBackend::evictOverflow()
{
    // Keys are collected only for a listener: the hot path of a full cache stays lean.
    QStringList evicted;
    const bool report = hasEventListener();
    while (m_index.size() > m_maxSize && m_tail) {
        if (report)
            evicted.append(m_tail->key);
        erase(m_tail);
        ++m_evictions;
    }
    if (!evicted.isEmpty())
        emitEvent(QStringLiteral("evict"), evicted);
}

void MemoryBackend::purgeChunk()
{
    // Walks the list a chunk at a time so a large store never blocks the event loop.
    if (!m_purgeCursor)
        m_purgeCursor = m_head;
    const qint64 now = nowMs();
    for (int i = 0; i < PurgeChunk && m_purgeCursor; ++i) {
        Node *node = m_purgeCursor;
        m_purgeCursor = node->next;
        if (node->expireAt && node->expireAt <= now)
            erase(node);
    }
    if (m_purgeCursor)
        QTimer::singleShot(0, m_purgeTimer.get(), [this] { purgeChunk(); });
}

MemoryBackend::Node *MemoryBackend::containerEntry(const QString &key, Kind kind, const char *command)
{
    Node *node = find(key);
    if (node && node->kind != kind)
        throw ValueError(QStringLiteral("%1: key '%2' holds a value of another type").arg(QLatin1String(command), key));
    if (!node) {
        QVariant empty;
        switch (kind) {
        case Kind::Set: empty = QVariant::fromValue(QSet<QString>()); break;
        case Kind::Window: empty = QVariant::fromValue(QList<double>()); break;
        case Kind::Bits: empty = QByteArray(); break;
        case Kind::Value: break;
        }
        node = store(key, std::move(empty), kind, 0);
    } else {
        touch(node);
    }
    return node;
}

void MemoryBackend::decodeValue(const Node &node, QVariant &value) const
{
    // Assigned in place: a copy returned by value would cost one more QVariant round trip.
    if (node.kind != Kind::Value)
        value = QVariant(); // like a Redis GET on a set: not a cached value
    else if (m_storesObjects || node.value.metaType().id() != QMetaType::QByteArray) {
        if (node.value.isValid())
            value = node.value;
        else
            value = none();
    }
    else
        value = m_serializer->decode(node.key, node.value.toByteArray());
}

void MemoryBackend::read(const QString &key, size_t hash, QVariant &value)
{
    Node *node = find(key, hash);
    if (!node) {
        value = QVariant();
        return;
    }
    // touch() rewrites both LRU neighbours, nodes the lookup has not loaded: start loading them
    // and copy the value meanwhile (prefetching a null neighbour is harmless).
    __builtin_prefetch(node->prev, 1);
    __builtin_prefetch(node->next, 1);
    decodeValue(*node, value);
    touch(node);
}

bool MemoryBackend::tryGetNow(const QString &key, QVariant &value)
{
    read(key, m_index.hashOf(key), value);
    return true;
}

bool MemoryBackend::setValue(const QString &key, const QVariant &value, Ttl expire, Exist exist)
{
    // The key is hashed once for the existence check and the write.
    const size_t hash = m_index.hashOf(key);
    Node *node = find(key, hash);
    if ((exist == Exist::IfMissing && node) || (exist == Exist::IfExists && !node))
        return false;
    QVariant stored = m_storesObjects ? (value.isValid() ? value : none()) : QVariant(m_serializer->encode(key, value));
    if (node) {
        // An overwrite without expire keeps the old expiry, as cashews' memory backend does
        // (Redis SET clears it; the conformance suite documents both).
        if (expire)
            node->expireAt = expiryFrom(expire);
        node->value = std::move(stored);
        node->kind = Kind::Value;
        touch(node);
        return true;
    }
    insertNode(key, hash, std::move(stored), Kind::Value, expiryFrom(expire));
    return true;
}

QCoro::Task<bool> MemoryBackend::set(QString key, QVariant value, Ttl expire, Exist exist)
{
    co_return setValue(key, value, expire, exist);
}

QCoro::Task<bool> MemoryBackend::setRaw(QString key, QVariant value, Ttl expire)
{
    store(key, std::move(value), Kind::Value, expiryFrom(expire));
    co_return true;
}

QCoro::Task<bool> MemoryBackend::setMany(KeyValueList pairs, Ttl expire)
{
    for (const auto &pair : std::as_const(pairs))
        setValue(pair.first, pair.second, expire, Exist::Always);
    co_return true;
}

QCoro::Task<QVariant> MemoryBackend::get(QString key)
{
    QVariant value;
    tryGetNow(key, value);
    co_return value;
}

QCoro::Task<QVariant> MemoryBackend::getRaw(QString key)
{
    Node *node = find(key);
    co_return node ? node->value : QVariant();
}

QCoro::Task<RawPrefix> MemoryBackend::getRawPrefix(QString key, qint64 maxBytes)
{
    RawPrefix prefix;
    const Node *node = find(key);
    if (!node)
        co_return prefix;
    prefix.value = node->value;
    if (node->value.metaType().id() == QMetaType::QByteArray) {
        const QByteArray bytes = node->value.toByteArray();
        prefix.totalBytes = bytes.size();
        prefix.value = bytes.left(maxBytes);
    }
    co_return prefix;
}

QCoro::Task<QList<QVariant>> MemoryBackend::getMany(QStringList keys)
{
    // Two passes, so that the memory waits of different keys overlap instead of queueing: hash
    // every key and prefetch its slot, then read the keys in order (the LRU order of single
    // gets), prefetching the node of a key a few places ahead.
    constexpr qsizetype Ahead = 8;
    const QStringList &batch = keys; // const: the caller shares the list, keys[i] would copy it
    std::vector<size_t> hashes;
    hashes.reserve(static_cast<size_t>(batch.size()));
    for (const QString &key : batch) {
        hashes.push_back(m_index.hashOf(key));
        m_index.prefetchSlot(hashes.back());
    }
    QList<QVariant> values(batch.size());
    for (qsizetype i = 0; i < batch.size(); ++i) {
        if (i + Ahead < batch.size())
            m_index.prefetchNode(hashes[static_cast<size_t>(i + Ahead)]);
        read(batch[i], hashes[static_cast<size_t>(i)], values[i]);
    }
    co_return values;
}

QStringList MemoryBackend::matchingKeys(const QString &pattern)
{
    const GlobPattern glob(pattern);
    const qint64 now = nowMs();
    QStringList keys;
    for (const Node *node = m_head; node; node = node->next) {
        if ((!node->expireAt || node->expireAt > now) && glob.matches(node->key))
            keys.append(node->key);
    }
    return keys;
}

QCoro::AsyncGenerator<QStringList> MemoryBackend::scan(QString pattern, int batchSize)
{
    // Walks the LRU list from its oldest end towards the newest. Touched and new keys move to
    // the newest end, ahead of the cursor, so every key present for the whole scan is seen, as
    // Redis SCAN guarantees; a mark keeps a key the consumer touched (say, by reading it) from
    // coming round again. Each batch examines a bounded
    // number of keys, so a sparse pattern yields short (even empty) batches instead of
    // walking the whole store in one go.
    ScanCursor cursor(this);
    const GlobPattern glob(pattern);
    const qsizetype batch = std::max(1, batchSize);
    const qsizetype examinePerBatch = std::max<qsizetype>(batch * 10, 10000);
    while (cursor.node) {
        QStringList out;
        const qint64 now = nowMs();
        for (qsizetype examined = 0; cursor.node && out.size() < batch && examined < examinePerBatch; ++examined) {
            Node *node = cursor.node;
            cursor.node = node->prev;
            if (node->scanMark == cursor.id)
                continue;
            if ((!node->expireAt || node->expireAt > now) && glob.matches(node->key)) {
                node->scanMark = cursor.id;
                out.append(node->key);
            }
        }
        if (!out.isEmpty() || cursor.node)
            co_yield out;
    }
}

QCoro::AsyncGenerator<KeyValueList> MemoryBackend::getMatch(QString pattern, int batchSize)
{
    auto batches = scan(pattern, batchSize);
    QCORO_FOREACH(const QStringList &keys, batches) {
        KeyValueList out;
        for (const QString &key : keys) {
            QVariant value;
            tryGetNow(key, value);
            if (value.isValid())
                out.append({key, value});
        }
        if (!out.isEmpty())
            co_yield out;
    }
}

QCoro::Task<std::optional<qint64>> MemoryBackend::incr(QString key, qint64 by, Ttl expire)
{
    Node *node = find(key);
    if (!node) {
        const QVariant stored = m_storesObjects ? QVariant(by) : QVariant(QByteArray::number(by));
        store(key, stored, Kind::Value, expiryFrom(expire));
        co_return by;
    }
    const auto current = node->kind == Kind::Value ? storedInteger(node->value) : std::nullopt;
    if (!current)
        throw ValueError(QStringLiteral("incr: the value of '%1' is not an integer").arg(key));
    qint64 result = 0;
    if (qAddOverflow(*current, by, &result))
        throw OverflowError(QStringLiteral("incr: '%1' + %2 would overflow a 64-bit integer").arg(key).arg(by));
    node->value = m_storesObjects ? QVariant(result) : QVariant(QByteArray::number(result));
    touch(node);
    co_return result;
}

QCoro::Task<bool> MemoryBackend::exists(QString key)
{
    co_return find(key) != nullptr;
}

QCoro::Task<bool> MemoryBackend::remove(QString key)
{
    Node *node = find(key);
    if (!node)
        co_return false;
    erase(node);
    co_return true;
}

qint64 MemoryBackend::eraseKeys(const QStringList &keys)
{
    qint64 removed = 0;
    for (const QString &key : keys) {
        if (Node *node = find(key)) {
            erase(node);
            ++removed;
        }
    }
    return removed;
}

QCoro::Task<qint64> MemoryBackend::removeMany(QStringList keys)
{
    co_return eraseKeys(keys);
}

QCoro::Task<qint64> MemoryBackend::removeMatch(QString pattern)
{
    co_return eraseKeys(matchingKeys(pattern));
}

QCoro::Task<bool> MemoryBackend::expire(QString key, Ttl timeout)
{
    Node *node = find(key);
    if (!node)
        co_return false;
    node->expireAt = expiryFrom(timeout);
    co_return true;
}

QCoro::Task<qint64> MemoryBackend::getExpireMs(QString key)
{
    const Node *node = find(key);
    if (!node)
        co_return NotExist;
    if (!node->expireAt)
        co_return NoExpiry;
    co_return node->expireAt - nowMs();
}

QCoro::Task<bool> MemoryBackend::rename(QString key, QString newKey)
{
    Node *node = find(key);
    if (!node)
        co_return false;
    if (key == newKey)
        co_return true;
    QVariant value = node->value;
    const Kind kind = node->kind;
    const qint64 expireAt = node->expireAt;
    erase(node);
    store(newKey, std::move(value), kind, expireAt);
    co_return true;
}

QCoro::Task<QString> MemoryBackend::keyType(QString key)
{
    const Node *node = find(key);
    if (!node)
        co_return QStringLiteral("none");
    switch (node->kind) {
    case Kind::Value: co_return QStringLiteral("string");
    case Kind::Set: co_return QStringLiteral("set");
    case Kind::Window: co_return QStringLiteral("zset");
    case Kind::Bits: co_return QStringLiteral("string");
    }
    Q_UNREACHABLE();
}

QCoro::Task<QByteArray> MemoryBackend::ping(QByteArray message)
{
    if (message.isEmpty() || message == "PING")
        co_return QByteArray("PONG");
    co_return message;
}

QCoro::Task<> MemoryBackend::clear()
{
    deleteAll();
    co_return;
}

QCoro::Task<bool> MemoryBackend::setLock(QString key, QByteArray value, Ttl expire)
{
    if (find(key))
        co_return false;
    store(key, value, Kind::Value, expiryFrom(expire));
    co_return true;
}

QCoro::Task<bool> MemoryBackend::unlock(QString key, QByteArray value)
{
    // Compare-and-delete, as Redis' script does (cashews' memory backend deletes regardless).
    Node *node = find(key);
    if (!node || node->value.metaType().id() != QMetaType::QByteArray || node->value.toByteArray() != value)
        co_return false;
    erase(node);
    co_return true;
}

QCoro::Task<QList<qint64>> MemoryBackend::getBits(QString key, QList<qint64> indexes, int size)
{
    bitfield::checkArguments(key, indexes, size);
    const Node *node = find(key);
    if (node && node->kind != Kind::Bits)
        throw ValueError(QStringLiteral("get_bits: key '%1' holds a value of another type").arg(key));
    co_return bitfield::read(node ? node->value.toByteArray() : QByteArray(), indexes, size);
}

QCoro::Task<QList<qint64>> MemoryBackend::incrBits(QString key, QList<qint64> indexes, int size, qint64 by)
{
    bitfield::checkArguments(key, indexes, size);
    Node *node = containerEntry(key, Kind::Bits, "incr_bits");
    QByteArray bits = node->value.toByteArray();
    QList<qint64> values = bitfield::increment(bits, indexes, size, by);
    node->value = bits;
    co_return values;
}

QCoro::Task<qint64> MemoryBackend::sliceIncr(QString key, double start, double end, qint64 maxValue, Ttl expire)
{
    Node *node = containerEntry(key, Kind::Window, "slice_incr");
    auto window = node->value.value<QList<double>>();
    // The Redis script: drop scores below start, count [start, end], add `end` if below max.
    window.erase(std::remove_if(window.begin(), window.end(), [start](double s) { return s < start; }), window.end());
    qint64 count = std::count_if(window.begin(), window.end(), [start, end](double s) { return s >= start && s <= end; });
    if (count < maxValue) {
        ++count;
        // ZADD with member str(end): an equal timestamp is the same member.
        if (!window.contains(end))
            window.append(end);
        node->expireAt = expiryFrom(expire);
    }
    node->value = QVariant::fromValue(window);
    co_return count;
}

QCoro::Task<QList<double>> MemoryBackend::sliceEntries(QString key)
{
    const Node *node = find(key);
    if (!node || node->kind != Kind::Window)
        co_return QList<double>();
    auto window = node->value.value<QList<double>>();
    std::sort(window.begin(), window.end());
    co_return window;
}

qint64 MemoryBackend::insertMembers(Node *node, const QStringList &members)
{
    auto set = node->value.value<QSet<QString>>();
    const auto before = set.size();
    for (const QString &m : members)
        set.insert(m);
    node->value = QVariant::fromValue(set);
    return set.size() - before;
}

QCoro::Task<qint64> MemoryBackend::setAdd(QString key, QStringList members, Ttl expire)
{
    Node *node = containerEntry(key, Kind::Set, "set_add");
    const qint64 added = insertMembers(node, members);
    if (expire)
        node->expireAt = expiryFrom(expire);
    co_return added;
}

QCoro::Task<qint64> MemoryBackend::tagAdd(QString key, QStringList members, Ttl expire)
{
    const bool existed = find(key) != nullptr;
    Node *node = containerEntry(key, Kind::Set, "tag_add");
    const qint64 added = insertMembers(node, members);
    node->expireAt = tagSetExpiry(existed, node->expireAt, expiryFrom(expire));
    co_return added;
}

QCoro::Task<qint64> MemoryBackend::setRemove(QString key, QStringList members)
{
    Node *node = find(key);
    if (!node)
        co_return 0;
    if (node->kind != Kind::Set)
        throw ValueError(QStringLiteral("set_remove: key '%1' holds a value of another type").arg(key));
    auto set = node->value.value<QSet<QString>>();
    qint64 removed = 0;
    for (const QString &m : members)
        removed += set.remove(m) ? 1 : 0;
    if (set.isEmpty())
        erase(node); // Redis deletes an empty set
    else
        node->value = QVariant::fromValue(set);
    co_return removed;
}

QCoro::Task<QStringList> MemoryBackend::setPop(QString key, int count)
{
    Node *node = find(key);
    if (!node)
        co_return QStringList();
    if (node->kind != Kind::Set)
        throw ValueError(QStringLiteral("set_pop: key '%1' holds a value of another type").arg(key));
    auto set = node->value.value<QSet<QString>>();
    QStringList popped;
    for (auto it = set.begin(); it != set.end() && popped.size() < count;) {
        popped.append(*it);
        it = set.erase(it);
    }
    if (set.isEmpty())
        erase(node);
    else
        node->value = QVariant::fromValue(set);
    co_return popped;
}

QCoro::Task<QStringList> MemoryBackend::setMembers(QString key)
{
    const Node *node = find(key);
    if (!node || node->kind != Kind::Set)
        co_return QStringList();
    const auto set = node->value.value<QSet<QString>>();
    co_return QStringList(set.begin(), set.end());
}

QCoro::Task<MemberPage> MemoryBackend::memberPage(QString key, QByteArray cursor, int count)
{
    MemberPage page;
    page.type = co_await keyType(key);
    const Node *node = find(key);
    if (!node || (node->kind != Kind::Set && node->kind != Kind::Window))
        co_return page;
    // Sets and windows have no order of their own: sorted, so that offsets page stably.
    QList<MemberEntry> all;
    if (node->kind == Kind::Set) {
        const auto set = node->value.value<QSet<QString>>();
        for (const QString &member : set)
            all.append({keyToBytes(member), {}});
        std::sort(all.begin(), all.end(), [](const MemberEntry &a, const MemberEntry &b) { return a.name < b.name; });
    } else {
        auto window = node->value.value<QList<double>>();
        std::sort(window.begin(), window.end());
        // The member is str(timestamp) in Redis; here the score stands for both.
        for (const double score : window) {
            const QByteArray text = QByteArray::number(score, 'g', QLocale::FloatingPointShortest);
            all.append({text, text});
        }
    }
    const qint64 offset = pageOffset(cursor);
    page.entries = all.mid(offset, qMax(count, 1));
    page.cursor = nextPageCursor(offset, page.entries.size(), all.size());
    co_return page;
}

QCoro::Task<qint64> MemoryBackend::getSize(QString key)
{
    const Node *node = find(key);
    if (!node)
        co_return 0;
    co_return static_cast<qint64>(sizeof(Node)) + key.size() * 2 + approximateSize(node->value);
}

QCoro::Task<qint64> MemoryBackend::getKeysCount()
{
    co_return m_index.size();
}

BackendPtr createMemoryBackend(Settings &settings)
{
    const qint64 size = settings.takeInt(QStringLiteral("size"), 1000, 1, std::numeric_limits<qint32>::max());
    const Ttl checkInterval = settings.takeTtl(QStringLiteral("check_interval"), Ttl(1));
    SerializerPtr serializer = Serializer::fromSettings(settings, QStringLiteral("null"));
    return std::make_shared<MemoryBackend>(size, checkInterval, std::move(serializer), settings.redactedUrl());
}

} // namespace cashews
