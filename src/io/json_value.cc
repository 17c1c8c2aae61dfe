#include "io/json_value.h"

#include <cmath>
#include <limits>

#include "base/text.h"

namespace io {
namespace {

constexpr size_t kMaxDescribed = 40;

}  // namespace

std::string Describe(const Json& value) {
  std::string text = value.dump(-1, ' ', false, Json::error_handler_t::replace);
  if (text.size() > kMaxDescribed) {
    text.resize(kMaxDescribed - 3);
    text += "...";
  }
  return text;
}

base::Error Expected(std::string_view what, const Json& value,
                     std::string path) {
  return base::InvalidArgument(
      "expected " + std::string(what) + "; got " + Describe(value),
      std::move(path));
}

base::Result<bool> ReadBool(const Json& value, const std::string& path) {
  if (!value.is_boolean()) return Expected("true or false", value, path);
  return value.get<bool>();
}

base::Result<std::string> ReadString(const Json& value,
                                     const std::string& path) {
  if (!value.is_string()) return Expected("a string", value, path);
  return value.get<std::string>();
}

base::Result<std::string> ReadShortText(const Json& value,
                                        const std::string& path,
                                        size_t max_characters) {
  const std::string what = "a non-empty string of at most " +
                           std::to_string(max_characters) + " characters";
  if (!value.is_string()) return Expected(what, value, path);
  const std::string& text = value.get_ref<const std::string&>();
  size_t characters = 0;
  for (char c : text) {
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++characters;
  }
  const bool blank = text.find_first_not_of(" \t\r\n") == std::string::npos;
  if (blank || characters > max_characters) return Expected(what, value, path);
  return text;
}

base::Result<int64_t> ReadWholeNumber(const Json& value,
                                      const std::string& path, int64_t min,
                                      int64_t max) {
  const std::string what = min == 0
                               ? "a whole number >= 0"
                               : "a whole number >= " + std::to_string(min);
  if (!value.is_number()) return Expected(what, value, path);
  // Compare as doubles first: that covers unsigned values past int64 and
  // fractions alike without overflow.
  double number = value.get<double>();
  if (std::trunc(number) != number) return Expected(what, value, path);
  if (number < static_cast<double>(min)) return Expected(what, value, path);
  if (number > static_cast<double>(max)) {
    return Expected("a whole number <= " + std::to_string(max), value, path);
  }
  if (value.is_number_integer()) return value.get<int64_t>();
  return static_cast<int64_t>(number);
}

base::Result<size_t> ReadName(const Json& value, const std::string& path,
                              std::span<const std::string_view> names) {
  const std::string what = "one of " + base::Join(names, ", ");
  if (!value.is_string()) return Expected(what, value, path);
  const auto& text = value.get_ref<const std::string&>();
  for (size_t i = 0; i < names.size(); ++i) {
    if (names[i] == text) return i;
  }
  return Expected(what, value, path);
}

// nlohmann's what() reads "[json.exception.parse_error.101] parse error at
// line 1, column 9: syntax error ..."; keep the part after the position and
// lead with the byte offset, which is what an editor jumps to.
base::Error MalformedJson(const nlohmann::json::parse_error& e) {
  std::string what = e.what();
  std::string position;
  std::string detail = what;
  constexpr std::string_view kMarker = "parse error at ";
  if (auto at = what.find(kMarker); at != std::string::npos) {
    std::string rest = what.substr(at + kMarker.size());
    if (auto colon = rest.find(": "); colon != std::string::npos) {
      position = " (" + rest.substr(0, colon) + ")";
      detail = rest.substr(colon + 2);
    }
  }
  return base::InvalidArgument("malformed JSON at byte " +
                               std::to_string(e.byte) + position + ": " +
                               detail);
}

}  // namespace io
