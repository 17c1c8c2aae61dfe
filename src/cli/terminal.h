// What the CLI learns from its environment about the terminal.
#pragma once

#include "io/text_report.h"

namespace cli {

// Colour only when stdout is a terminal and NO_COLOR is unset
// (https://no-color.org: any value, even empty, turns colour off).
io::Color StdoutColor();

}  // namespace cli
