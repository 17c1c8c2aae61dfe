// Text helpers every layer shares: joining a list and writing a number.
//
// Each is written once here so that a message, a report and a JSON document
// agree on how a list or a number looks. Pure functions of their arguments;
// they never read the locale (no "1,5" in a German environment).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace base {

// The items with `separator` between them: Join(names, ", ") -> "a, b, c".
// `items` is any range of things a std::string_view can view (std::string,
// std::string_view, const char*). The result is allocated once, at its
// size: Join(parts, "") is how a sentence is put together without a
// temporary per part.
template <typename Range>
std::string Join(const Range& items, std::string_view separator) {
  size_t size = 0;
  for (const auto& item : items)
    size += separator.size() + std::string_view{item}.size();
  std::string out;
  out.reserve(size);
  bool first = true;
  for (const auto& item : items) {
    if (!first) out += separator;
    first = false;
    out += item;
  }
  return out;
}

// A number as a reader would say it in a sentence, to one decimal, without
// a whole number's ".0": "51", "13.5"; never "-0". Rounds as printf's
// "%.1f" does, from the double's exact value.
std::string FormatNumber(double value);

// A number as a table shows it, always with one decimal: "51.0", "13.5";
// never "-0.0". Rounds half away from zero, as the JSON result does.
std::string OneDecimal(double value);

// A number exactly as given, in the fewest digits that read back the same:
// "4", "2.5", "-0.25", "1e-05". For echoing a value from a file.
std::string ExactNumber(double value);

// Appends `tenths` / 10 with exactly one decimal: 1234 -> "123.4",
// -5 -> "-0.5", 0 -> "0.0". The integer is exact, so no rounding happens here.
void AppendTenths(std::string& out, int64_t tenths);

}  // namespace base
