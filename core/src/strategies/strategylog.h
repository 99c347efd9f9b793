#pragma once

#include <QLoggingCategory>

// The strategies' log: stored values they ignore, exceptions they cannot store, failed refreshes.
Q_DECLARE_LOGGING_CATEGORY(lcStrategy)
