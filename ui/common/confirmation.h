#pragma once

#include <QString>

class QWidget;

namespace cashews {

// The question before a destructive or risky action: Yes / No with No as the default
// button, so that Enter never destroys anything.
class Confirmation
{
public:
    // Asks `question` (with `details`, e.g. the keys that will go, below it); true for Yes.
    static bool ask(QWidget *parent, const QString &title, const QString &question, const QString &details = {});
};

} // namespace cashews
