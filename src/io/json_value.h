// Checked reads of single JSON values, with the field path in every error.
//
// Internal to io/: the building blocks of profile_json. Each function looks
// at one value and either returns it as a C++ value or an invalid_argument
// Error whose path is `path` and whose message says what was expected and
// what was got, e.g. `expected one of none, planned, core; got "yes"`.
// Never throws.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "base/result.h"
#include "engine/profile.h"

namespace io {

// Ordered so that unknown fields are reported in document order and
// written documents keep the schema's order.
using Json = nlohmann::ordered_json;

// The value as it would appear in the document, shortened past 40
// characters so that an error message stays one readable line.
std::string Describe(const Json& value);

// `expected <what>; got <Describe(value)>` at `path`.
base::Error Expected(std::string_view what, const Json& value,
                     std::string path);

// Malformed JSON as an invalid_argument Error: "malformed JSON at byte 37
// (line 1, column 37): unexpected character".
base::Error MalformedJson(const nlohmann::json::parse_error& e);

base::Result<bool> ReadBool(const Json& value, const std::string& path);
base::Result<std::string> ReadString(const Json& value,
                                     const std::string& path);

// A non-blank string of at most `max_characters` characters (UTF-8 code
// points), such as a title or a name: "expected a non-empty string of at
// most 200 characters; got ...".
base::Result<std::string> ReadShortText(const Json& value,
                                        const std::string& path,
                                        size_t max_characters);

// A whole number in [min, max]. Integral floats (3.0) are accepted because
// some JSON writers never emit integers.
base::Result<int64_t> ReadWholeNumber(const Json& value,
                                      const std::string& path, int64_t min,
                                      int64_t max);

// One of `names` (a string); returns its index.
base::Result<size_t> ReadName(const Json& value, const std::string& path,
                              std::span<const std::string_view> names);

template <typename Enum>
base::Result<Enum> ReadEnum(const Json& value, const std::string& path) {
  auto index = ReadName(value, path, engine::Names(Enum{}));
  if (!index) return index.error();
  return static_cast<Enum>(*index);
}

}  // namespace io
