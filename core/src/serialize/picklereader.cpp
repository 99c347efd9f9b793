#include "picklereader.h"

#include "pyformat.h"

#include <cashews/errors.h>
#include <cashews/value.h>

#include <QDate>
#include <QDateTime>
#include <QtEndian>

#include <limits>

namespace cashews::pickledetail {

// A stack item that refers to PickleReader's object table.
struct ObjectRef
{
    qsizetype index = 0;
    friend bool operator==(const ObjectRef &a, const ObjectRef &b) { return a.index == b.index; }
};

} // namespace cashews::pickledetail

Q_DECLARE_METATYPE(cashews::pickledetail::ObjectRef)

namespace cashews {

using pickledetail::ObjectRef;

namespace {

bool isRef(const QVariant &item) { return item.metaType() == QMetaType::fromType<ObjectRef>(); }

bool isString(const QVariant &item) { return item.metaType().id() == QMetaType::QString; }

// Python's escape_decode, for protocol 0's quoted STRING argument.
std::optional<QByteArray> escapeDecode(QByteArrayView text)
{
    QByteArray out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text.at(i);
        if (c != '\\') {
            out.append(c);
            continue;
        }
        if (++i >= text.size())
            return std::nullopt;
        const char e = text.at(i);
        switch (e) {
        case '\n': break;
        case '\\': out.append('\\'); break;
        case '\'': out.append('\''); break;
        case '"': out.append('"'); break;
        case 'a': out.append('\a'); break;
        case 'b': out.append('\b'); break;
        case 'f': out.append('\f'); break;
        case 'n': out.append('\n'); break;
        case 'r': out.append('\r'); break;
        case 't': out.append('\t'); break;
        case 'v': out.append('\v'); break;
        case 'x': {
            if (i + 2 >= text.size())
                return std::nullopt;
            bool ok = false;
            const int byte = text.sliced(i + 1, 2).toInt(&ok, 16);
            if (!ok)
                return std::nullopt;
            out.append(char(byte));
            i += 2;
            break;
        }
        default:
            if (e >= '0' && e <= '7') {
                int value = e - '0';
                for (int n = 0; n < 2 && i + 1 < text.size() && text.at(i + 1) >= '0' && text.at(i + 1) <= '7'; ++n)
                    value = value * 8 + (text.at(++i) - '0');
                out.append(char(value & 0xff));
            } else {
                out.append('\\');
                out.append(e);
            }
        }
    }
    return out;
}

// Python's raw-unicode-escape decoding, for protocol 0's UNICODE argument.
std::optional<QString> rawUnicodeDecode(QByteArrayView text)
{
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text.at(i);
        const qsizetype digits = (c == '\\' && i + 1 < text.size()) ? (text.at(i + 1) == 'u' ? 4 : text.at(i + 1) == 'U' ? 8 : 0) : 0;
        if (!digits) {
            out.append(QChar(char16_t(quint8(c))));
            continue;
        }
        if (i + 2 + digits > text.size())
            return std::nullopt;
        bool ok = false;
        const uint cp = text.sliced(i + 2, digits).toUInt(&ok, 16);
        if (!ok || cp > 0x10ffff)
            return std::nullopt;
        const char32_t ucs4 = cp;
        out.append(QString::fromUcs4(&ucs4, 1));
        i += 1 + digits;
    }
    return out;
}

QString opName(char op)
{
    const auto byte = quint8(op);
    if (byte >= 0x20 && byte < 0x7f)
        return QStringLiteral("'%1'").arg(QLatin1Char(op));
    return QStringLiteral("0x%1").arg(byte, 2, 16, QLatin1Char('0'));
}

} // namespace

QVariant PickleReader::load(QByteArrayView data)
{
    PickleReader reader(data);
    return reader.run();
}

void PickleReader::fail(const QString &what) const
{
    throw DecodeError(QStringLiteral("bad pickle: %1 (opcode %2 at byte %3)").arg(what, opName(m_op)).arg(m_opPos));
}

QByteArrayView PickleReader::take(quint64 size)
{
    const quint64 left = quint64(m_data.size() - m_pos);
    if (size > left)
        fail(QStringLiteral("truncated: %1 bytes needed, %2 left").arg(size).arg(left));
    const QByteArrayView out = m_data.sliced(m_pos, qsizetype(size));
    m_pos += qsizetype(size);
    return out;
}

quint8 PickleReader::takeU8()
{
    return quint8(take(1).front());
}

template<typename T>
T PickleReader::takeLittleEndian()
{
    return qFromLittleEndian<T>(take(sizeof(T)).data());
}

QByteArrayView PickleReader::takeLine()
{
    const qsizetype end = m_data.indexOf('\n', m_pos);
    if (end < 0)
        fail(QStringLiteral("truncated: missing end of line"));
    const QByteArrayView line = m_data.sliced(m_pos, end - m_pos);
    m_pos = end + 1;
    return line;
}

QVariant PickleReader::pop()
{
    const qsizetype fence = m_marks.isEmpty() ? 0 : m_marks.back();
    if (m_stack.size() <= fence)
        fail(QStringLiteral("stack underflow"));
    return m_stack.takeLast();
}

QVariant &PickleReader::top()
{
    const qsizetype fence = m_marks.isEmpty() ? 0 : m_marks.back();
    if (m_stack.size() <= fence)
        fail(QStringLiteral("stack underflow"));
    return m_stack.last();
}

QVariantList PickleReader::popMark()
{
    if (m_marks.isEmpty())
        fail(QStringLiteral("no MARK on the stack"));
    const qsizetype mark = m_marks.takeLast();
    QVariantList items = m_stack.mid(mark);
    m_stack.resize(mark);
    return items;
}

QVariant PickleReader::newObject(Object object)
{
    m_objects.append(std::move(object));
    return QVariant::fromValue(ObjectRef{m_objects.size() - 1});
}

PickleReader::Object &PickleReader::objectAt(const QVariant &item, const char *what)
{
    if (!isRef(item))
        fail(QStringLiteral("%1 applied to a %2").arg(QLatin1String(what), pythonTypeName(item)));
    return m_objects[item.value<ObjectRef>().index];
}

void PickleReader::memoPut(quint64 index)
{
    m_memo.insert(index, top());
}

void PickleReader::memoGet(quint64 index)
{
    const auto it = m_memo.constFind(index);
    if (it == m_memo.cend())
        fail(QStringLiteral("memo %1 is not defined").arg(index));
    push(*it);
}

QVariant PickleReader::run()
{
    while (!m_stopped) {
        m_opPos = m_pos;
        m_op = 0;
        m_op = char(takeU8());
        step(m_op);
    }
    if (m_stack.isEmpty())
        fail(QStringLiteral("nothing on the stack at STOP"));
    qint64 size = 0;
    return build(m_stack.last(), 0, size);
}

void PickleReader::step(char op)
{
    switch (op) {
    case '\x80': { // PROTO
        const quint8 protocol = takeU8();
        if (protocol > 5)
            fail(QStringLiteral("unsupported protocol %1").arg(protocol));
        return;
    }
    case '\x95': // FRAME: only a read-ahead hint; its length must still fit the input.
        if (takeLittleEndian<quint64>() > quint64(m_data.size() - m_pos))
            fail(QStringLiteral("frame longer than the input"));
        return;
    case '.': // STOP
        m_stopped = true;
        return;
    case '(': // MARK
        m_marks.append(m_stack.size());
        return;
    case '0': // POP (or a MARK at the top of the stack)
        if (!m_marks.isEmpty() && m_marks.back() == m_stack.size())
            m_marks.removeLast();
        else
            pop();
        return;
    case '1': // POP_MARK
        popMark();
        return;
    case '2': // DUP
        push(top());
        return;

    case 'N': push(none()); return;
    case '\x88': push(true); return;
    case '\x89': push(false); return;
    case 'K': push(qlonglong(takeU8())); return;
    case 'M': push(qlonglong(takeLittleEndian<quint16>())); return;
    case 'J': push(qlonglong(takeLittleEndian<qint32>())); return;
    case '\x8a': // LONG1
    case '\x8b': { // LONG4
        const qint64 size = op == '\x8a' ? qint64(takeU8()) : qint64(takeLittleEndian<qint32>());
        if (size < 0)
            fail(QStringLiteral("negative length"));
        try {
            push(BigInt::toVariant(BigInt::fromLittleEndian(take(quint64(size))).toDecimal()));
        } catch (const ValueError &error) {
            fail(error.message());
        }
        return;
    }
    case 'I': // INT (protocol 0): "00"/"01" are False/True
    case 'L': { // LONG (protocol 0), with a trailing 'L'
        QByteArrayView text = takeLine();
        if (op == 'I' && text == "00") {
            push(false);
            return;
        }
        if (op == 'I' && text == "01") {
            push(true);
            return;
        }
        if (op == 'L' && text.endsWith('L'))
            text.chop(1);
        try {
            push(BigInt::toVariant(text));
        } catch (const ValueError &error) {
            fail(error.message());
        }
        return;
    }
    case 'G': push(qFromBigEndian<double>(take(8).data())); return;
    case 'F':
        try {
            push(pyformat::parseFloat(takeLine()));
        } catch (const ValueError &error) {
            fail(error.message());
        }
        return;

    case '\x8c': // SHORT_BINUNICODE
    case 'X':    // BINUNICODE
    case '\x8d': { // BINUNICODE8
        const quint64 size = op == '\x8c' ? takeU8() : op == 'X' ? takeLittleEndian<quint32>() : takeLittleEndian<quint64>();
        // Python pickles str with "surrogatepass", so lone surrogates ("\ud800") are valid here.
        const auto text = pyformat::decodeUtf8SurrogatePass(take(size));
        if (!text)
            fail(QStringLiteral("invalid UTF-8 in a str"));
        push(*text);
        return;
    }
    case 'V': { // UNICODE (protocol 0)
        const auto text = rawUnicodeDecode(takeLine());
        if (!text)
            fail(QStringLiteral("invalid raw-unicode-escape text"));
        push(*text);
        return;
    }
    case 'S':   // STRING (protocol 0): a quoted Python 2 str
    case 'T':   // BINSTRING
    case 'U': { // SHORT_BINSTRING
        QByteArray bytes;
        if (op == 'S') {
            const QByteArrayView line = takeLine();
            if (line.size() < 2 || line.front() != line.back() || (line.front() != '\'' && line.front() != '"'))
                fail(QStringLiteral("the STRING opcode argument must be quoted"));
            const auto decoded = escapeDecode(line.sliced(1, line.size() - 2));
            if (!decoded)
                fail(QStringLiteral("invalid escape in STRING"));
            bytes = *decoded;
        } else {
            const qint64 size = op == 'U' ? qint64(takeU8()) : qint64(takeLittleEndian<qint32>());
            if (size < 0)
                fail(QStringLiteral("negative length"));
            bytes = take(quint64(size)).toByteArray();
        }
        // Python 3 reads Python 2 str with encoding="ASCII" by default.
        for (char c : std::as_const(bytes)) {
            if (quint8(c) >= 0x80)
                fail(QStringLiteral("non-ASCII Python 2 str"));
        }
        push(QString::fromLatin1(bytes));
        return;
    }
    case 'C':    // SHORT_BINBYTES
    case 'B':    // BINBYTES
    case '\x8e': // BINBYTES8
    case '\x96': { // BYTEARRAY8 (read as bytes)
        const quint64 size = op == 'C' ? takeU8() : op == 'B' ? takeLittleEndian<quint32>() : takeLittleEndian<quint64>();
        push(take(size).toByteArray());
        return;
    }

    case ')': push(newObject(Object(Object::Kind::Tuple))); return;
    case '\x85':
    case '\x86':
    case '\x87': { // TUPLE1..3
        const int n = op - '\x85' + 1;
        Object tuple(Object::Kind::Tuple);
        tuple.items.resize(n);
        for (int i = n - 1; i >= 0; --i)
            tuple.items[i] = pop();
        push(newObject(std::move(tuple)));
        return;
    }
    case 't': { // TUPLE
        Object tuple(Object::Kind::Tuple);
        tuple.items = popMark();
        push(newObject(std::move(tuple)));
        return;
    }
    case ']': push(newObject(Object(Object::Kind::List))); return;
    case 'l': { // LIST
        Object list(Object::Kind::List);
        list.items = popMark();
        push(newObject(std::move(list)));
        return;
    }
    case '}': push(newObject(Object(Object::Kind::Dict))); return;
    case 'd': { // DICT
        const QVariantList flat = popMark();
        const QVariant dict = newObject(Object(Object::Kind::Dict));
        setItemsOn(dict, flat);
        push(dict);
        return;
    }
    case '\x8f': push(newObject(Object(Object::Kind::Set))); return;
    case '\x91': { // FROZENSET
        Object set(Object::Kind::FrozenSet);
        set.items = popMark();
        push(newObject(std::move(set)));
        return;
    }
    case 'a': { // APPEND
        const QVariant item = pop();
        appendTo(top(), QVariantList{item});
        return;
    }
    case 'e': { // APPENDS
        const QVariantList items = popMark();
        appendTo(top(), items);
        return;
    }
    case 's': { // SETITEM
        const QVariant value = pop();
        const QVariant key = pop();
        setItemsOn(top(), QVariantList{key, value});
        return;
    }
    case 'u': { // SETITEMS
        const QVariantList flat = popMark();
        setItemsOn(top(), flat);
        return;
    }
    case '\x90': { // ADDITEMS
        const QVariantList items = popMark();
        Object &set = objectAt(top(), "ADDITEMS");
        if (set.kind != Object::Kind::Set)
            fail(QStringLiteral("ADDITEMS applied to a non-set"));
        set.items.append(items);
        ++m_epoch;
        return;
    }

    case '\x94': memoPut(quint64(m_memo.size())); return; // MEMOIZE
    case 'q': memoPut(takeU8()); return;                   // BINPUT
    case 'r': memoPut(takeLittleEndian<quint32>()); return; // LONG_BINPUT
    case 'p': {                                             // PUT
        bool ok = false;
        const quint64 index = takeLine().toULongLong(&ok);
        if (!ok)
            fail(QStringLiteral("bad PUT index"));
        memoPut(index);
        return;
    }
    case 'h': memoGet(takeU8()); return;                    // BINGET
    case 'j': memoGet(takeLittleEndian<quint32>()); return; // LONG_BINGET
    case 'g': {                                             // GET
        bool ok = false;
        const quint64 index = takeLine().toULongLong(&ok);
        if (!ok)
            fail(QStringLiteral("bad GET index"));
        memoGet(index);
        return;
    }

    case 'c': { // GLOBAL (text "module\nname\n")
        const auto module = pyformat::decodeUtf8(takeLine());
        const auto name = pyformat::decodeUtf8(takeLine());
        if (!module || !name)
            fail(QStringLiteral("invalid UTF-8 in a global name"));
        loadGlobal(*module, *name);
        return;
    }
    case '\x93': { // STACK_GLOBAL
        const QVariant name = pop();
        const QVariant module = pop();
        if (!isString(module) || !isString(name))
            fail(QStringLiteral("STACK_GLOBAL needs two str"));
        loadGlobal(module.toString(), name.toString());
        return;
    }
    case 'R': loadReduce(OpaqueObject::Construction::Reduce); return;
    case '\x81': loadReduce(OpaqueObject::Construction::NewObject); return; // NEWOBJ
    case '\x92': { // NEWOBJ_EX: accepted when the keyword arguments are empty
        const QVariant kwargs = pop();
        if (!isRef(kwargs) || objectAt(kwargs, "NEWOBJ_EX").kind != Object::Kind::Dict
            || !objectAt(kwargs, "NEWOBJ_EX").pairs.isEmpty())
            fail(QStringLiteral("NEWOBJ_EX with keyword arguments is not supported"));
        loadReduce(OpaqueObject::Construction::NewObject);
        return;
    }
    case 'b': loadBuild(); return;
    case 'i': { // INST: MARK args... "module\nname\n"
        const auto module = pyformat::decodeUtf8(takeLine());
        const auto name = pyformat::decodeUtf8(takeLine());
        if (!module || !name)
            fail(QStringLiteral("invalid UTF-8 in a global name"));
        if (module->isEmpty() || name->isEmpty())
            fail(QStringLiteral("a global needs a module and a name"));
        Object object(Object::Kind::Opaque);
        object.items = popMark();
        object.module = *module;
        object.name = *name;
        push(newObject(std::move(object)));
        return;
    }
    case 'o': { // OBJ: MARK class args...
        QVariantList items = popMark();
        if (items.isEmpty())
            fail(QStringLiteral("OBJ without a class"));
        const Object &cls = objectAt(items.front(), "OBJ");
        if (cls.kind != Object::Kind::Global)
            fail(QStringLiteral("OBJ needs a class"));
        Object object(Object::Kind::Opaque);
        object.module = cls.module;
        object.name = cls.name;
        object.construction = OpaqueObject::Construction::NewObject;
        items.removeFirst();
        object.items = items;
        push(newObject(std::move(object)));
        return;
    }

    case 'P': case 'Q':
        fail(QStringLiteral("persistent IDs are not supported"));
    case '\x82': case '\x83': case '\x84':
        fail(QStringLiteral("the copyreg extension registry is not supported"));
    case '\x97': case '\x98':
        fail(QStringLiteral("out-of-band buffers are not supported"));
    default:
        fail(QStringLiteral("unknown opcode"));
    }
}

void PickleReader::loadGlobal(const QString &module, const QString &name)
{
    if (module.isEmpty() || name.isEmpty())
        fail(QStringLiteral("a global needs a module and a name"));
    // Python 2 module names, mapped as Python 3's unpickler does (fix_imports).
    QString fixed = module;
    if (module == u"__builtin__" || module == u"exceptions")
        fixed = QStringLiteral("builtins");
    else if (module == u"copy_reg")
        fixed = QStringLiteral("copyreg");
    Object global(Object::Kind::Global);
    global.module = fixed;
    global.name = name;
    push(newObject(std::move(global)));
}

void PickleReader::loadReduce(OpaqueObject::Construction construction)
{
    const QVariant argsItem = pop();
    const QVariant callable = pop();
    const Object &args = objectAt(argsItem, "REDUCE");
    const Object &global = objectAt(callable, "REDUCE");
    if (args.kind != Object::Kind::Tuple)
        fail(QStringLiteral("REDUCE arguments must be a tuple"));
    if (global.kind == Object::Kind::Global && global.module == u"builtins" && global.name == u"getattr"
        && args.items.size() == 2 && isRef(args.items.at(0)) && isString(args.items.at(1))) {
        const Object &owner = objectAt(args.items.at(0), "REDUCE");
        if (owner.kind == Object::Kind::Global) {
            // getattr(cls, "name") is how Python pickles a bound class method (zoneinfo's
            // ZoneInfo._unpickle): the global "cls.name". Copies: loadGlobal grows m_objects.
            const QString module = owner.module;
            const QString name = owner.name + u'.' + args.items.at(1).toString();
            loadGlobal(module, name);
            return;
        }
    }
    if (global.kind != Object::Kind::Global)
        fail(QStringLiteral("REDUCE needs a class or function"));
    const QString module = global.module;
    const QString name = global.name;
    const QVariantList argItems = args.items;
    if (construction == OpaqueObject::Construction::Reduce) {
        bool known = false;
        qint64 size = 0;
        QVariantList built;
        built.reserve(argItems.size());
        for (const QVariant &item : argItems)
            built.append(build(item, 1, size));
        QVariant value = callKnown(module, name, built, &known);
        if (known) {
            push(value);
            return;
        }
    }
    Object object(Object::Kind::Opaque);
    object.module = module;
    object.name = name;
    object.items = argItems;
    object.construction = construction;
    push(newObject(std::move(object)));
}

void PickleReader::loadBuild()
{
    const QVariant state = pop();
    Object &object = objectAt(top(), "BUILD");
    if (object.kind != Object::Kind::Opaque)
        fail(QStringLiteral("BUILD applied to a built-in type"));
    object.state = state;
    ++m_epoch;
}

void PickleReader::appendTo(const QVariant &target, const QVariantList &items)
{
    Object &object = objectAt(target, "APPEND");
    if (object.kind == Object::Kind::List)
        object.items.append(items);
    else if (object.kind == Object::Kind::Opaque)
        object.listItems.append(items);
    else
        fail(QStringLiteral("APPEND applied to a non-list"));
    ++m_epoch;
}

void PickleReader::setItemsOn(const QVariant &target, const QVariantList &flatPairs)
{
    if (flatPairs.size() % 2)
        fail(QStringLiteral("odd number of items for a dict"));
    Object &object = objectAt(target, "SETITEM");
    if (object.kind != Object::Kind::Dict && object.kind != Object::Kind::Opaque)
        fail(QStringLiteral("SETITEM applied to a non-dict"));
    for (qsizetype i = 0; i < flatPairs.size(); i += 2)
        object.pairs.append({flatPairs.at(i), flatPairs.at(i + 1)});
    ++m_epoch;
}

QVariant PickleReader::callKnown(const QString &module, const QString &name, const QVariantList &args, bool *known)
{
    *known = true;
    const auto bytesArg = [&](qsizetype i) -> QByteArray {
        // Protocols 0-2 carry the state bytes as a latin-1 str.
        const QVariant arg = args.at(i);
        if (arg.metaType().id() == QMetaType::QByteArray)
            return arg.toByteArray();
        if (isString(arg) && arg.toString().toLatin1().size() == arg.toString().size())
            return arg.toString().toLatin1();
        fail(QStringLiteral("%1.%2 needs bytes, got %3").arg(module, name, pythonTypeName(arg)));
    };
    if (module == u"datetime" && name == u"datetime" && (args.size() == 1 || args.size() == 2)) {
        const QByteArray state = bytesArg(0);
        if (state.size() != 10)
            fail(QStringLiteral("datetime state of %1 bytes").arg(state.size()));
        const auto b = [&](int i) { return int(quint8(state.at(i))); };
        // The month byte's high bit is the fold flag (protocol 4+): it picks the instant of a
        // repeated hour in a zoneinfo zone; fixed offsets and naive datetimes do not keep it.
        // Microseconds below the millisecond make a PyDateTime (see makeDateTime).
        const QDate date(b(0) * 256 + b(1), b(2) & 0x7f, b(3));
        const int microsecond = (b(7) << 16) | (b(8) << 8) | b(9);
        const QTime time(b(4), b(5), b(6), microsecond / 1000);
        // Python's datetime accepts years 1 to 9999 only.
        if (!date.isValid() || date.year() < 1 || date.year() > 9999 || !time.isValid() || microsecond > 999999)
            fail(QStringLiteral("datetime state out of range"));
        if (args.size() == 1 || isNone(args.at(1)))
            return makeDateTime(QDateTime(date, time, Qt::LocalTime), microsecond % 1000);
        // datetime.timezone(datetime.timedelta(days, seconds, microseconds)[, name]).
        const QVariant tz = args.at(1);
        if (tz.metaType() == QMetaType::fromType<OpaqueObject>()) {
            const OpaqueObject zone = tz.value<OpaqueObject>();
            const OpaqueObject delta = zone.args.value(0).value<OpaqueObject>();
            if (zone.module == u"datetime" && zone.qualName == u"timezone" && !zone.args.isEmpty()
                && delta.module == u"datetime" && delta.qualName == u"timedelta" && delta.args.size() == 3) {
                const qint64 offset = delta.args.at(0).toLongLong() * 86400 + delta.args.at(1).toLongLong();
                if (offset == 0)
                    return makeDateTime(QDateTime(date, time, Qt::UTC), microsecond % 1000);
                if (offset > -86400 && offset < 86400)
                    return makeDateTime(QDateTime(date, time, Qt::OffsetFromUTC, int(offset)), microsecond % 1000);
            }
        }
        // zoneinfo.ZoneInfo(key), pickled as ZoneInfo._unpickle(key, 1) (1: from the cache, as
        // ZoneInfo(key) makes it). A zone Qt does not know, or a wall time the zone skips (Qt
        // cannot hold it unchanged), stays an opaque datetime, so it is written back as it was.
        if (tz.metaType() == QMetaType::fromType<OpaqueObject>()) {
            if (const auto key = pyformat::zoneInfoKey(tz.value<OpaqueObject>())) {
                const QTimeZone timeZone(key->toUtf8());
                const int fold = (b(2) & 0x80) ? 1 : 0;
                const auto zoned = timeZone.isValid() ? pyformat::zonedDateTime(date, time, timeZone, fold) : std::nullopt;
                // fold=1 outside a repeated hour changes nothing in Python, but only the opaque
                // form would write it back.
                if (zoned && pyformat::isZoneInfo(*zoned) && pyformat::foldOf(*zoned) == fold)
                    return makeDateTime(*zoned, microsecond % 1000);
            }
        }
        // Another tzinfo (pytz, dateutil, ...): kept as an opaque datetime.
        *known = false;
        return {};
    }
    if (module == u"datetime" && name == u"date" && args.size() == 1) {
        const QByteArray state = bytesArg(0);
        const QDate date = state.size() == 4 ? QDate(quint8(state.at(0)) * 256 + quint8(state.at(1)), quint8(state.at(2)), quint8(state.at(3))) : QDate();
        if (!date.isValid() || date.year() < 1 || date.year() > 9999)
            fail(QStringLiteral("invalid date state"));
        return date;
    }
    if (module == u"decimal" && name == u"Decimal" && args.size() == 1 && isString(args.at(0))) {
        if (!pyformat::isDecimalText(args.at(0).toString()))
            fail(QStringLiteral("'%1' is not a decimal number").arg(args.at(0).toString().left(64)));
        return QVariant::fromValue(Decimal{args.at(0).toString()});
    }
    if (module == u"builtins" && (name == u"set" || name == u"frozenset") && args.size() <= 1) {
        QVariantList members;
        if (!args.isEmpty()) {
            const QVariant source = args.at(0);
            if (source.metaType().id() == QMetaType::QVariantList)
                members = source.toList();
            else if (source.metaType() == QMetaType::fromType<Tuple>())
                members = source.value<Tuple>().items;
            else
                fail(QStringLiteral("%1() of a %2").arg(name, pythonTypeName(source)));
        }
        // Python drops duplicate members.
        QVariantList unique;
        QMultiHash<size_t, qsizetype> seen;
        for (const QVariant &member : std::as_const(members)) {
            if (!isHashable(member))
                fail(QStringLiteral("unhashable %1 member (%2)").arg(name, pythonTypeName(member)));
            const size_t h = hashValue(member);
            bool duplicate = false;
            for (auto [it, end] = seen.equal_range(h); it != end && !duplicate; ++it)
                duplicate = pyEquals(unique.at(it.value()), member);
            if (!duplicate) {
                seen.insert(h, unique.size());
                unique.append(member);
            }
        }
        return name == u"set" ? QVariant::fromValue(PySet{unique}) : QVariant::fromValue(FrozenSet{unique});
    }
    if (module == u"builtins" && (name == u"bytes" || name == u"bytearray") && args.isEmpty())
        return QByteArray();
    if (((module == u"_codecs" && name == u"encode") || (module == u"builtins" && name == u"bytearray"))
        && (args.size() == 1 || args.size() == 2)) {
        // Protocols 0-2 write bytes as _codecs.encode(latin-1 text, "latin1").
        if (args.size() == 1 && args.at(0).metaType().id() == QMetaType::QByteArray)
            return args.at(0);
        const QString encoding = args.value(1).toString().toLower();
        if (args.size() == 2 && isString(args.at(0)) && (encoding == u"latin1" || encoding == u"latin-1"))
            return bytesArg(0);
    }
    *known = false;
    return {};
}

QVariant PickleReader::build(const QVariant &item, int depth, qint64 &size)
{
    if (!isRef(item)) {
        ++size;
        return item;
    }
    const qsizetype index = item.value<ObjectRef>().index;
    {
        const Object &object = m_objects.at(index);
        if (object.builtEpoch == m_epoch) {
            size += object.builtSize;
            if (size > MaxValues)
                fail(QStringLiteral("value larger than %1 items").arg(MaxValues));
            return object.built;
        }
        if (object.building)
            fail(QStringLiteral("recursive structure (an object containing itself)"));
        if (depth > MaxDepth)
            fail(QStringLiteral("nested deeper than %1 levels").arg(MaxDepth));
    }
    m_objects[index].building = true;
    // Copies: building may not keep references into m_objects across recursive calls.
    const Object object = m_objects.at(index);
    qint64 ownSize = 1;
    const auto buildAll = [&](const QVariantList &items) {
        QVariantList out;
        out.reserve(items.size());
        for (const QVariant &child : items)
            out.append(build(child, depth + 1, ownSize));
        return out;
    };
    const auto buildDict = [&](const QList<std::pair<QVariant, QVariant>> &pairs) {
        Dict dict;
        for (const auto &[key, value] : pairs) {
            const QVariant builtKey = build(key, depth + 1, ownSize);
            // Python's unpickler fails here too (TypeError), and the writer refuses such a key.
            if (!isHashable(builtKey))
                fail(QStringLiteral("unhashable dict key (%1)").arg(pythonTypeName(builtKey)));
            dict.insert(builtKey, build(value, depth + 1, ownSize));
        }
        return dict;
    };
    QVariant value;
    switch (object.kind) {
    case Object::Kind::List:
        value = buildAll(object.items);
        break;
    case Object::Kind::Tuple:
        value = QVariant::fromValue(Tuple{buildAll(object.items)});
        break;
    case Object::Kind::Dict:
        value = QVariant::fromValue(buildDict(object.pairs));
        break;
    case Object::Kind::Set:
    case Object::Kind::FrozenSet: {
        bool known = false;
        QVariantList args;
        args.append(QVariant(buildAll(object.items)));
        value = callKnown(QStringLiteral("builtins"), object.kind == Object::Kind::Set ? QStringLiteral("set") : QStringLiteral("frozenset"),
                          args, &known);
        break;
    }
    case Object::Kind::Opaque:
    case Object::Kind::Global: {
        OpaqueObject opaque;
        opaque.module = object.module;
        opaque.qualName = object.name;
        opaque.construction = object.kind == Object::Kind::Global ? OpaqueObject::Construction::Global : object.construction;
        opaque.args = buildAll(object.items);
        if (object.state.isValid())
            opaque.state = build(object.state, depth + 1, ownSize);
        opaque.listItems = buildAll(object.listItems);
        opaque.dictItems = buildDict(object.pairs);
        value = QVariant::fromValue(opaque);
        break;
    }
    }
    if (ownSize > MaxValues)
        fail(QStringLiteral("value larger than %1 items").arg(MaxValues));
    Object &stored = m_objects[index];
    stored.building = false;
    stored.built = value;
    stored.builtSize = ownSize;
    stored.builtEpoch = m_epoch;
    size += ownSize;
    if (size > MaxValues)
        fail(QStringLiteral("value larger than %1 items").arg(MaxValues));
    return value;
}

} // namespace cashews
