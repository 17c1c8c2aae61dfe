#include "cli/terminal.h"

#include <unistd.h>

#include <cstdlib>

namespace cli {

io::Color StdoutColor() {
  if (std::getenv("NO_COLOR") != nullptr) return io::Color::kNever;
  if (isatty(STDOUT_FILENO) == 0) return io::Color::kNever;
  return io::Color::kAnsi;
}

}  // namespace cli
