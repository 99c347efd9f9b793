#include "datastreampickler.h"

#include "pyformat.h"

#include <cashews/errors.h>
#include <cashews/pytypes.h>
#include <cashews/value.h>

#include <QBuffer>
#include <QDataStream>
#include <QDate>
#include <QDateTime>

namespace cashews {

namespace {

const QByteArray Header = QByteArrayLiteral("CQDS\x01");

enum Tag : quint8 {
    NoneTag, FalseTag, TrueTag, IntTag, BigIntTag, FloatTag, StrTag, BytesTag, ListTag, TupleTag,
    DictTag, SetTag, FrozenSetTag, DateTimeTag, DateTag, DecimalTag, OpaqueTag, QtTag,
    // Appended: earlier tags keep their numbers, so stored values stay readable.
    MicroDateTimeTag
};

// The Qt value types this format carries besides the value model; each reads only
// length-checked strings or fixed-size fields from QDataStream.
bool isAllowedQtType(QMetaType type)
{
    switch (type.id()) {
    case QMetaType::QUrl:
    case QMetaType::QUuid:
    case QMetaType::QTime:
    case QMetaType::QSize:
    case QMetaType::QSizeF:
    case QMetaType::QPoint:
    case QMetaType::QPointF:
    case QMetaType::QRect:
    case QMetaType::QRectF:
    case QMetaType::QChar:
        return true;
    default:
        return false;
    }
}

void writeBytes(QDataStream &out, QByteArrayView bytes)
{
    out << quint32(bytes.size());
    out.writeRawData(bytes.data(), int(bytes.size()));
}

void writeList(QDataStream &out, const QVariantList &items, void (*writeItem)(QDataStream &, const QVariant &))
{
    out << quint32(items.size());
    for (const QVariant &item : items)
        writeItem(out, item);
}

void writeItems(QDataStream &out, const QList<std::pair<QVariant, QVariant>> &items, void (*writeItem)(QDataStream &, const QVariant &))
{
    out << quint32(items.size());
    for (const auto &[key, value] : items) {
        writeItem(out, key);
        writeItem(out, value);
    }
}

[[noreturn]] void corrupt(const QString &what)
{
    throw DecodeError(QStringLiteral("bad qdatastream value: %1").arg(what));
}

// Reads a count of items that each take at least one byte: a count beyond the bytes left is
// corrupt, so nothing is allocated from it.
quint32 readCount(QDataStream &in)
{
    quint32 count = 0;
    in >> count;
    if (in.status() != QDataStream::Ok || count > quint64(in.device()->bytesAvailable()))
        corrupt(QStringLiteral("count beyond the data"));
    return count;
}

QByteArray readBytes(QDataStream &in)
{
    const quint32 size = readCount(in);
    QByteArray bytes(qsizetype(size), Qt::Uninitialized);
    if (in.readRawData(bytes.data(), int(size)) != int(size))
        corrupt(QStringLiteral("truncated"));
    return bytes;
}

QString readString(QDataStream &in)
{
    const auto text = pyformat::decodeUtf8(readBytes(in));
    if (!text)
        corrupt(QStringLiteral("invalid UTF-8"));
    return *text;
}

} // namespace

QByteArray DataStreamPickler::dumps(const QVariant &value) const
{
    QByteArray bytes = Header;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly | QIODevice::Append);
    QDataStream out(&buffer);
    out.setVersion(QDataStream::Qt_6_4);
    write(out, value);
    return bytes;
}

QVariant DataStreamPickler::loads(const QByteArray &bytes) const
{
    if (!bytes.startsWith(Header))
        corrupt(QStringLiteral("missing CQDS header"));
    QByteArray body = bytes.mid(Header.size());
    QBuffer buffer(&body);
    buffer.open(QIODevice::ReadOnly);
    QDataStream in(&buffer);
    in.setVersion(QDataStream::Qt_6_4);
    QVariant value = read(in, 0);
    if (in.status() != QDataStream::Ok)
        corrupt(QStringLiteral("truncated"));
    if (!in.atEnd())
        corrupt(QStringLiteral("extra data after the value"));
    return value;
}

void DataStreamPickler::write(QDataStream &out, const QVariant &value)
{
    const QMetaType type = value.metaType();
    switch (type.id()) {
    case QMetaType::Nullptr:
        out << quint8(NoneTag);
        return;
    case QMetaType::Bool:
        out << quint8(value.toBool() ? TrueTag : FalseTag);
        return;
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
        out << quint8(IntTag) << qint64(value.toLongLong());
        return;
    case QMetaType::ULongLong:
        out << quint8(BigIntTag);
        writeBytes(out, QByteArray::number(value.toULongLong()));
        return;
    case QMetaType::Double:
        out << quint8(FloatTag) << value.toDouble();
        return;
    case QMetaType::QString:
        out << quint8(StrTag);
        writeBytes(out, pyformat::encodeUtf8(value.toString()));
        return;
    case QMetaType::QByteArray:
        out << quint8(BytesTag);
        writeBytes(out, value.toByteArray());
        return;
    case QMetaType::QVariantList:
    case QMetaType::QStringList:
        out << quint8(ListTag);
        writeList(out, value.toList(), &write);
        return;
    case QMetaType::QVariantMap:
    case QMetaType::QVariantHash:
        out << quint8(DictTag);
        writeItems(out, dictItems(value), &write);
        return;
    case QMetaType::QDateTime:
        out << quint8(DateTimeTag) << value.toDateTime();
        return;
    case QMetaType::QDate:
        out << quint8(DateTag) << value.toDate();
        return;
    default:
        break;
    }
    if (type == QMetaType::fromType<BigInt>()) {
        out << quint8(BigIntTag);
        writeBytes(out, value.value<BigInt>().toDecimal());
    } else if (type == QMetaType::fromType<Tuple>()) {
        out << quint8(TupleTag);
        writeList(out, value.value<Tuple>().items, &write);
    } else if (type == QMetaType::fromType<Dict>()) {
        out << quint8(DictTag);
        writeItems(out, value.value<Dict>().items(), &write);
    } else if (type == QMetaType::fromType<PySet>()) {
        out << quint8(SetTag);
        writeList(out, value.value<PySet>().items, &write);
    } else if (type == QMetaType::fromType<FrozenSet>()) {
        out << quint8(FrozenSetTag);
        writeList(out, value.value<FrozenSet>().items, &write);
    } else if (type == QMetaType::fromType<PyDateTime>()) {
        const PyDateTime dateTime = value.value<PyDateTime>();
        out << quint8(MicroDateTimeTag) << dateTime.value << qint16(dateTime.extraMicroseconds);
    } else if (type == QMetaType::fromType<Decimal>()) {
        out << quint8(DecimalTag);
        writeBytes(out, value.value<Decimal>().text.toUtf8());
    } else if (type == QMetaType::fromType<OpaqueObject>()) {
        const OpaqueObject object = value.value<OpaqueObject>();
        out << quint8(OpaqueTag);
        writeBytes(out, pyformat::encodeUtf8(object.module));
        writeBytes(out, pyformat::encodeUtf8(object.qualName));
        out << quint8(object.construction) << quint8(object.state.isValid());
        writeList(out, object.args, &write);
        if (object.state.isValid())
            write(out, object.state);
        writeList(out, object.listItems, &write);
        writeItems(out, object.dictItems.items(), &write);
    } else if (isAllowedQtType(type)) {
        out << quint8(QtTag);
        writeBytes(out, QByteArray(type.name()));
        type.save(out, value.constData());
    } else {
        throw ValueError(QStringLiteral("the qdatastream pickler cannot store a value of type %1").arg(pythonTypeName(value)));
    }
}

QVariant DataStreamPickler::read(QDataStream &in, int depth)
{
    if (depth > MaxDepth)
        corrupt(QStringLiteral("nested deeper than %1 levels").arg(MaxDepth));
    quint8 tag = 0;
    in >> tag;
    if (in.status() != QDataStream::Ok)
        corrupt(QStringLiteral("truncated"));
    const auto readItems = [&] {
        const quint32 count = readCount(in);
        QVariantList items;
        for (quint32 i = 0; i < count; ++i)
            items.append(read(in, depth + 1));
        return items;
    };
    const auto readDict = [&] {
        const quint32 count = readCount(in);
        Dict dict;
        for (quint32 i = 0; i < count; ++i) {
            const QVariant key = read(in, depth + 1);
            dict.insert(key, read(in, depth + 1));
        }
        return dict;
    };
    switch (tag) {
    case NoneTag: return none();
    case FalseTag: return false;
    case TrueTag: return true;
    case IntTag: {
        qint64 value = 0;
        in >> value;
        return qlonglong(value);
    }
    case BigIntTag:
        try {
            return BigInt::toVariant(readBytes(in));
        } catch (const ValueError &error) {
            corrupt(error.message());
        }
    case FloatTag: {
        double value = 0;
        in >> value;
        return value;
    }
    case StrTag: return readString(in);
    case BytesTag: return readBytes(in);
    case ListTag: return readItems();
    case TupleTag: return QVariant::fromValue(Tuple{readItems()});
    case DictTag: return QVariant::fromValue(readDict());
    case SetTag: return QVariant::fromValue(PySet{readItems()});
    case FrozenSetTag: return QVariant::fromValue(FrozenSet{readItems()});
    case DateTimeTag: {
        QDateTime value;
        in >> value;
        return value;
    }
    case MicroDateTimeTag: {
        QDateTime value;
        qint16 extra = 0;
        in >> value >> extra;
        if (in.status() != QDataStream::Ok || extra < 1 || extra > 999)
            corrupt(QStringLiteral("bad microseconds %1 of a datetime").arg(extra));
        return makeDateTime(value, extra);
    }
    case DateTag: {
        QDate value;
        in >> value;
        return value;
    }
    case DecimalTag: return QVariant::fromValue(Decimal{readString(in)});
    case OpaqueTag: {
        OpaqueObject object;
        object.module = readString(in);
        object.qualName = readString(in);
        quint8 construction = 0;
        quint8 hasState = 0;
        in >> construction >> hasState;
        if (construction > quint8(OpaqueObject::Construction::Global))
            corrupt(QStringLiteral("unknown object construction %1").arg(construction));
        object.construction = OpaqueObject::Construction(construction);
        object.args = readItems();
        if (hasState)
            object.state = read(in, depth + 1);
        object.listItems = readItems();
        object.dictItems = readDict();
        return QVariant::fromValue(object);
    }
    case QtTag: {
        const QByteArray name = readBytes(in);
        const QMetaType type = QMetaType::fromName(name);
        if (!isAllowedQtType(type))
            corrupt(QStringLiteral("type '%1' is not allowed").arg(QString::fromLatin1(name)));
        QVariant value(type);
        if (!type.load(in, value.data()))
            corrupt(QStringLiteral("cannot read a %1").arg(QString::fromLatin1(name)));
        return value;
    }
    default:
        corrupt(QStringLiteral("unknown tag %1").arg(tag));
    }
}

} // namespace cashews
