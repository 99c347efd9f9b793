#pragma once

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace cashews::cli {

// The raw command line (argv, program name first) as QCommandLineParser should see it.
// Throws UsageError naming an argument that is not UTF-8 (Qt would turn its bytes into U+FFFD
// and the command would store another key or value than the one typed).
// Negative numbers ("-5", "-1.5") are positional arguments, not options: they are moved after
// a "--" together with the other positional arguments, keeping their order. `valueOptions`
// are the option names that take a value (their value is never moved).
QStringList parserArguments(const QList<QByteArray> &raw, const QSet<QString> &valueOptions);

} // namespace cashews::cli
