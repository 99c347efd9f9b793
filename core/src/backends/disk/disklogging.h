#pragma once

#include <QLoggingCategory>

// Log category of the disk:// backend (evictions, recreated shards, background failures).
Q_DECLARE_LOGGING_CATEGORY(lcCashewsDisk)
