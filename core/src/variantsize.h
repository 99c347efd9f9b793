#pragma once

#include <QVariant>

namespace cashews {

// Approximate bytes a value takes in memory, containers counted deeply (what cashews'
// get_obj_size measures of a Python object). Used by mem:// getSize and memoryLimit().
// `depth` stops the walk at 32 levels.
qint64 approximateSize(const QVariant &v, int depth = 0);

} // namespace cashews
