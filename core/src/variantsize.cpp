#include "variantsize.h"

#include <QSet>

namespace cashews {

qint64 approximateSize(const QVariant &v, int depth)
{
    constexpr qint64 base = sizeof(QVariant);
    if (depth > 32)
        return base;
    switch (v.metaType().id()) {
    case QMetaType::QString:
        return base + v.toString().size() * 2;
    case QMetaType::QByteArray:
        return base + v.toByteArray().size();
    case QMetaType::QVariantList: {
        qint64 total = base;
        for (const QVariant &item : v.toList())
            total += approximateSize(item, depth + 1);
        return total;
    }
    case QMetaType::QVariantMap: {
        qint64 total = base;
        const QVariantMap map = v.toMap();
        for (auto it = map.begin(); it != map.end(); ++it)
            total += it.key().size() * 2 + approximateSize(it.value(), depth + 1);
        return total;
    }
    default:
        break;
    }
    if (v.canConvert<QSet<QString>>()) {
        qint64 total = base;
        for (const QString &s : v.value<QSet<QString>>())
            total += s.size() * 2 + 16;
        return total;
    }
    return base + (v.metaType().isValid() ? v.metaType().sizeOf() : 0);
}

} // namespace cashews
