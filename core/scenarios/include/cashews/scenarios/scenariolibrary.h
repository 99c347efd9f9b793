#pragma once

#include <QString>
#include <QStringList>

namespace cashews::scenarios {

// The built-in scenarios (resources/scenarios/*.js, compiled in as ":/scenarios/<name>.js").
// Each file opens with comment lines that explain what it shows; the first is its title.
class ScenarioLibrary
{
public:
    // The names, sorted ("stampede-unprotected", ...).
    static QStringList names();
    // The resource path of `name`; throws ScenarioError listing the names when there is none.
    static QString path(const QString &name);
    // The leading comment of the file, without the "//" markers.
    static QString description(const QString &name);
    // A script argument as cashews-cli takes it: "builtin:NAME", a bare built-in name, or a
    // file path; returns the path to load.
    static QString resolve(const QString &argument);
};

} // namespace cashews::scenarios
