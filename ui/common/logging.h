#pragma once

#include <QLoggingCategory>

namespace cashews {

// Log category of the GUI ("cashews.ui").
Q_DECLARE_LOGGING_CATEGORY(lcUi)

} // namespace cashews
