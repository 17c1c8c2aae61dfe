#include "base/clock.h"

#include <cstdio>
#include <ctime>

namespace base {

Clock SystemClock() {
  return [] { return std::chrono::system_clock::now(); };
}

std::string FormatTimestamp(std::chrono::system_clock::time_point time) {
  using std::chrono::duration_cast;
  using std::chrono::milliseconds;
  auto since_epoch = duration_cast<milliseconds>(time.time_since_epoch());
  std::time_t seconds = static_cast<std::time_t>(since_epoch.count() / 1000);
  int millis = static_cast<int>(since_epoch.count() % 1000);
  std::tm utc{};
  gmtime_r(&seconds, &utc);
  char text[96];  // room for any int the compiler imagines
  std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ",
                utc.tm_year + 1900, utc.tm_mon + 1, utc.tm_mday, utc.tm_hour,
                utc.tm_min, utc.tm_sec, millis);
  return text;
}

std::string FormatDate(std::chrono::system_clock::time_point time) {
  return FormatTimestamp(time).substr(0, 10);
}

}  // namespace base
