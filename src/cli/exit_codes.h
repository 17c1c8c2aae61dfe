// The process exit status of every subcommand, decided in one table.
//
//   0  success
//   2  invalid input: a bad profile, knowledge base, answer or flag
//      (CLI11's own parse errors included, whose codes start at 100)
//   3  `stackwise check`: a recorded decision no longer stands
//   1  anything else: an environment failure or a bug (main's last catch)
#pragma once

#include <string_view>

#include "base/error.h"

namespace cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;
inline constexpr int kExitInvalidInput = 2;
inline constexpr int kExitDecisionChanged = 3;

int ExitCodeFor(base::ErrorCode code);

// Prints "stackwise: error: <context>: <path>: <message>" on stderr (the
// context, e.g. the file name, is left out when empty) and returns
// ExitCodeFor(error.code).
int ReportError(const base::Error& error, std::string_view context = {});

}  // namespace cli
