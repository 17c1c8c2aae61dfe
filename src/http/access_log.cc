#include "http/access_log.h"

#include <unistd.h>

#include <cstdio>
#include <string>

#include "io/json_quote.h"
#include "store/secrets.h"

namespace http {
namespace {

void WriteLine(std::string& line) {
  line.push_back('\n');
  // One write per line keeps lines whole; a failed log write is not worth
  // failing a request for.
  ssize_t ignored = ::write(STDERR_FILENO, line.data(), line.size());
  (void)ignored;
}

void StartLine(std::string& line) {
  line.clear();
  line += R"({"time":")";
  line += store::FormatTimestamp(std::chrono::system_clock::now());
  line += '"';
}

}  // namespace

void LogAccess(const AccessRecord& record) {
  thread_local std::string line;
  StartLine(line);
  line += R"(,"method":)";
  io::AppendJsonQuoted(line, record.method);
  line += R"(,"path":)";
  io::AppendJsonQuoted(line, record.path);
  char numbers[96];
  double millis =
      std::chrono::duration<double, std::milli>(record.duration).count();
  std::snprintf(numbers, sizeof numbers,
                R"(,"status":%u,"duration_ms":%.3f,"bytes":%zu})",
                record.status, millis, record.bytes);
  line += numbers;
  WriteLine(line);
}

void LogEvent(std::string_view event, std::string_view message) {
  std::string line;
  StartLine(line);
  line += R"(,"event":)";
  io::AppendJsonQuoted(line, event);
  line += R"(,"message":)";
  io::AppendJsonQuoted(line, message);
  line += '}';
  WriteLine(line);
}

}  // namespace http
