#pragma once

#include <QByteArray>
#include <QVariant>

// Comparing decoded values in tests: typed JSON with set members sorted, so that two values
// are equal when Python would call them equal and of the same types (1 != 1.0 != True,
// nan == nan, set order ignored).
namespace cashews::test {

QByteArray canonicalJson(const QVariant &value);

} // namespace cashews::test
