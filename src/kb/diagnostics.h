// Diagnostics: every problem found while loading one knowledge-base file.
//
// Loading never stops at the first problem: each reader reports what it
// finds here and carries on, so `stackwise kb validate` lists them all.
// ToString() gives one "FILE:LINE:COL: message" line per problem, in file
// order (line, then column, then the order they were reported), which keeps
// the output deterministic whatever order the readers visit the file in.
// Also holds the small helpers that word the messages, so that every
// message quotes values and lists accepted values the same way.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace kb {

struct Position {
  uint32_t line = 1;  // 1-based, as editors count
  uint32_t column = 1;
};

class Diagnostics {
 public:
  explicit Diagnostics(std::string file_name);

  void Add(Position at, std::string message);
  bool empty() const { return entries_.empty(); }

  // One "FILE:LINE:COL: message" per problem, joined by '\n', file order.
  std::string ToString() const;

 private:
  struct Entry {
    Position at;
    std::string message;
  };
  std::string file_name_;
  std::vector<Entry> entries_;
};

// "\"value\"": how messages quote a value from the file.
std::string Quote(std::string_view value);

}  // namespace kb
