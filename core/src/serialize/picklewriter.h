#pragma once

#include <QByteArray>
#include <QHash>
#include <QVariant>

namespace cashews {

// Writes values of <cashews/pytypes.h> as pickle protocol 5, byte for byte as CPython's
// pickle.dumps(value, protocol=5) does for the same Python value: same opcodes, memo,
// batches of 1000 and 64 KiB frames, so that Python reads it and stored bytes compare equal.
class PickleWriter
{
public:
    // Throws ValueError naming the type of a value that has no Python equivalent.
    static QByteArray dump(const QVariant &value);

private:
    PickleWriter() = default;

    void save(const QVariant &value);
    void saveInteger(qint64 value);
    void saveText(QByteArrayView utf8, char shortOp, char op, char op8);
    void saveAppends(const QVariantList &items, bool exactList);
    void saveItems(const QList<std::pair<QVariant, QVariant>> &items, bool exactDict);
    void saveTuple(const QVariantList &items);
    void saveSet(const QVariantList &items, bool frozen);
    // Throws ValueError naming `value` (a set member or dict key, per `role`) when unhashable.
    static void requireHashable(const QVariant &value, const char *role);
    void saveGlobal(const QString &module, const QString &name);
    void saveReduce(const QString &module, const QString &name, const QVariantList &args);
    void saveDateTime(const QVariant &value);
    void saveTimezone(int offsetSeconds);
    // zoneinfo.ZoneInfo(zone), memoized per zone name.
    void saveZoneInfo(const QString &zone);
    void saveObject(const QVariant &value);

    void write(QByteArrayView bytes);
    void write(char op) { write(QByteArrayView(&op, 1)); }
    void writeLarge(QByteArrayView header, QByteArrayView payload);
    void commitFrame(bool force);
    void memoize();
    // Writes a memo GET and returns true when `identity` was memoized before.
    bool writeMemoGet(const QHash<QByteArray, quint32> &memo, const QByteArray &identity);
    void remember(QHash<QByteArray, quint32> &memo, const QByteArray &identity);

    QByteArray m_out;
    QByteArray m_frame;
    bool m_framing = false;
    quint32 m_memoSize = 0;
    // Python memoizes by object identity. Here: str/bytes by the address of their shared
    // (implicitly shared) data, which stays alive in m_keepAlive; classes by name; timezone
    // objects by offset. Mutable containers are never aliased, so Python never sees two
    // names for one list where the C++ value had two equal copies.
    QHash<QByteArray, quint32> m_dataMemo;
    QHash<QByteArray, quint32> m_globalMemo;
    QHash<QByteArray, quint32> m_moduleMemo;
    QHash<QByteArray, quint32> m_timezoneMemo;
    QVariantList m_keepAlive;
};

} // namespace cashews
