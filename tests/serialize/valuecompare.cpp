#include "valuecompare.h"

#include <cashews/pytypes.h>
#include <cashews/typedjson.h>

#include <algorithm>

namespace cashews::test {

namespace {

QVariant canonical(const QVariant &value);

QVariantList canonicalList(const QVariantList &items, bool sort)
{
    QVariantList out;
    for (const QVariant &item : items)
        out.append(canonical(item));
    if (sort) {
        std::sort(out.begin(), out.end(), [](const QVariant &a, const QVariant &b) {
            return toTypedJson(a) < toTypedJson(b);
        });
    }
    return out;
}

QVariant canonical(const QVariant &value)
{
    const QMetaType type = value.metaType();
    if (type.id() == QMetaType::QVariantList)
        return canonicalList(value.toList(), false);
    if (type == QMetaType::fromType<Tuple>())
        return QVariant::fromValue(Tuple{canonicalList(value.value<Tuple>().items, false)});
    if (type == QMetaType::fromType<PySet>())
        return QVariant::fromValue(PySet{canonicalList(value.value<PySet>().items, true)});
    if (type == QMetaType::fromType<FrozenSet>())
        return QVariant::fromValue(FrozenSet{canonicalList(value.value<FrozenSet>().items, true)});
    if (type == QMetaType::fromType<Dict>()) {
        Dict out;
        const Dict dict = value.value<Dict>();
        for (const auto &[key, item] : dict.items())
            out.insert(canonical(key), canonical(item));
        return QVariant::fromValue(out);
    }
    return value;
}

} // namespace

QByteArray canonicalJson(const QVariant &value)
{
    return toTypedJson(canonical(value));
}

} // namespace cashews::test
