#pragma once

class QCoreApplication;

namespace cashews::cli {

// Exit codes of cashews-cli.
enum ExitCode { Success = 0, Miss = 1, BadInput = 2, Failure = 3 };

// Parses the command line of `app`, runs the command on its event loop and returns the
// exit code: 0 success, 1 a miss (message on stderr), 2 bad input, 3 a store failure.
int run(QCoreApplication &app);

} // namespace cashews::cli
