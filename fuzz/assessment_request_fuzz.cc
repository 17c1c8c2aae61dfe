// Fuzzes ParseAssessmentRequest, the body of POST and PUT
// /api/v1/assessments: a request or an invalid_argument error, never a
// crash, a hang or an exception.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "io/request_bodies.h"
#include "kb/load.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  auto request = io::ParseAssessmentRequest(text, kb::DefaultKnowledgeBase());
  if (!request && request.error().code != base::ErrorCode::kInvalidArgument) {
    std::abort();
  }
  return 0;
}
