#pragma once

#include <QString>

#include <functional>

class QWidget;

// Helpers shared by the GUI tests.
namespace cashews::test {

// The store URL of a data row: "mem://" as is; "redis" reads the fixture's URL from the file
// named by CASHEWS_REDIS_URL_FILE and appends `/database`. Empty when no fixture is usable.
QString storeUrl(const QString &store, int database);

// Calls `handle` with the next modal widget (QMessageBox, QInputDialog, ...) once it shows.
void onNextModal(std::function<void(QWidget *)> handle);

} // namespace cashews::test
