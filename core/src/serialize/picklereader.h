#pragma once

#include <cashews/pytypes.h>

#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QVariant>

namespace cashews {

// Reads pickles of protocols 0 to 5 into the value model of <cashews/pytypes.h>. Safe for
// untrusted bytes: every length is checked against the input before use, the stack machine
// does not recurse, building the value is bounded in depth and in total size (shared objects
// count each time they are referenced, so a small pickle cannot expand into a huge value),
// and any problem is a DecodeError. Classes other than the value model's become OpaqueObject.
class PickleReader
{
public:
    // Deepest nesting of containers accepted (Python's default recursion limit is 1000).
    static constexpr int MaxDepth = 1000;
    // Largest value accepted, in values (a shared object counts at every reference).
    static constexpr qint64 MaxValues = 10'000'000;

    // The value pickled in `data` (bytes after STOP are ignored, as Python does).
    // Throws DecodeError naming the opcode and byte offset of the problem.
    static QVariant load(QByteArrayView data);

private:
    // A mutable object under construction; the stack and memo refer to it by index, so that a
    // list memoized while empty and appended to later is seen complete, as in Python.
    struct Object
    {
        enum class Kind : quint8 { List, Tuple, Dict, Set, FrozenSet, Opaque, Global };
        explicit Object(Kind k) : kind(k) {}
        Kind kind;
        QVariantList items;                           // members, or an opaque object's args
        QList<std::pair<QVariant, QVariant>> pairs;   // dict items
        QVariantList listItems;                       // appended to an opaque object
        QString module;                               // Opaque and Global
        QString name;
        QVariant state;
        OpaqueObject::Construction construction = OpaqueObject::Construction::Reduce;
        // The built value, valid while no object was mutated since (m_epoch unchanged).
        QVariant built;
        qint64 builtSize = 0;
        quint64 builtEpoch = 0;
        bool building = false;
    };

    explicit PickleReader(QByteArrayView data) : m_data(data) {}

    QVariant run();
    void step(char op);

    // Input access; all throw DecodeError when the input is too short.
    QByteArrayView take(quint64 size);
    quint8 takeU8();
    template<typename T> T takeLittleEndian();
    QByteArrayView takeLine();

    // Stack access, honouring the innermost MARK as a fence.
    void push(const QVariant &item) { m_stack.append(item); }
    QVariant pop();
    QVariant &top();
    QVariantList popMark();
    QVariant newObject(Object object);
    Object &objectAt(const QVariant &item, const char *what);
    void memoPut(quint64 index);
    void memoGet(quint64 index);

    void loadGlobal(const QString &module, const QString &name);
    void loadReduce(OpaqueObject::Construction construction);
    void loadBuild();
    void appendTo(const QVariant &target, const QVariantList &items);
    void setItemsOn(const QVariant &target, const QVariantList &flatPairs);
    QVariant callKnown(const QString &module, const QString &name, const QVariantList &args, bool *known);

    // Turns a stack item into the final value (objects resolved recursively).
    QVariant build(const QVariant &item, int depth, qint64 &size);

    [[noreturn]] void fail(const QString &what) const;

    QByteArrayView m_data;
    qsizetype m_pos = 0;
    qsizetype m_opPos = 0;
    char m_op = 0;
    bool m_stopped = false;
    QVariantList m_stack;
    QList<qsizetype> m_marks;
    QHash<quint64, QVariant> m_memo;
    QList<Object> m_objects;
    quint64 m_epoch = 1;
};

} // namespace cashews
