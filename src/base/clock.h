// The wall clock as a value, and the one way this program writes a moment.
//
// Code that needs the time takes a Clock (STYLE rule 9) so tests can fix
// it; SystemClock() is the real one, read only by the composition roots
// (cli/, and the stores' defaults). Every timestamp and date is UTC, so the
// CLI and the server date the same moment the same way.
#pragma once

#include <chrono>
#include <functional>
#include <string>

namespace base {

using Clock = std::function<std::chrono::system_clock::time_point()>;

Clock SystemClock();

// UTC with milliseconds, RFC 3339: "2026-11-28T11:06:29.123Z".
std::string FormatTimestamp(std::chrono::system_clock::time_point time);

// The UTC date of `time`, YYYY-MM-DD: FormatTimestamp's first ten characters.
std::string FormatDate(std::chrono::system_clock::time_point time);

}  // namespace base
