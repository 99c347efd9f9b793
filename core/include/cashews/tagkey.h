#pragma once

#include <QString>

namespace cashews {

// cashews' layout of tags: the keys of a tag live in the set "_tag:" + the rendered tag.
inline const QString &tagKeyPrefix()
{
    static const QString prefix = QStringLiteral("_tag:");
    return prefix;
}

} // namespace cashews
