#include "store/keyoperations.h"

namespace cashews {

KeyOperations::~KeyOperations() = default;

} // namespace cashews
