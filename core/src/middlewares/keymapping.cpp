#include "keymapping.h"

#include <cashews/value.h>

namespace cashews {

CommandArgs mapKeys(CommandArgs args, const std::function<QString(const QString &)> &map)
{
    for (const QString &name : {QStringLiteral("key"), QStringLiteral("new_key"), QStringLiteral("pattern")}) {
        auto it = args.find(name);
        if (it != args.end())
            *it = map(it->toString());
    }
    if (auto it = args.find(QStringLiteral("keys")); it != args.end()) {
        QStringList keys = it->value<QStringList>();
        for (QString &key : keys)
            key = map(key);
        *it = QVariant::fromValue(keys);
    }
    if (auto it = args.find(QStringLiteral("pairs")); it != args.end()) {
        KeyValueList pairs = it->value<KeyValueList>();
        for (KeyValue &pair : pairs)
            pair.first = map(pair.first);
        *it = QVariant::fromValue(pairs);
    }
    return args;
}

} // namespace cashews
