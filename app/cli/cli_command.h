// A subcommand of vlmwb-cli. Each built command lives in its own command_<name>.cpp and registers
// itself in commands.cpp; a command that is not built yet has no run function and says so.
#pragma once

#include <QStringList>
#include <QTextStream>

namespace vlmwb::cli {

struct CliStreams {
    QTextStream &out;
    QTextStream &err;
};

using CommandFunction = int (*)(const QStringList &arguments, CliStreams streams);

struct CliCommand {
    const char *name;
    const char *summary; // translated in the "vlmwb::cli" context
    CommandFunction run; // nullptr: not built yet
};

const QList<CliCommand> &cliCommands();

// Exit codes shared by every command.
enum ExitCode {
    exitOk = 0,
    exitFailure = 1,   // some input could not be processed; the message says which
    exitUsage = 2,     // the command line is wrong
    exitNotBuilt = 3,  // the subcommand exists in the design but is not implemented yet
};

} // namespace vlmwb::cli
