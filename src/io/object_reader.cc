#include "io/object_reader.h"

#include <algorithm>

#include "base/text.h"

namespace io {

ObjectReader::ObjectReader(const Json& value, std::string path,
                           std::span<const std::string_view> accepted)
    : value_(value), path_(std::move(path)) {
  if (!value_.is_object()) {
    Fail(Expected("an object", value_, path_));
    return;
  }
  for (const auto& [key, field] : value_.items()) {
    if (std::find(accepted.begin(), accepted.end(), key) == accepted.end()) {
      Fail(base::InvalidArgument(
          "unknown field (accepted: " + base::Join(accepted, ", ") + ")",
          PathOf(key)));
      return;
    }
  }
}

void ObjectReader::Fail(base::Error error) {
  if (!error_) error_ = std::move(error);
}

std::string ObjectReader::PathOf(std::string_view key) const {
  if (path_.empty()) return std::string(key);
  return path_ + "." + std::string(key);
}

const Json* ObjectReader::Find(std::string_view key) const {
  if (error_) return nullptr;
  auto it = value_.find(key);
  if (it == value_.end()) return nullptr;
  return &*it;
}

bool ObjectReader::Bool(std::string_view key, bool fallback) {
  const Json* field = Find(key);
  if (field == nullptr) return fallback;
  return Take(ReadBool(*field, PathOf(key)), fallback);
}

std::string ObjectReader::String(std::string_view key, std::string fallback) {
  const Json* field = Find(key);
  if (field == nullptr) return fallback;
  return Take(ReadString(*field, PathOf(key)), std::move(fallback));
}

int64_t ObjectReader::WholeNumber(std::string_view key, int64_t fallback,
                                  int64_t min, int64_t max) {
  const Json* field = Find(key);
  if (field == nullptr) return fallback;
  return Take(ReadWholeNumber(*field, PathOf(key), min, max), fallback);
}

}  // namespace io
