#include "cli/exit_codes.h"

#include <iostream>

namespace cli {

int ExitCodeFor(base::ErrorCode code) {
  switch (code) {
    case base::ErrorCode::kInvalidArgument:
    case base::ErrorCode::kFailedPrecondition:
    case base::ErrorCode::kNotFound:
    case base::ErrorCode::kPayloadTooLarge:
    case base::ErrorCode::kUnsupportedMediaType:
      return kExitInvalidInput;
    case base::ErrorCode::kUnauthenticated:
    case base::ErrorCode::kPermissionDenied:
    case base::ErrorCode::kInternal:
      return kExitFailure;
  }
  return kExitFailure;
}

int ReportError(const base::Error& error, std::string_view context) {
  std::cerr << "stackwise: error: ";
  if (!context.empty()) std::cerr << context << ": ";
  std::cerr << error.ToString() << "\n";
  return ExitCodeFor(error.code);
}

}  // namespace cli
