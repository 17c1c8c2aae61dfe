// `stackwise ask [--kb FILE]`: the questionnaire in the terminal, then the
// text report, then an offer to save the profile JSON and the ADR.
// Reads answers line by line from stdin, so answers can be piped in.
#pragma once

#include <CLI/CLI.hpp>

#include "cli/command.h"

namespace cli {

void AddAskCommand(CLI::App& app, CommandStatus& status);

}  // namespace cli
