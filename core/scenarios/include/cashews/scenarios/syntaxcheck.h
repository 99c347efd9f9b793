#pragma once

#include <QList>
#include <QString>

namespace cashews::scenarios {

// A pre-scan for the syntax and globals Qt 6.4's QJSEngine lacks (it implements ES2016 plus
// ?? and ?.): async/await, object spread/rest, optional catch binding, dynamic import(),
// Promise.prototype.finally, Promise.allSettled/any, setTimeout and its kin. The engine's own
// SyntaxError for these is cryptic ("Expected token `,'"), so the loader runs this first and
// names the construct in plain words with its line and column. Strings, template literals,
// comments and regular expressions are skipped.
class SyntaxCheck
{
public:
    struct Finding
    {
        int line = 0;   // 1-based
        int column = 0; // 1-based
        QString message;
    };

    // Every unsupported construct in `source`, in order.
    static QList<Finding> scan(const QString &source);
};

} // namespace cashews::scenarios
