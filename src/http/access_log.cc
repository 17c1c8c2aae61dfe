#include "http/access_log.h"

#include <unistd.h>

#include <string>

#include "base/clock.h"
#include "io/json_writer.h"

namespace http {
namespace {

// A line holds a dozen short values; the path is the only long one.
constexpr size_t kLineBytes = 256;

void WriteLine(io::JsonWriter& writer) {
  writer.EndObject();
  std::string line = std::move(writer).Take();
  line.push_back('\n');
  // One write per line keeps lines whole; a failed log write is not worth
  // failing a request for.
  ssize_t ignored = ::write(STDERR_FILENO, line.data(), line.size());
  (void)ignored;
}

void StartLine(io::JsonWriter& writer) {
  writer.BeginObject();
  writer.Key("time");
  writer.String(base::FormatTimestamp(std::chrono::system_clock::now()));
}

}  // namespace

void LogAccess(const AccessRecord& record) {
  io::JsonWriter line(-1, kLineBytes + record.path.size());
  StartLine(line);
  line.Key("method");
  line.String(record.method);
  line.Key("path");
  line.String(record.path);
  line.Key("status");
  line.Integer(record.status);
  line.Key("duration_ms");
  line.FixedNumber(
      std::chrono::duration<double, std::milli>(record.duration).count(), 3);
  line.Key("bytes");
  line.Integer(static_cast<int64_t>(record.bytes));
  WriteLine(line);
}

void LogEvent(std::string_view event, std::string_view message) {
  io::JsonWriter line(-1, kLineBytes + message.size());
  StartLine(line);
  line.Key("event");
  line.String(event);
  line.Key("message");
  line.String(message);
  WriteLine(line);
}

}  // namespace http
