// Error: what went wrong with an expected failure, as a value.
//
// Every layer reports bad input, unknown ids and refused access with an
// Error rather than an exception. The code is one of a few canonical kinds;
// each adapter (http/, cli/) maps codes to its own status once, in one table.
// `path` names the offending field ("product.ai_ml") or location
// ("knowledge/stacks.toml:12:5") and may be empty.
#pragma once

#include <string>
#include <string_view>

namespace base {

enum class ErrorCode {
  kInvalidArgument,       // the input is malformed or out of range
  kFailedPrecondition,    // the input is valid but the state forbids it
  kNotFound,              // an id that names nothing
  kUnauthenticated,       // credentials are missing
  kPermissionDenied,      // credentials are present but wrong
  kPayloadTooLarge,       // the input exceeds a size limit
  kUnsupportedMediaType,  // the input is not in a format we read
  kInternal,              // a bug or an environment failure
};

// The snake_case name used in JSON errors and logs ("invalid_argument").
std::string_view ErrorCodeName(ErrorCode code);

struct Error {
  ErrorCode code = ErrorCode::kInternal;
  std::string message;
  std::string path;

  // "path: message", or just the message when there is no path.
  std::string ToString() const;
};

// One helper per code, so that no caller spells out an Error by hand:
//   return base::NotFound("no assessment " + id);
inline Error InvalidArgument(std::string message, std::string path = {}) {
  return Error{ErrorCode::kInvalidArgument, std::move(message),
               std::move(path)};
}
inline Error FailedPrecondition(std::string message, std::string path = {}) {
  return Error{ErrorCode::kFailedPrecondition, std::move(message),
               std::move(path)};
}
inline Error NotFound(std::string message, std::string path = {}) {
  return Error{ErrorCode::kNotFound, std::move(message), std::move(path)};
}
inline Error Unauthenticated(std::string message, std::string path = {}) {
  return Error{ErrorCode::kUnauthenticated, std::move(message),
               std::move(path)};
}
inline Error PermissionDenied(std::string message, std::string path = {}) {
  return Error{ErrorCode::kPermissionDenied, std::move(message),
               std::move(path)};
}
inline Error PayloadTooLarge(std::string message, std::string path = {}) {
  return Error{ErrorCode::kPayloadTooLarge, std::move(message),
               std::move(path)};
}
inline Error UnsupportedMediaType(std::string message, std::string path = {}) {
  return Error{ErrorCode::kUnsupportedMediaType, std::move(message),
               std::move(path)};
}
inline Error Internal(std::string message, std::string path = {}) {
  return Error{ErrorCode::kInternal, std::move(message), std::move(path)};
}

}  // namespace base
