// `stackwise kb show [--kb FILE]` lists a knowledge base for reading;
// `stackwise kb validate FILE` checks one and prints
// "FILE: ok (version V, N stacks, M rules)" or every problem as
// FILE:LINE:COL lines (exit 2).
#pragma once

#include <CLI/CLI.hpp>

#include "cli/command.h"

namespace cli {

void AddKbCommand(CLI::App& app, CommandStatus& status);

}  // namespace cli
