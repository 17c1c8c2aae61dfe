// The body of POST and PUT /api/v1/assessments: {"title": "...",
// "profile": {...}}.
//
// Both fields are required and no other is accepted, nor a field twice.
// The title is a non-blank string of at most kMaxTitleLength characters;
// the profile is validated like any profile, with error paths such as
// "profile.product.ai_ml". Malformed JSON is reported with its byte, line
// and column. Errors are invalid_argument; never throws.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "base/result.h"
#include "engine/knowledge_base.h"
#include "engine/profile.h"

namespace io {

inline constexpr size_t kMaxTitleLength = 200;  // characters; the page's limit

struct AssessmentRequest {
  std::string title;
  engine::Profile profile;
};

base::Result<AssessmentRequest> ParseAssessmentRequest(
    std::string_view body, const engine::KnowledgeBase& kb);

}  // namespace io
