// Whole-file reads and writes for the subcommands; "-" means stdin.
//
// Failures are Errors naming the file and the system's reason, never
// exceptions. A file that cannot be read is invalid input (exit 2); one
// that cannot be written is an environment failure (exit 1).
#pragma once

#include <string>
#include <string_view>

#include "base/result.h"

namespace cli {

base::Result<std::string> ReadInput(const std::string& path);
base::Result<void> WriteFile(const std::string& path, std::string_view text);

// "<stdin>" for "-", else the path: the name to put in front of errors.
std::string DisplayName(const std::string& path);

}  // namespace cli
