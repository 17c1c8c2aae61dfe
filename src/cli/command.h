// The convention every subcommand file follows.
//
// A subcommand file exposes `void Add<Name>Command(CLI::App& app,
// CommandStatus& status)`: it adds its subcommand with its options to `app`
// and a callback that runs it and stores the exit code in `status`
// (exit_codes.h has the one table). Errors are reported on stderr by the
// subcommand itself; nothing throws out of a callback on bad input. main.cc
// is one include and one Add call per subcommand.
#pragma once

#include "cli/exit_codes.h"

namespace cli {

struct CommandStatus {
  int exit_code = kExitOk;
};

}  // namespace cli
