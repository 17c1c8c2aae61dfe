// `stackwise recommend --profile FILE|- [--profile FILE ...]
//  [--format text|json|markdown] [--date YYYY-MM-DD] [--title T] [--kb FILE]`:
// evaluates one profile and prints the result; with several, one per
// founder, prints their combined decision (engine/group.h). The date
// (markdown only) defaults to today.
#pragma once

#include <CLI/CLI.hpp>

#include "cli/command.h"

namespace cli {

void AddRecommendCommand(CLI::App& app, CommandStatus& status);

}  // namespace cli
