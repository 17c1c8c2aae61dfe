// `stackwise adr --profile FILE [--dir DIR] [--supersedes NNNN]`: writes
// the next numbered decision record, NNNN-title-in-kebab-case.md (the
// adr-tools convention: one more than the highest NNNN in DIR), into DIR
// (default docs/decisions, MADR's layout; log4brains reads docs/adr), with
// the answers embedded so `stackwise check` can re-evaluate it. With
// --supersedes, the old record's status becomes
// "superseded by [NNNN-title](NNNN-title.md)", which log4brains and
// adr-tools both follow (io::MarkSuperseded). --metadata chooses where the
// status, date and deciders go (io::AdrMetadata). Prints the path written.
#pragma once

#include <CLI/CLI.hpp>
#include <string>
#include <string_view>

#include "cli/command.h"

namespace cli {

void AddAdrCommand(CLI::App& app, CommandStatus& status);

}  // namespace cli
