// Just enough JSON for http/ to frame documents that io/ wrote.
//
// The io layer owns JSON (DESIGN §3): it parses and writes profiles and
// results. http/ only needs to (a) escape a few strings (ids, titles,
// timestamps, error messages) when it wraps io's documents in an envelope,
// and (b) find the members of the assessment request's top-level object
// without interpreting them (assessment_request.h). Both live here so that
// no other file in http/ touches JSON text by hand.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "base/result.h"

namespace http {

// Appends `text` as a JSON string literal, quotes included. Control
// characters, quote and backslash are escaped; other bytes pass through
// (the inputs are UTF-8 already validated or produced by us).
void AppendJsonString(std::string& out, std::string_view text);
std::string JsonString(std::string_view text);

// A validating, non-allocating walk over JSON text (RFC 8259). Errors are
// invalid_argument with the same wording as io's parser:
//   malformed JSON at byte 12 (line 1, column 13): <what was wrong>
class JsonScanner {
 public:
  explicit JsonScanner(std::string_view text) : text_(text) {}

  size_t position() const { return pos_; }
  void SkipWhitespace();
  // True (and consumes it) when the next non-space character is `c`.
  bool Consume(char c);
  char Peek();  // '\0' at the end
  bool AtEnd();

  // Skips one complete value, checking its syntax; returns its text.
  base::Result<std::string_view> SkipValue();
  // Reads a string literal and returns it decoded (escapes resolved,
  // \u escapes as UTF-8).
  base::Result<std::string> ReadString();

  base::Error Malformed(std::string_view what) const;

 private:
  base::Result<void> SkipValueAt(int depth);
  base::Result<void> SkipNumber();
  base::Result<void> SkipLiteral(std::string_view word);

  std::string_view text_;
  size_t pos_ = 0;
};

}  // namespace http
