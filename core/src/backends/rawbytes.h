#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>

namespace cashews {

// What set_raw stores in a byte store: bytes as they are, text as UTF-8, integers in
// decimal, floats in their shortest form, booleans as 1/0. Any other type throws ValueError
// naming the key and the type (there is no raw form for it).
QByteArray rawBytes(const QString &key, const QVariant &value);

} // namespace cashews
