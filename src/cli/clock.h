// Today's date for ADRs. The only place the CLI reads the clock: the io
// renderers take the date as an argument so their output is reproducible.
#pragma once

#include <string>
#include <string_view>

#include "base/clock.h"

namespace cli {

// The UTC date as YYYY-MM-DD, as the server dates a record
// (base::FormatDate), whatever the machine's time zone.
std::string TodayIso(const base::Clock& clock = base::SystemClock());

// True for a well-formed YYYY-MM-DD (digits and dashes, month 01-12,
// day 01-31); the calendar is not checked further.
bool IsIsoDate(std::string_view text);

}  // namespace cli
