// Runs the stackwise binary as a user would: arguments, stdin text and
// environment in; exit code, stdout and stderr out. Each run works in a
// fresh temporary folder that is removed when the TempDir goes away.
#pragma once

#include <string>
#include <vector>

#include "base/temp_dir.h"

namespace cli_test {

struct RunResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// `args` are passed through the shell quoted; `env` entries are "K=V"
// prefixes such as "NO_COLOR=1". stdout and stderr go to files, so the
// binary never sees a terminal.
RunResult RunStackwise(const std::vector<std::string>& args,
                       const std::string& stdin_text = "",
                       const std::vector<std::string>& env = {});

}  // namespace cli_test
