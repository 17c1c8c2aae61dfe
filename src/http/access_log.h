// The access log: one JSON line per request on stderr, e.g.
//   {"time":"2026-11-28T11:06:29.123Z","method":"POST",
//    "path":"/api/v1/recommendations","status":200,"duration_ms":0.412,
//    "bytes":5120}
// Each line is written with a single write(2), so lines from different
// threads never interleave and no lock is taken.
#pragma once

#include <chrono>
#include <string_view>

namespace http {

struct AccessRecord {
  std::string_view method;
  std::string_view path;  // the request target, query included
  unsigned status = 0;
  std::chrono::steady_clock::duration duration{};
  size_t bytes = 0;  // response body
};

void LogAccess(const AccessRecord& record);

// Server events that are not requests (start, stop, failures), as
// {"time":...,"event":"...","message":"..."}.
void LogEvent(std::string_view event, std::string_view message);

}  // namespace http
