#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QWidget;

namespace cashews {

// The question before a destructive or risky action: Yes / No with No as the default and
// Escape button, so that Enter never destroys anything.
class Confirmation
{
    Q_DECLARE_TR_FUNCTIONS(cashews::Confirmation)

public:
    // Keys listed in full before "… and N more".
    static constexpr int ListedKeys = 10;

    // Asks `question` (with `details`, e.g. the keys that will go, below it); true for Yes.
    static bool ask(QWidget *parent, const QString &title, const QString &question, const QString &details = {});
    // Asks `question`, showing `keys` below it (see keyList()); true only when Yes was chosen.
    static bool destructive(QWidget *parent, const QString &title, const QString &question, const QStringList &keys);
    // `keys` as the lines of such a list (escaped for display, at most ListedKeys of them).
    static QString keyList(const QStringList &keys);
};

} // namespace cashews
