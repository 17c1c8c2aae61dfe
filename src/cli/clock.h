// Today's date for ADRs. The only place the CLI reads the clock: the io
// renderers take the date as an argument so their output is reproducible.
#pragma once

#include <string>
#include <string_view>

namespace cli {

// Local date as YYYY-MM-DD.
std::string TodayIso();

// True for a well-formed YYYY-MM-DD (digits and dashes, month 01-12,
// day 01-31); the calendar is not checked further.
bool IsIsoDate(std::string_view text);

}  // namespace cli
