// JsonWriter: writes JSON text straight into one string, token by token.
//
// For io's documents that are written often (the recommendation result on
// every API request): no intermediate document, one growing buffer. The
// bytes are exactly those of nlohmann's dump(indent, ' ', false, replace):
//   - indent < 0 is compact; indent >= 0 puts every member and element on
//     its own line, indented by `indent` spaces per level, with `"key": `;
//     empty containers are `{}` and `[]`.
//   - strings escape `"`, `\` and control characters (\b \f \n \r \t,
//     others \u00xx); valid UTF-8 passes through; invalid UTF-8 is
//     replaced with U+FFFD as nlohmann does.
//   - doubles are the shortest text that reads back the same, always with
//     a fraction or exponent ("5.0"), laid out as nlohmann lays them out;
//     NaN and infinities are `null`. The digits are std::to_chars's: for
//     every value with at most three decimals (all this program writes)
//     they are nlohmann's too; for about one double in a thousand with 17
//     significant digits nlohmann's Grisu2 picks another last digit.
//
// The caller is trusted to nest correctly: one Key before each member
// value, every Begin closed by its End. Misuse is a programmer error
// (asserted in debug builds), never a runtime Error.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace io {

class JsonWriter {
 public:
  // `reserve`: bytes to allocate up front; a recommendation is ~41 KB.
  explicit JsonWriter(int indent, size_t reserve = size_t{48} * 1024);

  void BeginObject();
  void EndObject();
  void BeginArray();
  void EndArray();
  void Key(std::string_view key);  // the next value is this member's

  void String(std::string_view value);
  void Number(double value);
  // Exactly `decimals` digits after the point, as printf's "%.*f": for
  // measurements whose precision is fixed (a duration in ms, "0.412").
  void FixedNumber(double value, int decimals);
  void Integer(int64_t value);
  void Bool(bool value);
  void Null();
  // `json`, written as it is: one complete JSON value that io wrote earlier
  // (a stored profile or result). The caller vouches for it; compact text
  // keeps a compact document compact.
  void RawValue(std::string_view json);

  // The text written so far; the writer is left empty.
  std::string Take() &&;

 private:
  void BeforeValue();  // separator, newline and indentation as needed
  void Begin(char open);
  void End(char close);
  void NewLine(size_t depth);

  std::string out_;
  int indent_;
  bool after_key_ = false;
  // One entry per open container: true until its first value is written.
  std::vector<uint8_t> empty_;
};

// Appends `text` as a JSON string literal, quotes included, as above: for
// text that embeds JSON in another format (an ADR's YAML front matter).
void AppendJsonString(std::string& out, std::string_view text);

}  // namespace io
