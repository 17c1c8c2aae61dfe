#include "kb/diagnostics.h"

#include <algorithm>

namespace kb {

Diagnostics::Diagnostics(std::string file_name)
    : file_name_(std::move(file_name)) {}

void Diagnostics::Add(Position at, std::string message) {
  entries_.push_back(Entry{at, std::move(message)});
}

std::string Diagnostics::ToString() const {
  std::vector<Entry> sorted = entries_;
  std::stable_sort(sorted.begin(), sorted.end(),
                   [](const Entry& a, const Entry& b) {
                     if (a.at.line != b.at.line) return a.at.line < b.at.line;
                     return a.at.column < b.at.column;
                   });
  std::string out;
  for (const Entry& entry : sorted) {
    if (!out.empty()) out += '\n';
    out += file_name_ + ":" + std::to_string(entry.at.line) + ":" +
           std::to_string(entry.at.column) + ": " + entry.message;
  }
  return out;
}

std::string Quote(std::string_view value) {
  // Appends rather than `"\"" + ... + "\""`, which trips GCC 12's
  // -Wrestrict false positive at -O3.
  std::string quoted;
  quoted.reserve(value.size() + 2);
  quoted += '"';
  quoted += value;
  quoted += '"';
  return quoted;
}

}  // namespace kb
