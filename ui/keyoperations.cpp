#include "keyoperations.h"

namespace cashews {

KeyOperations::~KeyOperations() = default;

} // namespace cashews
