#include "picklewriter.h"

#include "pyformat.h"

#include <cashews/errors.h>
#include <cashews/pytypes.h>
#include <cashews/typedjson.h>

#include <QDate>
#include <QDateTime>
#include <QtEndian>

#include <cstring>
#include <limits>

namespace cashews {

namespace {

// Opcodes of protocols 2-5 that this writer emits.
constexpr char Mark = '(';
constexpr char Stop = '.';
constexpr char BinInt = 'J';
constexpr char BinInt1 = 'K';
constexpr char BinInt2 = 'M';
constexpr char NoneOp = 'N';
constexpr char Reduce = 'R';
constexpr char Append = 'a';
constexpr char Build = 'b';
constexpr char EmptyDict = '}';
constexpr char Appends = 'e';
constexpr char BinGet = 'h';
constexpr char LongBinGet = 'j';
constexpr char EmptyList = ']';
constexpr char SetItem = 's';
constexpr char TupleOp = 't';
constexpr char EmptyTuple = ')';
constexpr char SetItems = 'u';
constexpr char BinFloat = 'G';
constexpr char BinBytes = 'B';
constexpr char ShortBinBytes = 'C';
constexpr char BinUnicode = 'X';
constexpr char Proto = '\x80';
constexpr char NewObj = '\x81';
constexpr char Tuple1 = '\x85';
constexpr char Tuple2 = '\x86';
constexpr char NewTrue = '\x88';
constexpr char NewFalse = '\x89';
constexpr char Long1 = '\x8a';
constexpr char Long4 = '\x8b';
constexpr char ShortBinUnicode = '\x8c';
constexpr char BinUnicode8 = '\x8d';
constexpr char BinBytes8 = '\x8e';
constexpr char EmptySet = '\x8f';
constexpr char AddItems = '\x90';
constexpr char FrozenSetOp = '\x91';
constexpr char StackGlobal = '\x93';
constexpr char Memoize = '\x94';
constexpr char Frame = '\x95';

// pickle's framing and batching constants.
constexpr qsizetype FrameSizeMin = 4;
constexpr qsizetype FrameSizeTarget = 64 * 1024;
constexpr qsizetype BatchSize = 1000;

template<typename T>
QByteArray littleEndian(T value)
{
    QByteArray out(sizeof(T), '\0');
    qToLittleEndian(value, out.data());
    return out;
}

// Identity of implicitly shared data; CPython's empty str and bytes are singletons.
QByteArray identityOf(const void *data, qsizetype size, char kind)
{
    QByteArray id(1, kind);
    if (size == 0)
        return id;
    const auto address = reinterpret_cast<quintptr>(data);
    id.append(reinterpret_cast<const char *>(&address), sizeof address);
    return id;
}

} // namespace

QByteArray PickleWriter::dump(const QVariant &value)
{
    PickleWriter writer;
    writer.m_out.append(Proto);
    writer.m_out.append('\x05');
    writer.m_framing = true;
    writer.save(value);
    writer.write(Stop);
    writer.commitFrame(true);
    return writer.m_out;
}

void PickleWriter::write(QByteArrayView bytes)
{
    if (m_framing)
        m_frame.append(bytes);
    else
        m_out.append(bytes);
}

void PickleWriter::commitFrame(bool force)
{
    if (!m_framing || m_frame.isEmpty() || (!force && m_frame.size() < FrameSizeTarget))
        return;
    if (m_frame.size() >= FrameSizeMin) {
        m_out.append(Frame);
        m_out.append(littleEndian<quint64>(quint64(m_frame.size())));
    }
    m_out.append(m_frame);
    m_frame.clear();
}

void PickleWriter::writeLarge(QByteArrayView header, QByteArrayView payload)
{
    // As pickle's write_large_bytes: close the frame, then write the big payload unframed.
    if (payload.size() >= FrameSizeTarget && m_framing) {
        commitFrame(true);
        m_out.append(header);
        m_out.append(payload);
        return;
    }
    write(header);
    write(payload);
}

void PickleWriter::memoize()
{
    write(Memoize);
    ++m_memoSize;
}

void PickleWriter::remember(QHash<QByteArray, quint32> &memo, const QByteArray &identity)
{
    memo.insert(identity, m_memoSize);
    memoize();
}

bool PickleWriter::writeMemoGet(const QHash<QByteArray, quint32> &memo, const QByteArray &identity)
{
    const auto it = memo.constFind(identity);
    if (it == memo.cend())
        return false;
    if (*it < 256) {
        const char op[2] = {BinGet, char(quint8(*it))};
        write(QByteArrayView(op, 2));
    } else {
        write(LongBinGet);
        write(littleEndian<quint32>(*it));
    }
    return true;
}

void PickleWriter::saveInteger(qint64 value)
{
    // pickle's save_long: the smallest of BININT1 / BININT2 / BININT, else LONG1.
    if (value >= 0 && value <= 0xff) {
        const char op[2] = {BinInt1, char(quint8(value))};
        write(QByteArrayView(op, 2));
    } else if (value >= 0 && value <= 0xffff) {
        write(BinInt2);
        write(littleEndian<quint16>(quint16(value)));
    } else if (value >= std::numeric_limits<qint32>::min() && value <= std::numeric_limits<qint32>::max()) {
        write(BinInt);
        write(littleEndian<qint32>(qint32(value)));
    } else {
        const QByteArray bytes = BigInt::fromDecimal(QByteArray::number(value)).toLittleEndian();
        write(Long1);
        write(char(bytes.size()));
        write(bytes);
    }
}

void PickleWriter::saveText(QByteArrayView data, char shortOp, char op, char op8)
{
    QByteArray header;
    if (data.size() <= 0xff) {
        header.append(shortOp);
        header.append(char(quint8(data.size())));
    } else if (quint64(data.size()) <= 0xffffffffu) {
        header.append(op);
        header.append(littleEndian<quint32>(quint32(data.size())));
    } else {
        header.append(op8);
        header.append(littleEndian<quint64>(quint64(data.size())));
    }
    writeLarge(header, data);
}

void PickleWriter::saveAppends(const QVariantList &items, bool exactList)
{
    // CPython's batch_list_exact (lists): one item uses APPEND, otherwise MARK ... APPENDS
    // batches of 1000. batch_list (items of reduced objects) also uses APPEND for a last
    // batch of one.
    if (items.size() == 1) {
        save(items.front());
        write(Append);
        return;
    }
    qsizetype total = 0;
    while (total < items.size()) {
        if (!exactList && items.size() - total == 1) {
            save(items.at(total));
            write(Append);
            return;
        }
        write(Mark);
        for (qsizetype inBatch = 0; total < items.size() && inBatch < BatchSize; ++inBatch)
            save(items.at(total++));
        write(Appends);
    }
}

void PickleWriter::saveItems(const QList<std::pair<QVariant, QVariant>> &items, bool exactDict)
{
    // CPython's batch_dict_exact (dicts): SETITEM for one item, else batches of 1000, including
    // the empty trailing batch that a multiple of 1000 items produces. batch_dict (items of
    // reduced objects) has no empty batch and uses SETITEM for a last batch of one.
    if (items.isEmpty())
        return;
    qsizetype total = 0;
    qsizetype inBatch = 0;
    do {
        if (items.size() - total == 1 && (total == 0 || !exactDict)) {
            requireHashable(items.at(total).first, "dict key");
            save(items.at(total).first);
            save(items.at(total).second);
            write(SetItem);
            return;
        }
        if (!exactDict && total == items.size())
            return;
        write(Mark);
        for (inBatch = 0; total < items.size() && inBatch < BatchSize; ++inBatch, ++total) {
            requireHashable(items.at(total).first, "dict key");
            save(items.at(total).first);
            save(items.at(total).second);
        }
        write(SetItems);
    } while (inBatch == BatchSize);
}

void PickleWriter::saveTuple(const QVariantList &items)
{
    if (items.isEmpty()) {
        write(EmptyTuple);
        return;
    }
    if (items.size() <= 3) {
        for (const QVariant &item : items)
            save(item);
        write(char(Tuple1 + items.size() - 1));
    } else {
        write(Mark);
        for (const QVariant &item : items)
            save(item);
        write(TupleOp);
    }
    memoize();
}

void PickleWriter::requireHashable(const QVariant &value, const char *role)
{
    // Python's unpickler puts these into a real set or dict, which fails for unhashable values:
    // refusing them here keeps every path (typed JSON, C++ callers) from storing such pickles.
    if (!isHashable(value))
        throw ValueError(QStringLiteral("%1 %2 is unhashable (%3): Python cannot unpickle it")
                             .arg(QLatin1String(role), QString::fromUtf8(toTypedJson(value).left(80)), pythonTypeName(value)));
}

void PickleWriter::saveSet(const QVariantList &items, bool frozen)
{
    for (const QVariant &item : items)
        requireHashable(item, frozen ? "frozenset member" : "set member");
    if (frozen) {
        write(Mark);
        for (const QVariant &item : items)
            save(item);
        write(FrozenSetOp);
        memoize();
        return;
    }
    write(EmptySet);
    memoize();
    if (items.isEmpty())
        return;
    qsizetype total = 0;
    qsizetype inBatch = 0;
    do {
        write(Mark);
        for (inBatch = 0; total < items.size() && inBatch < BatchSize; ++inBatch)
            save(items.at(total++));
        write(AddItems);
    } while (inBatch == BatchSize);
}

void PickleWriter::saveGlobal(const QString &module, const QString &name)
{
    const QByteArray moduleUtf8 = pyformat::encodeUtf8(module);
    const QByteArray globalKey = moduleUtf8 + '\n' + pyformat::encodeUtf8(name);
    commitFrame(false);
    if (writeMemoGet(m_globalMemo, globalKey))
        return;
    // The module name is one shared string object in Python, the qualified name is not.
    commitFrame(false);
    if (!writeMemoGet(m_moduleMemo, moduleUtf8)) {
        saveText(moduleUtf8, ShortBinUnicode, BinUnicode, BinUnicode8);
        remember(m_moduleMemo, moduleUtf8);
    }
    commitFrame(false);
    saveText(pyformat::encodeUtf8(name), ShortBinUnicode, BinUnicode, BinUnicode8);
    memoize();
    write(StackGlobal);
    remember(m_globalMemo, globalKey);
}

void PickleWriter::saveReduce(const QString &module, const QString &name, const QVariantList &args)
{
    saveGlobal(module, name);
    commitFrame(false);
    saveTuple(args);
    write(Reduce);
    memoize();
}

void PickleWriter::saveTimezone(int offsetSeconds)
{
    const QByteArray key = QByteArray::number(offsetSeconds);
    if (writeMemoGet(m_timezoneMemo, key))
        return;
    // datetime.timezone(datetime.timedelta(days, seconds, 0)); timedelta normalizes a negative
    // offset to days=-1, seconds=86400+offset.
    const int days = offsetSeconds < 0 ? -1 : 0;
    const int seconds = offsetSeconds - days * 86400;
    saveGlobal(QStringLiteral("datetime"), QStringLiteral("timezone"));
    commitFrame(false);
    saveReduce(QStringLiteral("datetime"), QStringLiteral("timedelta"), QVariantList{days, seconds, 0});
    write(Tuple1);
    memoize();
    write(Reduce);
    remember(m_timezoneMemo, key);
}

void PickleWriter::saveZoneInfo(const QString &zone)
{
    const QByteArray key = "zone:" + zone.toUtf8();
    if (writeMemoGet(m_timezoneMemo, key))
        return;
    // As Python pickles ZoneInfo(key): getattr(zoneinfo.ZoneInfo, "_unpickle")(key, 1). The two
    // strings are new objects each time in Python, so they are never memo hits.
    saveGlobal(QStringLiteral("builtins"), QStringLiteral("getattr"));
    commitFrame(false);
    saveGlobal(QStringLiteral("zoneinfo"), QStringLiteral("ZoneInfo"));
    commitFrame(false);
    saveText("_unpickle", ShortBinUnicode, BinUnicode, BinUnicode8);
    memoize();
    write(Tuple2);
    memoize();
    write(Reduce);
    memoize();
    commitFrame(false);
    saveText(pyformat::encodeUtf8(zone), ShortBinUnicode, BinUnicode, BinUnicode8);
    memoize();
    commitFrame(false);
    saveInteger(1);
    write(Tuple2);
    memoize();
    write(Reduce);
    remember(m_timezoneMemo, key);
}

void PickleWriter::saveDateTime(const QVariant &value)
{
    if (value.metaType().id() == QMetaType::QDate) {
        const QDate date = value.toDate();
        if (date.year() < 1 || date.year() > 9999)
            throw ValueError(QStringLiteral("date %1 is outside Python's years 1-9999").arg(date.toString(Qt::ISODate)));
        QByteArray state(4, '\0');
        state[0] = char(date.year() >> 8);
        state[1] = char(date.year() & 0xff);
        state[2] = char(date.month());
        state[3] = char(date.day());
        saveReduce(QStringLiteral("datetime"), QStringLiteral("date"), QVariantList{state});
        return;
    }
    const QDateTime dateTime = toDateTime(value).value_or(QDateTime());
    const QDate date = dateTime.date();
    const QTime time = dateTime.time();
    if (!dateTime.isValid() || date.year() < 1 || date.year() > 9999)
        throw ValueError(QStringLiteral("datetime '%1' is invalid or outside Python's years 1-9999").arg(dateTime.toString(Qt::ISODateWithMs)));
    // datetime's pickle state: year (2 bytes), month, day, hour, minute, second, microsecond (3 bytes).
    const int microsecond = time.msec() * 1000 + extraMicroseconds(value);
    QByteArray state(10, '\0');
    state[0] = char(date.year() >> 8);
    state[1] = char(date.year() & 0xff);
    const bool zoneInfo = pyformat::isZoneInfo(dateTime);
    // The month byte's high bit is Python's fold (the later instant of a repeated hour).
    state[2] = char(date.month() | (zoneInfo && pyformat::foldOf(dateTime) ? 0x80 : 0));
    state[3] = char(date.day());
    state[4] = char(time.hour());
    state[5] = char(time.minute());
    state[6] = char(time.second());
    state[7] = char((microsecond >> 16) & 0xff);
    state[8] = char((microsecond >> 8) & 0xff);
    state[9] = char(microsecond & 0xff);

    saveGlobal(QStringLiteral("datetime"), QStringLiteral("datetime"));
    commitFrame(false);
    save(state);
    if (dateTime.timeSpec() == Qt::LocalTime) {
        write(Tuple1); // naive
    } else {
        commitFrame(false);
        if (zoneInfo)
            saveZoneInfo(QString::fromUtf8(dateTime.timeZone().id()));
        else
            saveTimezone(dateTime.offsetFromUtc());
        write(Tuple2);
    }
    memoize();
    write(Reduce);
    memoize();
}

void PickleWriter::saveObject(const QVariant &value)
{
    const OpaqueObject object = value.value<OpaqueObject>();
    // A ZoneInfo read outside a datetime Qt can hold (or alone): written the way Python pickles it.
    if (const auto zone = pyformat::zoneInfoKey(object)) {
        saveZoneInfo(*zone);
        return;
    }
    if (object.construction == OpaqueObject::Construction::Global) {
        saveGlobal(object.module, object.qualName);
        return;
    }
    saveGlobal(object.module, object.qualName);
    commitFrame(false);
    saveTuple(object.args);
    write(object.construction == OpaqueObject::Construction::NewObject ? NewObj : Reduce);
    memoize();
    // save_reduce's order: list items, dict items, then the BUILD state.
    if (!object.listItems.isEmpty())
        saveAppends(object.listItems, false);
    saveItems(object.dictItems.items(), false);
    if (object.state.isValid()) {
        save(object.state);
        write(Build);
    }
}

void PickleWriter::save(const QVariant &value)
{
    commitFrame(false);
    const QMetaType type = value.metaType();
    switch (type.id()) {
    case QMetaType::Nullptr:
        write(NoneOp);
        return;
    case QMetaType::Bool:
        write(value.toBool() ? NewTrue : NewFalse);
        return;
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
        saveInteger(value.toLongLong());
        return;
    case QMetaType::ULongLong:
        if (value.toULongLong() <= quint64(std::numeric_limits<qint64>::max())) {
            saveInteger(qint64(value.toULongLong()));
            return;
        }
        save(QVariant::fromValue(BigInt::fromDecimal(QByteArray::number(value.toULongLong()))));
        return;
    case QMetaType::Double: {
        QByteArray bytes(8, '\0');
        qToBigEndian(value.toDouble(), bytes.data());
        write(BinFloat);
        write(bytes);
        return;
    }
    case QMetaType::QString: {
        const QString *text = static_cast<const QString *>(value.constData());
        const QByteArray identity = identityOf(text->constData(), text->size(), 's');
        if (writeMemoGet(m_dataMemo, identity))
            return;
        saveText(pyformat::encodeUtf8(*text), ShortBinUnicode, BinUnicode, BinUnicode8);
        m_keepAlive.append(value);
        remember(m_dataMemo, identity);
        return;
    }
    case QMetaType::QByteArray: {
        const QByteArray *bytes = static_cast<const QByteArray *>(value.constData());
        const QByteArray identity = identityOf(bytes->constData(), bytes->size(), 'b');
        if (writeMemoGet(m_dataMemo, identity))
            return;
        saveText(*bytes, ShortBinBytes, BinBytes, BinBytes8);
        m_keepAlive.append(value);
        remember(m_dataMemo, identity);
        return;
    }
    case QMetaType::QVariantList:
    case QMetaType::QStringList:
        write(EmptyList);
        memoize();
        if (!value.toList().isEmpty())
            saveAppends(value.toList(), true);
        return;
    case QMetaType::QVariantMap:
    case QMetaType::QVariantHash:
        write(EmptyDict);
        memoize();
        saveItems(dictItems(value), true);
        return;
    case QMetaType::QDateTime:
    case QMetaType::QDate:
        saveDateTime(value);
        return;
    default:
        break;
    }
    if (type == QMetaType::fromType<PyDateTime>()) {
        saveDateTime(value);
        return;
    }
    if (type == QMetaType::fromType<Dict>()) {
        write(EmptyDict);
        memoize();
        saveItems(value.value<Dict>().items(), true);
    } else if (type == QMetaType::fromType<Tuple>()) {
        saveTuple(value.value<Tuple>().items);
    } else if (type == QMetaType::fromType<PySet>()) {
        saveSet(value.value<PySet>().items, false);
    } else if (type == QMetaType::fromType<FrozenSet>()) {
        saveSet(value.value<FrozenSet>().items, true);
    } else if (type == QMetaType::fromType<BigInt>()) {
        const QByteArray bytes = value.value<BigInt>().toLittleEndian();
        if (bytes.size() < 256) {
            write(Long1);
            write(char(quint8(bytes.size())));
        } else {
            write(Long4);
            write(littleEndian<qint32>(qint32(bytes.size())));
        }
        write(bytes);
    } else if (type == QMetaType::fromType<Decimal>()) {
        saveReduce(QStringLiteral("decimal"), QStringLiteral("Decimal"), QVariantList{value.value<Decimal>().text});
    } else if (type == QMetaType::fromType<OpaqueObject>()) {
        saveObject(value);
    } else {
        throw ValueError(QStringLiteral("cannot pickle a value of type %1").arg(pythonTypeName(value)));
    }
}

} // namespace cashews
