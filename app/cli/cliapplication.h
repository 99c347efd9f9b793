#pragma once

#include <QByteArray>
#include <QList>

class QCoreApplication;

namespace cashews::cli {

// Exit codes of cashews-cli.
enum ExitCode { Success = 0, Miss = 1, BadInput = 2, Failure = 3 };

// Parses `rawArguments` (argv as given, program name first: Qt's arguments() lose bytes that
// are not UTF-8), runs the command on the event loop of `app` and returns the exit code:
// 0 success, 1 a miss (message on stderr), 2 bad input (including signing options that do not
// fit the value), 3 a store failure (unreachable, WRONGTYPE, undecodable bytes).
int run(QCoreApplication &app, const QList<QByteArray> &rawArguments);

} // namespace cashews::cli
