// ObjectReader: reads the fields of one JSON object, keeping the first error.
//
// Internal to io/. Construction checks that the value is an object and that
// every key is one of `accepted` (unknown fields are errors, never
// ignored). Each read returns the field's value, or `fallback` when the
// field is absent, null where null is allowed, or an error has already
// been recorded: callers read every field straight into a struct and check
// ok() once at the end. The first error wins, so messages name the first
// problem in schema order.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "base/error.h"
#include "io/json_value.h"

namespace io {

class ObjectReader {
 public:
  // `path` is the object's own path ("product", "team[0]"; "" at the root).
  ObjectReader(const Json& value, std::string path,
               std::span<const std::string_view> accepted);

  bool ok() const { return !error_.has_value(); }
  const base::Error& error() const { return *error_; }

  // Records `error` unless an earlier one is already recorded.
  void Fail(base::Error error);

  // The field's path: "product.ai_ml", or "ai_ml" at the root.
  std::string PathOf(std::string_view key) const;

  // The field, or nullptr when it is absent or an error is recorded.
  const Json* Find(std::string_view key) const;

  bool Bool(std::string_view key, bool fallback);
  std::string String(std::string_view key, std::string fallback);
  int64_t WholeNumber(std::string_view key, int64_t fallback, int64_t min,
                      int64_t max);

  template <typename Enum>
  Enum EnumField(std::string_view key, Enum fallback) {
    const Json* field = Find(key);
    if (field == nullptr) return fallback;
    return Take(ReadEnum<Enum>(*field, PathOf(key)), fallback);
  }

  // Unwraps `result`, or records its error and returns `fallback`.
  template <typename T>
  T Take(base::Result<T> result, T fallback) {
    if (result) return std::move(*result);
    Fail(result.error());
    return fallback;
  }

 private:
  const Json& value_;
  std::string path_;
  std::optional<base::Error> error_;
};

}  // namespace io
