// The body of POST and PUT /api/v1/assessments: {"title": "...",
// "profile": {...}}.
//
// Both fields are required and no other is accepted. The title is a
// non-empty string of at most kMaxTitleLength characters; the profile is
// validated by io::ParseProfileAt, so its errors carry paths such as
// "profile.product.ai_ml". Malformed JSON is reported with its byte,
// line and column. Errors are invalid_argument; never throws.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "base/result.h"
#include "engine/profile.h"

namespace http {

inline constexpr size_t kMaxTitleLength = 200;  // characters; the page's limit

struct AssessmentRequest {
  std::string title;
  engine::Profile profile;
};

base::Result<AssessmentRequest> ParseAssessmentRequest(std::string_view body);

}  // namespace http
