// `stackwise serve [--host H] [--port P] [--db FILE] [--kb FILE]
//  [--header-timeout-ms N] [--idle-timeout-ms N]`: the HTTP API and the web
// page (DESIGN §2), with assessments in a SQLite file. Prints the address
// to open once listening (the real port when --port is 0) and runs until
// SIGINT or SIGTERM, finishing the requests in flight.
#pragma once

#include <CLI/CLI.hpp>

#include "cli/command.h"

namespace cli {

void AddServeCommand(CLI::App& app, CommandStatus& status);

}  // namespace cli
