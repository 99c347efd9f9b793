#include "common/logging.h"

namespace cashews {

Q_LOGGING_CATEGORY(lcUi, "cashews.ui")

} // namespace cashews
