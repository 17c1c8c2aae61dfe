// `stackwise check FILE.md...`: re-evaluates each decision record's
// embedded answers (written by `stackwise adr`) with the current knowledge
// base (`--kb FILE` replaces it), so a team can run it in CI.
//
// Exit status: 0 when every decision still stands (superseded records are
// skipped), 3 when a recommendation changed (the old and new stack and the
// scores and weights that moved are printed), 2 when a record cannot be
// read; 2 wins over 3.
#pragma once

#include <CLI/CLI.hpp>

#include "cli/command.h"

namespace cli {

void AddCheckCommand(CLI::App& app, CommandStatus& status);

}  // namespace cli
